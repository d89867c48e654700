using Blog.Lab.Runtimes.Qemu;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>Every VM experiment kind, sharing one <see cref="QemuRuntime"/> (one probe, one accelerator, one guest per run).</summary>
public static class VirtualMachineExperiments
{
    public static IReadOnlyList<IExperiment> All(QemuRuntime qemu) =>
    [
        new VmBootExperiment(qemu),
        new VmGuestKernelExperiment(qemu),
        new VmIdleMemoryExperiment(qemu),
        new VmImageSizeExperiment(qemu),
        new VmCpuWorkloadExperiment(qemu),
        new VmDensityExperiment(qemu),
    ];
}
