using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Containers;
using Blog.Lab.Experiments.Processes;
using Blog.Lab.Experiments.VirtualMachines;
using Blog.Lab.Runtimes;

namespace Blog.Lab;

/// <summary>
/// The composition root of the lab: every runtime and experiment kind it knows. An engine is registered in
/// <see cref="LabEngines.Default"/>; a process-level runtime is added to <see cref="Create(LabEngines)"/>'s runtimes and
/// its programs to <see cref="ProcessPrograms"/>; an experiment kind to <see cref="Create(LabEngines)"/>'s experiments.
/// </summary>
public static class LabCatalogue
{
    public static ExperimentCatalogue Create() => Create(LabEngines.Default());

    /// <summary>The catalogue on <paramref name="engines"/>: what a test passes to run the real experiments on an engine of its own.</summary>
    public static ExperimentCatalogue Create(LabEngines engines) =>
        new([new NativeRuntime(), new JvmRuntime(), new DotnetRuntime(), .. engines.Runtimes], Experiments(engines), engines.Declarable);

    private static IEnumerable<IExperiment> Experiments(LabEngines engines) =>
    [
        .. ProcessWorkloads.All,
        new NativeCpuExperiment(),
        .. ContainerExperiments.For(engines.Containers),
        .. VirtualMachineExperiments.All(engines.VirtualMachines),
    ];
}
