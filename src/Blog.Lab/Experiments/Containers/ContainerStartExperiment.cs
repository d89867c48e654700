using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// How long a container takes from nothing to done: create → start → exit of <c>busybox true</c>, per sample
/// (removal timed apart: <c>docker run --rm</c> includes it, the start-up does not).
/// </summary>
public sealed class ContainerStartExperiment(IContainerEngines engines) : ContainerExperiment(engines)
{
    public override string Kind => "container-start";
    public override string? EquivalentCommand(ExperimentSpec spec) => Commands(spec).Run(ContainerParameters.Limits(spec), "true");
    public override string? EquivalentMetric(ExperimentSpec spec) => "run_ms";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        var limits = ContainerParameters.Limits(spec);
        var runs = await new Sampler(spec, context).CollectAsync(async sample =>
        {
            var run = await bench.RunToExitAsync(limits, ["true"], sample);
            return run.Exit.ExitCode == 0 ? run : throw new InvalidOperationException($"busybox true exited with {run.Exit.ExitCode}");
        }, cancellationToken);
        return new ExperimentOutcome(new Dictionary<string, MetricSamples>
        {
            ["create_to_exit_ms"] = new("ms", [.. runs.Select(r => r.CreateToExit.TotalMilliseconds)], "create → start → exit of busybox true"),
            ["run_ms"] = new("ms", [.. runs.Select(r => r.Total.TotalMilliseconds)], "create → start → exit → removed (what docker run --rm does)"),
            ["create_ms"] = new("ms", [.. runs.Select(r => r.Create.TotalMilliseconds)], "the create call"),
            ["start_ms"] = new("ms", [.. runs.Select(r => r.Start.TotalMilliseconds)], "the start call (runc sets up namespaces and cgroups, execs)"),
            ["remove_ms"] = new("ms", [.. runs.Select(r => r.Remove.TotalMilliseconds)], "force-removing the exited container"),
        }, new Dictionary<string, string>
        {
            ["image"] = bench.ImageTag,
            ["command"] = "busybox true",
            ["confinement"] = Commands(spec).Confinement(limits),
        });
    }
}
