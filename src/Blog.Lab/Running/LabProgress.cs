namespace Blog.Lab.Running;

/// <summary>
/// Where a run is, for a live display: experiment <see cref="ExperimentIndex"/> of <see cref="ExperimentCount"/>,
/// its phase (<c>warm-up</c>/<c>sample</c>) and step, time spent on it, and an estimate of the time it still needs.
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
    TimeSpan? Remaining);
