using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>Resident memory of an idle JVM: the tiny class printed <c>ready</c> and sleeps in <c>main</c>.</summary>
public sealed class JvmIdleMemoryExperiment : IExperiment, IPreparesWorkFiles
{
    public string Kind => "jvm-idle-memory";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Jvm];
    public string? EquivalentCommand(ExperimentSpec spec) =>
        $"{TinyPrograms.Java(IPreparesWorkFiles.Placeholder, TinyPrograms.IdleArgument)} & sleep {IdleSettle.Of(spec).TotalSeconds + 0.5:0.###}; grep VmRSS /proc/$!/status; kill $!";

    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        TinyPrograms.CompileJavaAsync(directory, cancellationToken);

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var settle = IdleSettle.Of(spec);
        var classPath = await TinyPrograms.CompileJavaAsync(Path.Combine(context.WorkDirectory, "jvm"), cancellationToken);
        var java = TinyPrograms.Java(classPath, TinyPrograms.IdleArgument);
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ResidentMemory.OfIdleProcessAsync(java, TinyPrograms.ReadyLine, settle, ct), cancellationToken);
        return Outcome.Single("rss_bytes", "bytes", samples, "VmRSS of an idle JVM",
            new Dictionary<string, string>
            {
                ["program"] = TinyPrograms.Java("DIR", TinyPrograms.IdleArgument).ToString(),
                ["settle_ms"] = settle.TotalMilliseconds.ToString(),
            });
    }
}
