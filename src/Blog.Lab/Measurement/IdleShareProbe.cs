namespace Blog.Lab.Measurement;

/// <summary>How idle the CPUs are: the idle share of all CPUs' time over a window, from two readings of their counters.</summary>
public sealed class IdleShareProbe(IMachineCounters counters, TimeProvider clock)
{
    /// <summary>The idle share (0 to 1) over the next <paramref name="window"/>, or null when no tick passed in it.</summary>
    public async Task<double?> MeasureAsync(TimeSpan window, CancellationToken cancellationToken)
    {
        var before = await counters.CpuTimesAsync(cancellationToken);
        await Task.Delay(window, clock, cancellationToken);
        var after = await counters.CpuTimesAsync(cancellationToken);
        return after.IdleShareSince(before);
    }
}
