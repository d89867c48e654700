using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Experiments.Containers;

/// <summary>Every container experiment kind, all measuring through one Docker runtime.</summary>
public static class ContainerExperiments
{
    public static IReadOnlyList<IExperiment> For(DockerRuntime docker) =>
    [
        new ContainerStartExperiment(docker),
        new ContainerExecExperiment(docker),
        new ContainerIdleMemoryExperiment(docker),
        new ContainerImageExperiment(docker),
        new ContainerKernelExperiment(docker),
        new ContainerNamespacesExperiment(docker),
        new ContainerMemoryLimitExperiment(docker),
        new ContainerCpuExperiment(docker),
        new ContainerDensityExperiment(docker),
    ];
}
