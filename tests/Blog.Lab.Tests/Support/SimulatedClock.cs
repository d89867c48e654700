namespace Blog.Lab.Tests.Support;

/// <summary>
/// A clock on which time passes only when someone waits, and waiting takes no real time: a timer moves the clock to its
/// due time and fires at once (on the thread pool, as a real timer would). For code that waits one thing at a time,
/// such as the lab's wait for quiet; a minute of waiting passes in microseconds and always the same way.
/// </summary>
internal sealed class SimulatedClock(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _lock = new();
    private TimeSpan _elapsed;

    public SimulatedClock() : this(new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero)) { }

    /// <summary>How much time has passed since the clock was made.</summary>
    public TimeSpan Elapsed
    {
        get { lock (_lock) return _elapsed; }
    }

    public override DateTimeOffset GetUtcNow() => start + Elapsed;
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    public override long GetTimestamp() => Elapsed.Ticks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_lock) _elapsed += dueTime;
            ThreadPool.QueueUserWorkItem(_ => callback(state));
        }
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>A clock whose timers never fire: whatever waits on it waits until it is cancelled.</summary>
internal sealed class StoppedClock : TimeProvider
{
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new NeverFires();

    private sealed class NeverFires : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;
        public void Dispose() { }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
