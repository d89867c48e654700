using Blog.Lab.Runtimes.VirtualMachines;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>Every VM experiment kind, sharing one <see cref="IVmHost"/> (one probe, one accelerator, one guest per run).</summary>
public static class VirtualMachineExperiments
{
    public static IReadOnlyList<IExperiment> All(IVmHost host) =>
    [
        new VmBootExperiment(host),
        new VmGuestKernelExperiment(host),
        new VmIdleMemoryExperiment(host),
        new VmImageSizeExperiment(host),
        new VmCpuWorkloadExperiment(host),
        new VmDensityExperiment(host),
    ];
}
