using Blog.Lab.Runtimes.Guest;

namespace Blog.Lab.Runtimes.VirtualMachines;

/// <summary>
/// A host that boots the lab's guest (a kernel and an initramfs, <c>Runtimes/Guest</c>) as a virtual machine, which the
/// VM experiments run on (QEMU in <c>Runtimes/Qemu</c>; a new host is a folder beside it, registered in
/// <see cref="Blog.Lab.LabEngines"/>). Every VM is named for its run, has no network and no disk, and is killed when
/// its <see cref="IVmGuest"/> is disposed; like every engine, the host finds and kills what the lab left
/// (<c>lab clean</c>, and the runner's wait for a run's leftovers).
/// </summary>
public interface IVmHost : IRuntime, ICleansLeftovers, IFindsRunLeftovers
{
    /// <summary>What the host found out once (its version, the accelerator that really works, the guest): the same for every boot.</summary>
    Task<VmHostFacts> DescribeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Boots a guest and waits until its userspace spoke (<see cref="GuestInit.UserspaceMarker"/>) and it named its kernel.
    /// Past <see cref="VmBoot.Timeout"/> the VM is killed and the boot fails saying so; so does a panic or an early exit.
    /// </summary>
    Task<IVmGuest> BootAsync(VmBoot boot, CancellationToken cancellationToken);

    /// <summary>Copies the guest into <paramref name="directory"/> (<see cref="VmWorkFiles"/>), with whatever <see cref="EquivalentCommand"/> reads there.</summary>
    Task PrepareWorkFilesAsync(string directory, CancellationToken cancellationToken);

    /// <summary>The host's own command line booting the prepared guest as the lab boots it, for equivalent commands.</summary>
    string EquivalentCommand(int memoryMib, AfterBoot then);

    /// <summary>A shell script (one <c>sh -c</c> command) around that command line: pipes, background jobs.</summary>
    string EquivalentScript(int memoryMib, AfterBoot then, Func<string, string> around);
}

/// <summary>One boot: the run it belongs to (the VM's name carries it), the guest's RAM, what the guest does once up, how long it may take.</summary>
public sealed record VmBoot(string RunId, int MemoryMib, AfterBoot Then, TimeSpan Timeout);

/// <summary>
/// What a host contributes to every VM result: the program whose process is the VM (<c>QEMU</c>: metric descriptions
/// name it), the accelerator as a reader should see it (<c>TCG (software emulation)</c>), the guest it boots, and its
/// facts (the accelerator, why, the host's version: see <see cref="Measurement.ProvenanceKeys"/>).
/// </summary>
public sealed record VmHostFacts(string Program, string AcceleratorLabel, GuestImage Image, IReadOnlyDictionary<string, string> Facts);

/// <summary>A booted guest; disposing it kills the VM, whatever state it is in.</summary>
public interface IVmGuest : IAsyncDisposable
{
    /// <summary>What the host saw of the boot.</summary>
    BootObservation Boot { get; }

    /// <summary>Host memory the VM holds (the resident memory of its process), in bytes.</summary>
    Task<double> ResidentBytesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The workload's times, for a guest booted with <see cref="AfterBoot.RunWorkloadThenPowerOff"/>; then waits for the
    /// VM to end and returns the wall time from its start to its end as well.
    /// </summary>
    Task<(GuestWorkloadTiming Workload, TimeSpan StartToExit)> RunWorkloadToExitAsync(CancellationToken cancellationToken);
}

/// <summary>What the host saw of a boot: wall time to the marker, the guest's own uptime then, its kernel.</summary>
public sealed record BootObservation(TimeSpan WallToUserspace, TimeSpan GuestUptime, string GuestKernel);

/// <summary>
/// The CPU workload once in the guest: by the guest's clock, and as the host saw it on the console. Under emulation the
/// guest calibrates its clock against emulated timers, so on a loaded host the two can disagree.
/// </summary>
public sealed record GuestWorkloadTiming(TimeSpan GuestClock, TimeSpan HostObserved);
