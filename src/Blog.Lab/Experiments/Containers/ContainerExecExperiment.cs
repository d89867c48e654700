using System.Diagnostics;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>How long <c>docker exec</c> of <c>busybox true</c> takes in a container that already runs.</summary>
public sealed class ContainerExecExperiment(IContainerEngines engines) : ContainerExperiment(engines, needsIdleContainer: true)
{
    private static IReadOnlyList<string> Command => ["/bin/busybox", "true"];

    public override string Kind => "container-exec";
    public override string? EquivalentCommand(ExperimentSpec spec) => Commands(spec).Exec(string.Join(' ', Command));
    public override string? EquivalentMetric(ExperimentSpec spec) => "exec_ms";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        await using var idle = await bench.StartIdleAsync(ContainerParameters.Limits(spec), cancellationToken);
        var samples = await new Sampler(spec, context).CollectAsync(async sample =>
        {
            var clock = Stopwatch.StartNew();
            var result = await idle.ExecAsync(Command, sample);
            clock.Stop();
            return result.ExitCode == 0
                ? clock.Elapsed.TotalMilliseconds
                : throw new InvalidOperationException($"exec busybox true exited with {result.ExitCode}: {result.StandardError.Trim()}");
        }, cancellationToken);
        return Outcome.Single("exec_ms", "ms", samples, "docker exec of busybox true into a running container (create, start attached, exit code)",
            new Dictionary<string, string> { ["image"] = bench.ImageTag, ["command"] = string.Join(' ', Command) });
    }
}
