using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>
/// JVM start-up: <c>java</c> running a class whose <c>main</c> returns at once, from fork/exec to reaped exit.
/// The class is compiled before the first sample, so javac is never timed.
/// </summary>
public sealed class JvmStartExperiment : IExperiment, IPreparesWorkFiles
{
    public string Kind => "jvm-start";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Jvm];
    public string? EquivalentCommand(ExperimentSpec spec) => TinyPrograms.Java(IPreparesWorkFiles.Placeholder).ToString();

    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        TinyPrograms.CompileJavaAsync(directory, cancellationToken);

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var classPath = await TinyPrograms.CompileJavaAsync(Path.Combine(context.WorkDirectory, "jvm"), cancellationToken);
        var java = TinyPrograms.Java(classPath);
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ProcessClock.StartToExitAsync(java, ct), cancellationToken);
        return Outcome.Single("start_ms", "ms", samples, "JVM start to exit of an empty main",
            new Dictionary<string, string> { ["program"] = TinyPrograms.Java("DIR").ToString() });
    }
}
