using System.Globalization;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What a container image is made of: the run's busybox image, its size and layers as the engine reports
/// them, beside the size of the one binary it holds. Sizes do not vary, so each is read once.
/// </summary>
public sealed class ContainerImageExperiment(DockerRuntime runtime) : IExperiment
{
    public string Kind => "container-image";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Docker];
    public string? EquivalentCommand(ExperimentSpec spec) =>
        $"docker image inspect -f '{{{{.Size}}}} bytes, {{{{len .RootFS.Layers}}}} layer(s)' {DockerBench.Image}; stat -c '%s bytes' {BusyboxImage.HostBusybox}";

    public string? EquivalentMetric(ExperimentSpec spec) => "image_bytes";

    public Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken) =>
        ContainerWorkbench.RunAsync(runtime, context, (bench, ct) =>
        {
            var binary = new FileInfo(BusyboxImage.HostBusybox).Length;
            var image = bench.Image;
            var outcome = new ExperimentOutcome(new Dictionary<string, MetricSamples>
            {
                ["image_bytes"] = new("bytes", [image.SizeBytes], "size of the image as the engine reports it"),
                ["layers_count"] = new("count", [image.Layers.Count], "layers in the image's root filesystem"),
                ["busybox_bytes"] = new("bytes", [binary], "size of the static busybox binary it contains"),
                ["overhead_ratio"] = new("ratio", [image.SizeBytes / (double)binary], "image size over binary size"),
            }, new Dictionary<string, string>
            {
                ["image"] = image.Tag,
                ["image_id"] = image.Id,
                ["layers"] = string.Join(' ', image.Layers),
                ["dockerfile"] = BusyboxImage.Dockerfile,
                ["busybox_bytes"] = binary.ToString(CultureInfo.InvariantCulture),
            });
            return Task.FromResult(outcome);
        }, cancellationToken);
}
