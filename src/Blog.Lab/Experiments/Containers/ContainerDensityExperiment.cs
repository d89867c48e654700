using System.Diagnostics;
using System.Globalization;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// How cost grows with the number of containers: for each k of <c>instances</c> (default 1,2,4,8), start k
/// idle containers at once and time until all run, then (after <c>settle</c>) read each one's memory.
/// A k whose memory limits would not fit in half the engine's memory is left out, and said so.
/// </summary>
public sealed class ContainerDensityExperiment(IContainerEngines engines) : ContainerExperiment(engines)
{
    private static IReadOnlyList<int> DefaultCounts => [1, 2, 4, 8];

    public override string Kind => "container-density";

    public override ExperimentWeight Weight => ExperimentWeight.Heavy;

    public override string? EquivalentCommand(ExperimentSpec spec)
    {
        var k = ContainerParameters.Counts(spec, "instances", DefaultCounts)[^1];
        var commands = Commands(spec);
        return "sh -c " + ShellWords.Quote(
            $"ids=$(for i in $(seq {k}); do {commands.Run(ContainerParameters.Limits(spec), "sleep 3600", detach: true)} & done; wait); " +
            commands.Remove("$ids"));
    }

    /// <summary>The largest k: its k containers started at once, then removed at once.</summary>
    public override string? EquivalentMetric(ExperimentSpec spec) => $"start_remove_all_ms_k{ContainerParameters.Counts(spec, "instances", DefaultCounts)[^1]}";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        var limits = ContainerParameters.Limits(spec);
        var settle = IdleSettle.Of(spec);
        var budget = bench.Host.MemoryBytes / 2;
        var counts = ContainerParameters.Counts(spec, "instances", DefaultCounts);
        var fitting = counts.Where(k => k * limits.MemoryBytes <= budget).ToList();
        var metrics = new Dictionary<string, MetricSamples>();
        foreach (var k in fitting)
        {
            var samples = await new Sampler(spec with { Id = $"{spec.Id} k={k}" }, context)
                .CollectAsync(sample => StartManyAsync(bench, k, limits, settle, sample), cancellationToken);
            metrics[$"start_all_ms_k{k}"] = new("ms", [.. samples.Select(s => s.StartAll.TotalMilliseconds)], $"time until {k} containers started at once all run");
            metrics[$"start_remove_all_ms_k{k}"] = new("ms", [.. samples.Select(s => (s.StartAll + s.RemoveAll).TotalMilliseconds)], $"starting {k} containers at once plus removing them at once (the settle time left out)");
            metrics[$"memory_per_instance_bytes_k{k}"] = new("bytes", [.. samples.Select(s => s.MemoryPerInstance)], $"memory per container with {k} running (docker stats)");
        }
        return new ExperimentOutcome(metrics, new Dictionary<string, string>
        {
            ["instances"] = string.Join(',', fitting),
            ["left_out"] = string.Join(',', counts.Except(fitting)),
            ["memory_budget_bytes"] = budget.ToString(CultureInfo.InvariantCulture),
            ["memory_limit_bytes"] = limits.MemoryBytes.ToString(CultureInfo.InvariantCulture),
            ["settle_ms"] = settle.TotalMilliseconds.ToString(CultureInfo.InvariantCulture),
            ["command"] = string.Join(' ', IdleContainer.Command),
        });
    }

    private sealed record Density(TimeSpan StartAll, TimeSpan RemoveAll, double MemoryPerInstance);

    private static async Task<Density> StartManyAsync(
        IContainerBench bench, int k, SandboxLimits limits, TimeSpan settle, CancellationToken cancellationToken)
    {
        var containers = new IRunningContainer?[k];
        TimeSpan startAll;
        CgroupMemory[] memory;
        try
        {
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, k).Select(async i =>
                containers[i] = await bench.StartIdleAsync(limits, cancellationToken)));
            startAll = clock.Elapsed;
            await Task.Delay(settle, cancellationToken);
            memory = await Task.WhenAll(containers.Select(c => c!.MemoryAsync(cancellationToken)));
        }
        catch
        {
            await RemoveAllAsync(containers);
            throw;
        }
        var removing = Stopwatch.StartNew();
        await RemoveAllAsync(containers);
        return new Density(startAll, removing.Elapsed, memory.Sum(m => (double)m.WorkingSetBytes) / k);
    }

    private static Task RemoveAllAsync(IEnumerable<IRunningContainer?> containers) =>
        Task.WhenAll(containers.OfType<IRunningContainer>().Select(c => c.DisposeAsync().AsTask()));
}
