using System.Globalization;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// A cgroup memory limit enforced: a container whose only process (<c>busybox tail /dev/zero</c>, which
/// buffers an endless line) allocates past the limit is killed by the kernel's OOM killer. Observed as the
/// engine records it (OOMKilled, exit 137); the metric is how long the process lived until killed.
/// </summary>
public sealed class ContainerMemoryLimitExperiment(IContainerEngines engines) : ContainerExperiment(engines)
{
    public const int KilledExitCode = 137; // 128 + SIGKILL
    private static readonly SandboxLimits Defaults = SandboxLimits.Default with { MemoryBytes = 16L * 1024 * 1024 };
    private static IReadOnlyList<string> Allocate => ["tail", "/dev/zero"];

    public override string Kind => "container-memory-limit";
    public override string? EquivalentCommand(ExperimentSpec spec) =>
        // Exit 137 is the point, and hyperfine takes any other status than 0 for a failure: sh turns it around.
        $"sh -c {ShellWords.Quote($"{Commands(spec).Run(ContainerParameters.Limits(spec, Defaults), string.Join(' ', Allocate))}; test $? = {KilledExitCode}")}";

    public override string? EquivalentMetric(ExperimentSpec spec) => "run_ms";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        var limits = ContainerParameters.Limits(spec, Defaults);
        var runs = await new Sampler(spec, context).CollectAsync(async sample =>
        {
            var run = await bench.RunToExitAsync(limits, Allocate, sample);
            return run.Exit.OomKilled
                ? run
                : throw new InvalidOperationException(
                    $"a container allocating past {limits.MemoryBytes} bytes was not OOM-killed (exit {run.Exit.ExitCode}): the limit is not enforced");
        }, cancellationToken);
        var exits = runs.Select(r => r.Exit).ToList();
        return new ExperimentOutcome(new Dictionary<string, MetricSamples>
            {
                ["time_to_kill_ms"] = new("ms", [.. exits.Select(e => e.Ran.TotalMilliseconds)], "process start to OOM kill, by the engine's clock"),
                ["run_ms"] = new("ms", [.. runs.Select(r => r.Total.TotalMilliseconds)], "create → start → killed → removed (what docker run --rm does)"),
            },
            new Dictionary<string, string>
            {
                ["oom_killed"] = exits.All(e => e.OomKilled) ? "true" : "false",
                ["exit_code"] = string.Join(' ', exits.Select(e => e.ExitCode).Distinct()),
                ["memory_limit_bytes"] = limits.MemoryBytes.ToString(CultureInfo.InvariantCulture),
                ["command"] = string.Join(' ', Allocate),
            });
    }
}
