using Blog.Lab.Runtimes.Guest;

namespace Blog.Lab.Runtimes.Qemu;

/// <summary>
/// Everything needed to boot lab guests on this machine, found out once per run: the QEMU binary and version,
/// the accelerator that really works here, and the assembled guest.
/// </summary>
public sealed record QemuHost(string Binary, string Version, Accelerator Accelerator, GuestImage Image)
{
    /// <summary>A launch of the lab guest named for run <paramref name="runId"/> (see <see cref="LabVmName"/>).</summary>
    public VmLaunch Launch(string runId, int memoryMib, AfterBoot then) =>
        new(Binary, Image.KernelPath, Image.InitramfsPath, Accelerator.Name, LabVmName.For(runId))
        {
            MemoryMib = memoryMib,
            Then = then,
        };
}
