namespace Blog.Lab.Runtimes.Qemu;

/// <summary>
/// How QEMU runs the guest's instructions: <c>kvm</c> (the CPU's virtualization extensions, what "a VM" means in
/// production) or <c>tcg</c> (QEMU translates every guest instruction in software: far slower). Every VM number
/// carries it, so an emulated number is never presented as hardware virtualization.
/// </summary>
public sealed record Accelerator(string Name, string Reason)
{
    public const string Kvm = "kvm";
    public const string Tcg = "tcg";

    public static Accelerator KvmBecause(string reason) => new(Kvm, reason);
    public static Accelerator TcgBecause(string reason) => new(Tcg, reason);

    public bool IsHardware => Name == Kvm;

    /// <summary>What a reader sees: <c>KVM (hardware virtualization)</c> or <c>TCG (software emulation)</c>.</summary>
    public string Label => IsHardware ? "KVM (hardware virtualization)" : "TCG (software emulation)";

    public override string ToString() => $"{Label}: {Reason}";
}
