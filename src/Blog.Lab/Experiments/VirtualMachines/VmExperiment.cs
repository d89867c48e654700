using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Runtimes.VirtualMachines;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// What every VM experiment shares: it boots the lab's guest on a <see cref="IVmHost"/>, and only through that
/// interface; its equivalent command boots the guest the host copied into <c>$LAB_WORK</c> (<see cref="PrepareAsync"/>).
/// </summary>
public abstract class VmExperiment(IVmHost host) : IExperiment, IPreparesWorkFiles
{
    protected IVmHost Host => host;

    public abstract string Kind { get; }

    /// <summary>Boots VMs: under TCG every boot is seconds of a CPU emulating another.</summary>
    public virtual ExperimentWeight Weight => ExperimentWeight.Heaviest;

    public virtual IReadOnlyList<string> RequiredRuntimes => [host.Name];

    public abstract string? EquivalentCommand(ExperimentSpec spec);

    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        host.PrepareWorkFilesAsync(directory, cancellationToken);

    public abstract Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken);

    /// <summary>A boot for <paramref name="context"/>'s run with <paramref name="parameters"/>' memory and boot timeout.</summary>
    protected static VmBoot Boot(LabContext context, VmParameters parameters, AfterBoot then) =>
        new(context.RunId, parameters.MemoryMib, then, parameters.BootTimeout);
}
