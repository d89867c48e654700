using Blog.Lab.Results;

namespace Blog.Lab.Running;

/// <summary>
/// <see cref="Unreachable"/>: wanted, but the engine its spec declares (<c>docker_host:</c>) did not answer; its previous
/// result is kept. A run with one has not done what it was asked.
/// </summary>
public enum RunOutcome { Measured, UpToDate, Skipped, Failed, Cancelled, Unreachable }

/// <summary>What happened to one experiment in a run.</summary>
public sealed record ExperimentRun(string Id, RunOutcome Outcome, string Message, LabResult? Result = null);

/// <summary>
/// What a run did. <see cref="Refusal"/> is set when it did nothing because a runtime is missing (the
/// message says what to install or start); warnings name results left stale or missing. <see cref="Elapsed"/> is the
/// whole run, probes and waits for quiet included.
/// </summary>
public sealed record LabRunReport(
    string RunId,
    IReadOnlyList<ExperimentRun> Experiments,
    IReadOnlyList<string> Warnings,
    string? Refusal = null)
{
    public TimeSpan Elapsed { get; init; }

    /// <summary>How long the measured experiments waited for the machine to quieten, all together.</summary>
    public TimeSpan WaitedForQuiet => TimeSpan.FromSeconds(
        Experiments.Where(e => e.Outcome == RunOutcome.Measured).Sum(e => e.Result?.Conditions?.WaitedSeconds ?? 0));

    public bool Succeeded => Refusal is null && Experiments.All(e => e.Outcome is not (RunOutcome.Failed or RunOutcome.Cancelled or RunOutcome.Unreachable));
}
