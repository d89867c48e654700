using Blog.Lab.Experiments;
using Blog.Lab.Runtimes;
using Blog.Lab.Experiments.Containers;
using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab;

/// <summary>
/// The composition root of the lab: every runtime and experiment kind it knows. To add a kind, add its
/// runtime (once) to <see cref="Runtimes"/> and its experiment to <see cref="Experiments"/>.
/// </summary>
public static class LabCatalogue
{
    public static ExperimentCatalogue Create()
    {
        var docker = DockerRuntime.FromEnvironment();
        return new(Runtimes(docker), Experiments(docker));
    }

    private static IEnumerable<IRuntime> Runtimes(DockerRuntime docker) =>
    [
        new NativeRuntime(),
        new JvmRuntime(),
        new DotnetRuntime(),
        docker,
        // Docker and QEMU runtimes are added here by their helpers.
    ];

    private static IEnumerable<IExperiment> Experiments(DockerRuntime docker) =>
    [
        new NativeStartExperiment(),
        new NativeCpuExperiment(),
        new NativeIdleMemoryExperiment(),
        new JvmStartExperiment(),
        new JvmIdleMemoryExperiment(),
        new DotnetStartExperiment(),
        new DotnetIdleMemoryExperiment(),
        .. ContainerExperiments.For(docker),
        // Container and VM experiments are added here by their helpers.
    ];
}
