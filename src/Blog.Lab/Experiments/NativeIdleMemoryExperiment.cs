using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>Resident memory of a sleeping native process (busybox-static <c>sleep</c>): what an idle program costs without a VM.</summary>
public sealed class NativeIdleMemoryExperiment : IExperiment
{
    private static readonly ProcessCommand Sleep = new(CpuWorkload.HostBusybox, "sleep", "600");

    public string Kind => "native-idle-memory";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Native];
    public string? EquivalentCommand(ExperimentSpec spec) =>
        $"{Sleep} & sleep {IdleSettle.Of(spec).TotalSeconds:0.###}; grep VmRSS /proc/$!/status; kill $!";

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var settle = IdleSettle.Of(spec);
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ResidentMemory.OfIdleProcessAsync(Sleep, null, settle, ct), cancellationToken);
        return Outcome.Single("rss_bytes", "bytes", samples, "VmRSS of an idle native process",
            new Dictionary<string, string> { ["program"] = Sleep.ToString(), ["settle_ms"] = settle.TotalMilliseconds.ToString() });
    }
}
