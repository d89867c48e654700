using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// The kernel a container sees: <c>uname -r</c> inside is the engine host's kernel (a container shares it;
/// a VM boots its own). A fact, compared with the kernel the engine reports and, for a local engine, ours.
/// </summary>
public sealed class ContainerKernelExperiment(IContainerEngines engines) : ContainerExperiment(engines)
{
    public override string Kind => "container-kernel";
    public override string? EquivalentCommand(ExperimentSpec spec) => Commands(spec).Run(ContainerParameters.Limits(spec), "uname -r");
    public override string? EquivalentMetric(ExperimentSpec spec) => "run_ms";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        var runs = await new Sampler(spec, context).CollectAsync(async sample =>
        {
            var run = await bench.RunToExitAsync(ContainerParameters.Limits(spec), ["uname", "-r"], sample);
            return run.Exit.ExitCode == 0
                ? run
                : throw new InvalidOperationException($"uname -r in a container exited with {run.Exit.ExitCode}: {run.Output.StandardError.Trim()}");
        }, cancellationToken);
        var inside = runs.Select(r => r.Output.StandardOutput.Trim()).Distinct().ToList();
        var engineHost = bench.Host.KernelVersion;
        var facts = new Dictionary<string, string>
        {
            ["kernel_inside"] = string.Join(' ', inside),
            ["kernel_engine_host"] = engineHost,
            ["same_kernel"] = (inside.Count == 1 && inside[0] == engineHost).ToString().ToLowerInvariant(),
        };
        if (bench.Host.IsLocal)
            facts["kernel_host"] = (await File.ReadAllTextAsync("/proc/sys/kernel/osrelease", cancellationToken)).Trim();
        return Outcome.Single("run_ms", "ms", [.. runs.Select(r => r.Total.TotalMilliseconds)],
            "create → start → exit → removed of a container running uname -r", facts);
    }
}
