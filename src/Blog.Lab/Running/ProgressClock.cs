using Blog.Lab.Experiments;

namespace Blog.Lab.Running;

/// <summary>
/// Turns one experiment's sample progress into run progress with elapsed time and an estimate of what is
/// left (time per finished step × steps to go). Reports synchronously, in order.
/// </summary>
internal sealed class ProgressClock(
    TimeProvider clock, IProgress<LabProgress> sink, int experimentIndex, int experimentCount, int warmup, int samples)
    : IProgress<SampleProgress>
{
    private readonly long _started = clock.GetTimestamp();

    public void Report(SampleProgress value)
    {
        var isWarmup = value.Phase == Measurement.Sampler.WarmupPhase;
        var step = isWarmup ? value.Index : warmup + value.Index;
        var steps = warmup + samples;
        var elapsed = clock.GetElapsedTime(_started);
        var done = step - 1;
        TimeSpan? remaining = done > 0 ? elapsed / done * (steps - done) : null;
        sink.Report(new LabProgress(value.ExperimentId, experimentIndex, experimentCount, value.Phase,
            value.Index, value.Total, step, steps, elapsed, remaining));
    }
}
