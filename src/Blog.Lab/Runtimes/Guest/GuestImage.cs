namespace Blog.Lab.Runtimes.Guest;

/// <summary>
/// The lab's guest, ready to boot with <c>-kernel</c>/<c>-initrd</c>: a Debian kernel and a busybox initramfs,
/// both in the lab cache. QEMU only reads them (the initramfs is copied into guest RAM), so every VM is
/// throw-away and needs no disk.
/// </summary>
public sealed record GuestImage(string KernelPath, string InitramfsPath, KernelPackage Kernel)
{
    public long KernelBytes => new FileInfo(KernelPath).Length;
    public long InitramfsBytes => new FileInfo(InitramfsPath).Length;
}

/// <summary>The Debian package the guest kernel comes from, and the release <c>uname -r</c> reports for it.</summary>
public sealed record KernelPackage(string Name, string Version, string Release)
{
    public override string ToString() => $"{Name} {Version}";
}
