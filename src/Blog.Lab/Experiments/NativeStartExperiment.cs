using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>Start and reap a tiny native program (busybox-static <c>true</c>): the cost of fork/exec/wait itself.</summary>
public sealed class NativeStartExperiment : IExperiment
{
    private static readonly ProcessCommand True = new(CpuWorkload.HostBusybox, "true");

    public string Kind => "native-start";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Native];
    public string? EquivalentCommand(ExperimentSpec spec) => True.ToString();

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ProcessClock.StartToExitAsync(True, ct), cancellationToken);
        return Outcome.Single("start_ms", "ms", samples, "native process start to reaped exit",
            new Dictionary<string, string> { ["program"] = True.ToString() });
    }
}
