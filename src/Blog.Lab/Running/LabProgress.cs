using Blog.Lab.Measurement;

namespace Blog.Lab.Running;

/// <summary>
/// Where a run is, for a live display: experiment <see cref="ExperimentIndex"/> of <see cref="ExperimentCount"/>,
/// its phase (<c>warm-up</c>/<c>sample</c>) and step, time spent on it, and an estimate of the time it still needs.
/// Before its first step the runner waits for the machine to quieten: phase <see cref="SettlePhase"/>, step 0, and
/// <see cref="Settling"/> says what it saw (elapsed is the wait so far).
/// </summary>
public sealed record LabProgress(
    string ExperimentId,
    int ExperimentIndex,
    int ExperimentCount,
    string Phase,
    int Sample,
    int SampleCount,
    int Step,
    int StepCount,
    TimeSpan Elapsed,
    TimeSpan? Remaining)
{
    public const string SettlePhase = "waiting for quiet";

    /// <summary>The last look at the machine while waiting for it to quieten; null once sampling has begun.</summary>
    public QuietReading? Settling { get; init; }
}
