using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What an idle container costs in memory: a container running <c>busybox sleep</c>, left alone for the
/// spec's <c>settle</c> time, then read once through the engine's stats (its cgroup's counters). One new
/// container per sample.
/// </summary>
public sealed class ContainerIdleMemoryExperiment(IContainerEngines engines) : ContainerExperiment(engines)
{
    public override string Kind => "container-idle-memory";

    public override string? EquivalentCommand(ExperimentSpec spec)
    {
        var commands = Commands(spec);
        return $"c=$({commands.Run(ContainerParameters.Limits(spec), "sleep 3600", detach: true)}); " +
               $"sleep {IdleSettle.Of(spec).TotalSeconds:0.###}; {commands.MemoryUsage("$c")}; {commands.Remove("$c")}";
    }

    public override string? EquivalentMetric(ExperimentSpec spec) => "memory_bytes";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        var limits = ContainerParameters.Limits(spec);
        var settle = IdleSettle.Of(spec);
        var readings = await new Sampler(spec, context).CollectAsync(async sample =>
        {
            await using var idle = await bench.StartIdleAsync(limits, sample);
            await Task.Delay(settle, sample);
            return await idle.MemoryAsync(sample);
        }, cancellationToken);
        return new ExperimentOutcome(new Dictionary<string, MetricSamples>
        {
            ["memory_bytes"] = new("bytes", [.. readings.Select(r => (double)r.WorkingSetBytes)], "cgroup memory usage less inactive page cache (what docker stats shows)"),
            ["anonymous_bytes"] = new("bytes", [.. readings.Select(r => (double)r.AnonymousBytes)], "anonymous memory of the container's processes (rss / anon)"),
            ["usage_bytes"] = new("bytes", [.. readings.Select(r => (double)r.UsageBytes)], "raw cgroup memory usage, page cache included"),
        }, new Dictionary<string, string>
        {
            ["image"] = bench.ImageTag,
            ["command"] = string.Join(' ', IdleContainer.Command),
            ["settle_ms"] = settle.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["cgroup"] = "v" + readings[^1].CgroupVersion,
            ["memory_limit_bytes"] = limits.MemoryBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }
}
