using Blog.Lab.Runtimes.VirtualMachines;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// The facts every VM result carries, so no VM number is ever shown without the accelerator that produced it
/// (TCG is software emulation, not hardware virtualization), the guest and the VM's size.
/// </summary>
public static class VmFacts
{
    public static Dictionary<string, string> Of(VmHostFacts host, VmParameters parameters) => new(host.Facts)
    {
        ["guest_kernel_package"] = host.Image.Kernel.ToString(),
        ["guest_kernel"] = host.Image.Kernel.Release,
        ["memory_mib"] = parameters.MemoryMib.ToString(),
    };

    /// <summary>A metric description that names the accelerator: "… (TCG (software emulation))".</summary>
    public static string Describe(VmHostFacts host, string what) => $"{what}, under {host.AcceleratorLabel}";
}
