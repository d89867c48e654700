using Blog.Lab.Experiments;
using Blog.Lab.Experiments.VirtualMachines;
using Blog.Lab.Runtimes;
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
        // One QEMU runtime serves all VM experiments, so they share its probe (accelerator, guest image).
        var qemu = new QemuRuntime();
        return new(Runtimes(qemu), Experiments(qemu));
    }

    private static IEnumerable<IRuntime> Runtimes(QemuRuntime qemu) =>
    [
        new NativeRuntime(),
        new JvmRuntime(),
        new DotnetRuntime(),
        qemu,
        // Docker and QEMU runtimes are added here by their helpers.
    ];

    private static IEnumerable<IExperiment> Experiments(QemuRuntime qemu) =>
    [
        new NativeStartExperiment(),
        new NativeCpuExperiment(),
        new NativeIdleMemoryExperiment(),
        new JvmStartExperiment(),
        new JvmIdleMemoryExperiment(),
        new DotnetStartExperiment(),
        new DotnetIdleMemoryExperiment(),
        .. VirtualMachineExperiments.All(qemu),
        // Container and VM experiments are added here by their helpers.
    ];
}
