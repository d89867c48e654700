using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// The kernel a container sees: <c>uname -r</c> inside is the engine host's kernel (a container shares it;
/// a VM boots its own). A fact, compared with the kernel the engine reports and, for a local engine, ours.
/// </summary>
public sealed class ContainerKernelExperiment(DockerEngines engines) : IExperiment, IPreparesWorkFiles
{
    /// <summary>Readies what <see cref="EquivalentCommand"/> runs on (see <see cref="DockerBench"/>).</summary>
    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        DockerBench.PrepareAsync(engines.For(spec), idleContainer: false, cancellationToken);

    public string Kind => "container-kernel";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Docker];
    public string? EquivalentCommand(ExperimentSpec spec) => DockerBench.Run(ContainerParameters.Limits(spec), "uname -r");

    public string? EquivalentMetric(ExperimentSpec spec) => "run_ms";

    public Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken) =>
        ContainerWorkbench.RunAsync(engines.For(spec), context, async (bench, ct) =>
        {
            var runs = await new Sampler(spec, context).CollectAsync(async sample =>
            {
                var run = await bench.RunToExitAsync(ContainerParameters.Limits(spec), ["uname", "-r"], sample);
                return run.Exit.ExitCode == 0
                    ? run
                    : throw new InvalidOperationException($"uname -r in a container exited with {run.Exit.ExitCode}: {run.Output.StandardError.Trim()}");
            }, ct);
            var inside = runs.Select(r => r.Output.StandardOutput.Trim()).Distinct().ToList();
            var engineHost = bench.Docker.Engine.KernelVersion;
            var facts = new Dictionary<string, string>
            {
                ["kernel_inside"] = string.Join(' ', inside),
                ["kernel_engine_host"] = engineHost,
                ["same_kernel"] = (inside.Count == 1 && inside[0] == engineHost).ToString().ToLowerInvariant(),
            };
            if (bench.Docker.Endpoint.IsLocal)
                facts["kernel_host"] = (await File.ReadAllTextAsync("/proc/sys/kernel/osrelease", ct)).Trim();
            return Outcome.Single("run_ms", "ms", [.. runs.Select(r => r.Total.TotalMilliseconds)],
                "create → start → exit → removed of a container running uname -r", facts);
        }, cancellationToken);
}
