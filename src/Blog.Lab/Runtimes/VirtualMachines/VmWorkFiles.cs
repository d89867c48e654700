using Blog.Lab.Experiments;
using Blog.Lab.Runtimes.Guest;

namespace Blog.Lab.Runtimes.VirtualMachines;

/// <summary>
/// Where the VM experiments' equivalent commands find the guest outside the lab: the kernel and initramfs are
/// copied to <c>$LAB_WORK</c>, and each host's command line boots them from there.
/// </summary>
public static class VmWorkFiles
{
    public const string Kernel = IPreparesWorkFiles.Placeholder + "/vmlinuz";
    public const string Initramfs = IPreparesWorkFiles.Placeholder + "/initramfs.cpio.gz";

    /// <summary>Copies <paramref name="image"/> into <paramref name="directory"/> under the names above.</summary>
    public static void CopyGuest(GuestImage image, string directory)
    {
        Directory.CreateDirectory(directory);
        File.Copy(image.KernelPath, Path.Combine(directory, Path.GetFileName(Kernel)), overwrite: true);
        File.Copy(image.InitramfsPath, Path.Combine(directory, Path.GetFileName(Initramfs)), overwrite: true);
    }
}
