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
    /// The lab's launch with the copied files and the accelerator the lab detected, as a command line. Asked
    /// before the detection (<c>lab commands</c> asks first, then prepares), the command reads the accelerator
    /// from the file prepared beside the guest, through <c>sh -c</c>: QEMU's own fallback
    /// (<c>-accel kvm -accel tcg</c>) would trust a /dev/kvm that merely opens.
    /// </summary>
    public static string Command(QemuRuntime qemu, VmParameters parameters, AfterBoot then) =>
        qemu.DetectedAccelerator is null ? Script(qemu, parameters, then, line => line) : LaunchLine(qemu, parameters, then);

    /// <summary>A shell script around the launch line (pipes, background jobs), as one <c>sh -c</c> command.</summary>
    public static string Script(QemuRuntime qemu, VmParameters parameters, AfterBoot then, Func<string, string> around) =>
        ShellWords.Script(around(LaunchLine(qemu, parameters, then)));

    private static string LaunchLine(QemuRuntime qemu, VmParameters parameters, AfterBoot then) =>
        new VmLaunch(qemu.Options.Binary, Kernel, Initramfs,
            qemu.DetectedAccelerator?.Name ?? $"$(cat {AcceleratorFile})", EquivalentName)
        {
            MemoryMib = parameters.MemoryMib,
            Then = then,
        }.ShellLine;

    /// <summary>The VM name of equivalent commands: a lab name, so <c>lab clean</c> finds them too.</summary>
    public const string EquivalentName = LabVmName.Prefix + "equivalent";
}
