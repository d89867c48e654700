using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>Resident memory of an idle .NET process: the tiny program printed <c>ready</c> and sleeps.</summary>
public sealed class DotnetIdleMemoryExperiment : IExperiment
{
    public string Kind => "dotnet-idle-memory";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Dotnet];
    public string? EquivalentCommand(ExperimentSpec spec) =>
        $"{TinyPrograms.Dotnet(TinyPrograms.IdleArgument)} & sleep {IdleSettle.Of(spec).TotalSeconds + 0.5:0.###}; grep VmRSS /proc/$!/status; kill $!";

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var settle = IdleSettle.Of(spec);
        var dotnet = TinyPrograms.Dotnet(TinyPrograms.IdleArgument);
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ResidentMemory.OfIdleProcessAsync(dotnet, TinyPrograms.ReadyLine, settle, ct), cancellationToken);
        return Outcome.Single("rss_bytes", "bytes", samples, "VmRSS of an idle .NET process",
            new Dictionary<string, string>
            {
                ["program"] = "dotnet Blog.Lab.Tiny.dll idle",
                ["settle_ms"] = settle.TotalMilliseconds.ToString(),
            });
    }
}
