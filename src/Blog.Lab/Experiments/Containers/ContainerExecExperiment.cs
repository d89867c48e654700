using System.Diagnostics;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>How long <c>docker exec</c> of <c>busybox true</c> takes in a container that already runs.</summary>
public sealed class ContainerExecExperiment(DockerEngines engines) : IExperiment, IPreparesWorkFiles
{
    private static IReadOnlyList<string> Command => ["/bin/busybox", "true"];

    /// <summary>Readies what <see cref="EquivalentCommand"/> runs on (see <see cref="DockerBench"/>).</summary>
    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        DockerBench.PrepareAsync(engines.For(spec), idleContainer: true, cancellationToken);

    public string Kind => "container-exec";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Docker];
    public string? EquivalentCommand(ExperimentSpec spec) => $"docker exec {DockerBench.IdleContainer} {string.Join(' ', Command)}";

    public string? EquivalentMetric(ExperimentSpec spec) => "exec_ms";

    public Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken) =>
        ContainerWorkbench.RunAsync(engines.For(spec), context, async (bench, ct) =>
        {
            await using var idle = await bench.StartIdleAsync(ContainerParameters.Limits(spec), ct);
            var samples = await new Sampler(spec, context).CollectAsync(async sample =>
            {
                var clock = Stopwatch.StartNew();
                var result = await idle.ExecAsync(Command, sample);
                clock.Stop();
                return result.ExitCode == 0
                    ? clock.Elapsed.TotalMilliseconds
                    : throw new InvalidOperationException($"exec busybox true exited with {result.ExitCode}: {result.StandardError.Trim()}");
            }, ct);
            return Outcome.Single("exec_ms", "ms", samples, "docker exec of busybox true into a running container (create, start attached, exit code)",
                new Dictionary<string, string> { ["image"] = bench.Image.Tag, ["command"] = string.Join(' ', Command) });
        }, cancellationToken);
}
