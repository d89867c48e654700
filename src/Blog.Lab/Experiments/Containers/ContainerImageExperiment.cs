using System.Globalization;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What a container image is made of: the run's busybox image, its size and layers as the engine reports
/// them, beside the size of the one binary it holds. Sizes do not vary: a sample reads them again.
/// </summary>
public sealed class ContainerImageExperiment(IContainerEngines engines) : ContainerExperiment(engines)
{
    public override string Kind => "container-image";
    public override string? EquivalentCommand(ExperimentSpec spec) =>
        $"{Commands(spec).InspectImage()}; stat -c '%s bytes' {CpuWorkload.HostBusybox}";
    public override string? EquivalentMetric(ExperimentSpec spec) => "image_bytes";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        var binary = new FileInfo(CpuWorkload.HostBusybox).Length;
        var shapes = await new Sampler(spec, context).CollectAsync(sample => bench.InspectImageAsync(sample), cancellationToken);
        var last = shapes[^1];
        return new ExperimentOutcome(new Dictionary<string, MetricSamples>
        {
            ["image_bytes"] = new("bytes", [.. shapes.Select(s => (double)s.SizeBytes)], "size of the image as the engine reports it"),
            ["layers_count"] = new("count", [.. shapes.Select(s => (double)s.Layers.Count)], "layers in the image's root filesystem"),
            ["busybox_bytes"] = new("bytes", [.. shapes.Select(_ => (double)binary)], "size of the static busybox binary it contains"),
            ["overhead_ratio"] = new("ratio", [.. shapes.Select(s => s.SizeBytes / (double)binary)], "image size over binary size"),
        }, new Dictionary<string, string>
        {
            ["image"] = bench.ImageTag,
            ["image_id"] = last.Id,
            ["layers"] = string.Join(' ', last.Layers),
            ["dockerfile"] = bench.ImageRecipe,
            ["busybox_bytes"] = binary.ToString(CultureInfo.InvariantCulture),
        });
    }
}
