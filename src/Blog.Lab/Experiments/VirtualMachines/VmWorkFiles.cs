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
    /// <summary>Holds the detected accelerator's name, for commands written before the lab detected it.</summary>
    public const string AcceleratorFile = IPreparesWorkFiles.Placeholder + "/accelerator";

    public static async Task PrepareAsync(QemuRuntime qemu, string directory, CancellationToken cancellationToken)
    {
        var host = await qemu.HostAsync(cancellationToken);
        Directory.CreateDirectory(directory);
        File.Copy(host.Image.KernelPath, Path.Combine(directory, "vmlinuz"), overwrite: true);
        File.Copy(host.Image.InitramfsPath, Path.Combine(directory, "initramfs.cpio.gz"), overwrite: true);
        await File.WriteAllTextAsync(Path.Combine(directory, "accelerator"), host.Accelerator.Name + "\n", cancellationToken);
    }

    /// <summary>
    /// The lab's launch with the copied files and the accelerator the lab detected. Asked before the detection
    /// (<c>lab commands</c> asks first, then prepares), the command reads it from the file prepared beside the
    /// guest: QEMU's own fallback (<c>-accel kvm -accel tcg</c>) would trust a /dev/kvm that merely opens.
    /// </summary>
    public static VmLaunch Launch(QemuRuntime qemu, VmParameters parameters, AfterBoot then, string name = "blog-lab-equivalent") =>
        new(qemu.Options.Binary, Kernel, Initramfs,
            qemu.DetectedAccelerator?.Name ?? $"$(cat {AcceleratorFile})", name)
        {
            MemoryMib = parameters.MemoryMib,
            Then = then,
        };
}
