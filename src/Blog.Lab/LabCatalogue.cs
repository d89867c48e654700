using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Containers;
using Blog.Lab.Experiments.VirtualMachines;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Runtimes.Qemu;

namespace Blog.Lab;

/// <summary>
/// The composition root of the lab: every runtime and experiment kind it knows. To add a kind, add its
/// runtime (once) to <see cref="Runtimes"/> and its experiment to <see cref="Experiments"/>.
/// </summary>
public static class LabCatalogue
{
    public static ExperimentCatalogue Create()
    {
        // One runtime of each kind serves all its experiments, so they share its probe (engine versions,
        // the accelerator, the guest image); a container spec may name an engine of its own (docker_host:).
        var docker = DockerEngines.FromEnvironment();
        var qemu = new QemuRuntime();
        return new(Runtimes(docker.Shared, qemu), Experiments(docker, qemu), [docker]);
    }

    private static IEnumerable<IRuntime> Runtimes(DockerRuntime docker, QemuRuntime qemu) =>
    [
        new NativeRuntime(),
        new JvmRuntime(),
        new DotnetRuntime(),
        docker,
        qemu,
    ];

    private static IEnumerable<IExperiment> Experiments(DockerEngines docker, QemuRuntime qemu) =>
    [
        new NativeStartExperiment(),
        new NativeCpuExperiment(),
        new NativeIdleMemoryExperiment(),
        new JvmStartExperiment(),
        new JvmIdleMemoryExperiment(),
        new DotnetStartExperiment(),
        new DotnetIdleMemoryExperiment(),
        .. ContainerExperiments.For(docker),
        .. VirtualMachineExperiments.All(qemu),
    ];
}
