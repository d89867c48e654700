using Blog.Lab.Runtimes.Containers;

namespace Blog.Lab.Experiments.Containers;

/// <summary>Every container experiment kind, each measuring on the engine its spec names (see <see cref="IContainerEngines"/>).</summary>
public static class ContainerExperiments
{
    public static IReadOnlyList<IExperiment> For(IContainerEngines engines) =>
    [
        new ContainerStartExperiment(engines),
        new ContainerExecExperiment(engines),
        new ContainerIdleMemoryExperiment(engines),
        new ContainerImageExperiment(engines),
        new ContainerKernelExperiment(engines),
        new ContainerNamespacesExperiment(engines),
        new ContainerMemoryLimitExperiment(engines),
        new ContainerCpuExperiment(engines),
        new ContainerDensityExperiment(engines),
    ];
}
