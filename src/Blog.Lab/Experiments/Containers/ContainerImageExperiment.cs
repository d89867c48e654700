using System.Globalization;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What a container image is made of: the run's busybox image, its size and layers as the engine reports
/// them, beside the size of the one binary it holds. Sizes do not vary: a sample reads them again.
/// </summary>
public sealed class ContainerImageExperiment(DockerEngines engines) : IExperiment, IPreparesWorkFiles
{
    /// <summary>Readies what <see cref="EquivalentCommand"/> runs on (see <see cref="DockerBench"/>).</summary>
    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        DockerBench.PrepareAsync(engines.For(spec), idleContainer: false, cancellationToken);

    public string Kind => "container-image";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Docker];
    public string? EquivalentCommand(ExperimentSpec spec) =>
        $"docker image inspect -f '{{{{.Size}}}} bytes, {{{{len .RootFS.Layers}}}} layer(s)' {DockerBench.Image}; stat -c '%s bytes' {BusyboxImage.HostBusybox}";
    public string? EquivalentMetric(ExperimentSpec spec) => "image_bytes";

    public Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken) =>
        ContainerWorkbench.RunAsync(engines.For(spec), context, async (bench, ct) =>
        {
            var binary = new FileInfo(BusyboxImage.HostBusybox).Length;
            var shapes = await new Sampler(spec, context).CollectAsync(sample => bench.Image.InspectAsync(sample), ct);
            var last = shapes[^1];
            return new ExperimentOutcome(new Dictionary<string, MetricSamples>
            {
                ["image_bytes"] = new("bytes", [.. shapes.Select(s => (double)s.SizeBytes)], "size of the image as the engine reports it"),
                ["layers_count"] = new("count", [.. shapes.Select(s => (double)s.Layers.Count)], "layers in the image's root filesystem"),
                ["busybox_bytes"] = new("bytes", [.. shapes.Select(_ => (double)binary)], "size of the static busybox binary it contains"),
                ["overhead_ratio"] = new("ratio", [.. shapes.Select(s => s.SizeBytes / (double)binary)], "image size over binary size"),
            }, new Dictionary<string, string>
            {
                ["image"] = bench.Image.Tag,
                ["image_id"] = last.Id,
                ["layers"] = string.Join(' ', last.Layers),
                ["dockerfile"] = BusyboxImage.Dockerfile,
                ["busybox_bytes"] = binary.ToString(CultureInfo.InvariantCulture),
            });
        }, cancellationToken);
}
