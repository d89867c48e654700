namespace Blog.Lab.Measurement;

/// <summary>
/// Waits, before an experiment, until the machine is quiet by <see cref="SettlePolicy"/>: first for what the lab left
/// to be gone, then for idle CPUs over consecutive windows and a low enough load. Past the policy's timeout it stops
/// waiting and says so in the <see cref="MeasurementConditions"/> it returns, so the experiment is measured anyway
/// and its result is marked. Waiting starts nothing, so cancelling it leaves nothing behind.
/// </summary>
public sealed class QuietWait
{
    private readonly SettlePolicy _policy;
    private readonly IMachineCounters _counters;
    private readonly TimeProvider _clock;
    private readonly IdleShareProbe _idle;

    public QuietWait(SettlePolicy policy, IMachineCounters counters, TimeProvider clock)
    {
        policy.Validate();
        (_policy, _counters, _clock) = (policy, counters, clock);
        _idle = new IdleShareProbe(counters, clock);
    }

    /// <summary>How the machine was when the wait ended, or null when the policy does not wait.</summary>
    public async Task<MeasurementConditions?> WaitAsync(
        ILeftoverCheck leftovers, IProgress<QuietReading>? progress, CancellationToken cancellationToken)
    {
        if (!_policy.Waits) return null;
        var started = _clock.GetTimestamp();
        var loadAtStart = await _counters.OneMinuteLoadAsync(cancellationToken);
        var quietWindows = 0;
        IReadOnlyList<string> left = ["not looked at yet"];
        while (true)
        {
            // Nothing of the run starts while it waits: once its leftovers are gone they stay gone.
            if (left.Count > 0) left = await leftovers.FindAsync(cancellationToken);
            var idle = await _idle.MeasureAsync(_policy.Window, cancellationToken);
            var load = await _counters.OneMinuteLoadAsync(cancellationToken);
            quietWindows = left.Count == 0 && idle >= _policy.MinIdleShare ? quietWindows + 1 : 0;
            var reading = new QuietReading(_policy, _clock.GetElapsedTime(started), left, idle, load, quietWindows);
            progress?.Report(reading);
            if (reading.Settled || reading.Waited >= _policy.Timeout) return reading.Conditions(loadAtStart);
        }
    }
}
