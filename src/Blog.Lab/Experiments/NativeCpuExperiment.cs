using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>The shared <see cref="CpuWorkload"/> run natively: the baseline for the same loop in a container and a VM.</summary>
public sealed class NativeCpuExperiment : IExperiment
{
    private static readonly ProcessCommand Workload = new(CpuWorkload.HostBusybox, [.. CpuWorkload.Command().Skip(1)]);

    public string Kind => "native-cpu";

    public ExperimentWeight Weight => ExperimentWeight.Heavy;
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Native];
    public string? EquivalentCommand(ExperimentSpec spec) => CpuWorkload.ShellLine();

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ProcessClock.StartToExitAsync(Workload, ct), cancellationToken);
        return Outcome.Single("workload_ms", "ms", samples, "busybox shell loop, native",
            new Dictionary<string, string>
            {
                ["workload"] = CpuWorkload.ShellLine(),
                ["iterations"] = CpuWorkload.Iterations.ToString(),
            });
    }
}
