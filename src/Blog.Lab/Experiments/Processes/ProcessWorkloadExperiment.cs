using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Processes;

/// <summary>What a process workload measures of a program.</summary>
public enum ProcessWorkload
{
    /// <summary><c>*-start</c>: from posix_spawn to the reaped exit of a program that exits at once (<c>start_ms</c>).</summary>
    Start,
    /// <summary><c>*-idle-memory</c>: VmRSS of the program once it idles and was left alone for <c>settle</c> (<c>rss_bytes</c>).</summary>
    IdleMemory,
}

/// <summary>
/// One process workload of one program (a row of <see cref="ProcessPrograms"/>): its start-up time or its idle memory,
/// measured the same way for every program, so the numbers compare the runtimes and not the measuring. Whatever the
/// program needs readied (a compiled class) is readied before the first sample, never timed.
/// </summary>
public sealed class ProcessWorkloadExperiment(ProcessProgram program, ProcessWorkload workload) : IExperiment, IPreparesWorkFiles
{
    public string Kind => program.Name + workload switch
    {
        ProcessWorkload.Start => "-start",
        _ => "-idle-memory",
    };

    public IReadOnlyList<string> RequiredRuntimes => [program.Runtime];

    public string? EquivalentCommand(ExperimentSpec spec) => workload switch
    {
        ProcessWorkload.Start => program.Command(IPreparesWorkFiles.Placeholder, program.ExitArguments).ToString(),
        _ => $"{program.Command(IPreparesWorkFiles.Placeholder, program.IdleArguments)} & " +
             $"sleep {IdleSettle.Of(spec).TotalSeconds + program.EquivalentHeadStart.TotalSeconds:0.###}; grep VmRSS /proc/$!/status; kill $!",
    };

    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        program.PrepareAsync(directory, cancellationToken);

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(context.WorkDirectory, program.Name);
        await program.PrepareAsync(folder, cancellationToken);
        return workload switch
        {
            ProcessWorkload.Start => await StartAsync(spec, context, folder, cancellationToken),
            _ => await IdleMemoryAsync(spec, context, folder, cancellationToken),
        };
    }

    private async Task<ExperimentOutcome> StartAsync(ExperimentSpec spec, LabContext context, string folder, CancellationToken cancellationToken)
    {
        var command = program.Command(folder, program.ExitArguments);
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ProcessClock.StartToExitAsync(command, ct), cancellationToken);
        return Outcome.Single("start_ms", "ms", samples, program.StartDescription,
            new Dictionary<string, string> { ["program"] = program.ShownWith(program.ExitArguments) });
    }

    private async Task<ExperimentOutcome> IdleMemoryAsync(ExperimentSpec spec, LabContext context, string folder, CancellationToken cancellationToken)
    {
        var settle = IdleSettle.Of(spec);
        var command = program.Command(folder, program.IdleArguments);
        var samples = await new Sampler(spec, context)
            .CollectAsync(ct => ResidentMemory.OfIdleProcessAsync(command, program.ReadyLine, settle, ct), cancellationToken);
        return Outcome.Single("rss_bytes", "bytes", samples, program.IdleDescription,
            new Dictionary<string, string>
            {
                ["program"] = program.ShownWith(program.IdleArguments),
                ["settle_ms"] = settle.TotalMilliseconds.ToString(),
            });
    }
}
