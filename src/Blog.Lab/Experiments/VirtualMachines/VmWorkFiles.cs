using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Qemu.Guest;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// The VM experiments' equivalent commands boot the same guest outside the lab: the kernel and initramfs are
/// copied to <c>$LAB_WORK</c>, and the command line is the very <see cref="VmLaunch"/> the lab uses.
/// </summary>
public static class VmWorkFiles
{
    public const string Kernel = IPreparesWorkFiles.Placeholder + "/vmlinuz";
    public const string Initramfs = IPreparesWorkFiles.Placeholder + "/initramfs.cpio.gz";

    public static async Task PrepareAsync(QemuRuntime qemu, string directory, CancellationToken cancellationToken)
    {
        var host = await qemu.HostAsync(cancellationToken);
        Directory.CreateDirectory(directory);
        File.Copy(host.Image.KernelPath, Path.Combine(directory, "vmlinuz"), overwrite: true);
        File.Copy(host.Image.InitramfsPath, Path.Combine(directory, "initramfs.cpio.gz"), overwrite: true);
    }

    /// <summary>
    /// The lab's launch with the copied files. The accelerator is the one the lab detected; before any detection
    /// it is <c>kvm:tcg</c>, QEMU's own fallback (which trusts a /dev/kvm that merely opens).
    /// </summary>
    public static VmLaunch Launch(QemuRuntime qemu, VmParameters parameters, AfterBoot then, string name = "blog-lab-equivalent") =>
        new(qemu.Options.Binary, Kernel, Initramfs,
            qemu.DetectedAccelerator?.Name ?? $"{Accelerator.Kvm}:{Accelerator.Tcg}", name)
        {
            MemoryMib = parameters.MemoryMib,
            Then = then,
        };
}
