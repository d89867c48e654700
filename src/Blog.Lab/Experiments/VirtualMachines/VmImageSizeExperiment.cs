using Blog.Lab.Runtimes.VirtualMachines;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// What a VM needs on disk before it can boot: the compressed kernel and the initramfs (busybox and init).
/// Sizes do not vary, so each is read once.
/// </summary>
public sealed class VmImageSizeExperiment(IVmHost host) : VmExperiment(host)
{
    public override string Kind => "vm-image-size";

    /// <summary>Reads two file sizes: nothing boots.</summary>
    public override ExperimentWeight Weight => ExperimentWeight.Light;

    public override string? EquivalentCommand(ExperimentSpec spec) => $"stat -c '%s %n' \"{VmWorkFiles.Kernel}\" \"{VmWorkFiles.Initramfs}\"";

    public override async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await Host.DescribeAsync(cancellationToken);
        var image = host.Image;
        return new ExperimentOutcome(
            new Dictionary<string, MetricSamples>
            {
                ["kernel_bytes"] = new("bytes", [image.KernelBytes], $"compressed kernel (vmlinuz) from {image.Kernel}"),
                ["initramfs_bytes"] = new("bytes", [image.InitramfsBytes], "initramfs: busybox-static and /init, cpio newc, gzip"),
                ["total_bytes"] = new("bytes", [image.KernelBytes + image.InitramfsBytes], "everything the guest boots from"),
            },
            VmFacts.Of(host, parameters));
    }
}
