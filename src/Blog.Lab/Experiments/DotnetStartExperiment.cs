using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>.NET start-up, for comparison with the JVM: <c>dotnet Blog.Lab.Tiny.dll</c> with an empty main, start to reaped exit.</summary>
public sealed class DotnetStartExperiment : IExperiment
{
    public string Kind => "dotnet-start";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Dotnet];
    public string? EquivalentCommand(ExperimentSpec spec) => TinyPrograms.Dotnet().ToString();

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var dotnet = TinyPrograms.Dotnet();
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ProcessClock.StartToExitAsync(dotnet, ct), cancellationToken);
        return Outcome.Single("start_ms", "ms", samples, ".NET start to exit of an empty main",
            new Dictionary<string, string> { ["program"] = "dotnet Blog.Lab.Tiny.dll" });
    }
}
