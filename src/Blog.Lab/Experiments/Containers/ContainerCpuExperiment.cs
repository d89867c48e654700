using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// The shared <see cref="CpuWorkload"/> in a container. <c>workload_ms</c> is how long the container's process
/// (busybox sh running the loop) ran, by the engine's clock: the same span native-cpu times for the process
/// on the host. <c>run_ms</c> adds the container's create, start and removal (what <c>docker run --rm</c> takes).
/// </summary>
public sealed class ContainerCpuExperiment(IContainerEngines engines) : ContainerExperiment(engines)
{
    private static IReadOnlyList<string> Workload => [.. CpuWorkload.Command("/bin/busybox").Skip(1)];

    public override string Kind => "container-cpu";

    public override ExperimentWeight Weight => ExperimentWeight.Heavy;
    public override string? EquivalentCommand(ExperimentSpec spec) =>
        Commands(spec).Run(ContainerParameters.Limits(spec), $"sh -c {ShellWords.Quote(CpuWorkload.Script)}");

    public override string? EquivalentMetric(ExperimentSpec spec) => "run_ms";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        var limits = ContainerParameters.Limits(spec);
        var runs = await new Sampler(spec, context).CollectAsync(async sample =>
        {
            var run = await bench.RunToExitAsync(limits, Workload, sample);
            return run.Exit.ExitCode == 0 ? run : throw new InvalidOperationException($"the workload exited with {run.Exit.ExitCode}");
        }, cancellationToken);
        return new ExperimentOutcome(new Dictionary<string, MetricSamples>
        {
            ["workload_ms"] = new("ms", [.. runs.Select(r => r.Exit.Ran.TotalMilliseconds)], "busybox shell loop in a container: its process's lifetime (engine's clock)"),
            ["run_ms"] = new("ms", [.. runs.Select(r => r.Total.TotalMilliseconds)], "create → start → exit → removed of the container running the loop"),
        }, new Dictionary<string, string>
        {
            ["workload"] = "sh -c '" + CpuWorkload.Script + "'",
            ["iterations"] = CpuWorkload.Iterations.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["image"] = bench.ImageTag,
        });
    }
}
