using Blog.Lab.Experiments;
using Blog.Lab.Runtimes;

namespace Blog.Lab;

/// <summary>
/// The composition root of the lab: every runtime and experiment kind it knows. To add a kind, add its
/// runtime (once) to <see cref="Runtimes"/> and its experiment to <see cref="Experiments"/>.
/// </summary>
public static class LabCatalogue
{
    public static ExperimentCatalogue Create() => new(Runtimes(), Experiments());

    private static IEnumerable<IRuntime> Runtimes() =>
    [
        new NativeRuntime(),
        new JvmRuntime(),
        new DotnetRuntime(),
        // Docker and QEMU runtimes are added here by their helpers.
    ];

    private static IEnumerable<IExperiment> Experiments() =>
    [
        new NativeStartExperiment(),
        new NativeCpuExperiment(),
        new NativeIdleMemoryExperiment(),
        new JvmStartExperiment(),
        new JvmIdleMemoryExperiment(),
        new DotnetStartExperiment(),
        new DotnetIdleMemoryExperiment(),
        // Container and VM experiments are added here by their helpers.
    ];
}
