using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What an idle container costs in memory: a container running <c>busybox sleep</c>, left alone for the
/// spec's <c>settle</c> time, then read once through the engine's stats (its cgroup's counters). One new
/// container per sample.
/// </summary>
public sealed class ContainerIdleMemoryExperiment(DockerEngines engines) : IExperiment, IPreparesWorkFiles
{
    /// <summary>Readies what <see cref="EquivalentCommand"/> runs on (see <see cref="DockerBench"/>).</summary>
    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        DockerBench.PrepareAsync(engines.For(spec), idleContainer: false, cancellationToken);

    public string Kind => "container-idle-memory";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Docker];

    public string? EquivalentCommand(ExperimentSpec spec) =>
        $"c=$({DockerBench.Run(ContainerParameters.Limits(spec), "sleep 3600", detach: true)}); " +
        $"sleep {IdleSettle.Of(spec).TotalSeconds:0.###}; docker stats --no-stream --format '{{{{.MemUsage}}}}' $c; docker rm -f $c >/dev/null";

    public string? EquivalentMetric(ExperimentSpec spec) => "memory_bytes";

    public Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken) =>
        ContainerWorkbench.RunAsync(engines.For(spec), context, async (bench, ct) =>
        {
            var limits = ContainerParameters.Limits(spec);
            var settle = IdleSettle.Of(spec);
            var readings = await new Sampler(spec, context).CollectAsync(async sample =>
            {
                await using var idle = await bench.StartIdleAsync(limits, sample);
                await Task.Delay(settle, sample);
                return CgroupMemory.From(await idle.StatsAsync(sample));
            }, ct);
            return new ExperimentOutcome(new Dictionary<string, MetricSamples>
            {
                ["memory_bytes"] = new("bytes", [.. readings.Select(r => (double)r.WorkingSetBytes)], "cgroup memory usage less inactive page cache (what docker stats shows)"),
                ["anonymous_bytes"] = new("bytes", [.. readings.Select(r => (double)r.AnonymousBytes)], "anonymous memory of the container's processes (rss / anon)"),
                ["usage_bytes"] = new("bytes", [.. readings.Select(r => (double)r.UsageBytes)], "raw cgroup memory usage, page cache included"),
            }, new Dictionary<string, string>
            {
                ["image"] = bench.Image.Tag,
                ["command"] = string.Join(' ', ContainerWorkbench.IdleCommand),
                ["settle_ms"] = settle.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["cgroup"] = "v" + readings[^1].CgroupVersion,
                ["memory_limit_bytes"] = limits.MemoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }, cancellationToken);
}
