namespace Blog.Lab.Measurement;

/// <summary>
/// When the machine counts as quiet enough to start an experiment, and how long the lab waits for it. Quiet means:
/// nothing the lab started is still there, the CPUs were at least <see cref="MinIdleShare"/> idle in each of the last
/// <see cref="QuietWindows"/> windows of <see cref="Window"/>, and, when <see cref="MaxLoad"/> is set, the 1-minute load
/// average has fallen to it. The idle share answers "is anything running now"; the load is what the result records
/// and a reader judges, and since it decays with a time constant of a minute it lags: after a heavy experiment it may
/// take a minute to come down although the CPUs went idle at once. Past <see cref="Timeout"/> the lab measures anyway
/// and the result says it did not settle.
/// </summary>
public sealed record SettlePolicy
{
    /// <summary>
    /// The load a quiet machine may show, per core: 1.5 on the 2-core machine that measured the committed results.
    /// A core three quarters busy on average leaves the experiment a free core most of the time.
    /// </summary>
    public const double LoadPerCore = 0.75;

    /// <summary>False: start at once, look at nothing and record no <see cref="MeasurementConditions"/> (tests of the lab itself).</summary>
    public bool Waits { get; init; } = true;
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>Several windows in a row, so a lull of one second between two bursts does not count as quiet.</summary>
    public int QuietWindows { get; init; } = 3;
    /// <summary>0.9: on 2 cores, at most a fifth of one core busy (an idle Docker engine and desktop stay well below).</summary>
    public double MinIdleShare { get; init; } = 0.90;
    public double? MaxLoad { get; init; }
    /// <summary>Three minutes: the load decays from 8 to 1.5 in 100 s, so only a machine busy with something else times out.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>The policy the command line uses by default, its load limit scaled to <paramref name="cores"/>.</summary>
    public static SettlePolicy For(int cores) => new() { MaxLoad = LoadLimit(cores) };

    /// <summary>Do not wait (see <see cref="Waits"/>).</summary>
    public static SettlePolicy None { get; } = new() { Waits = false };

    /// <summary>The highest 1-minute load at which a machine of <paramref name="cores"/> counts as quiet.</summary>
    public static double LoadLimit(int cores) => LoadPerCore * Math.Max(1, cores);

    /// <summary>The thresholds as a result records them.</summary>
    public SettleThresholds Thresholds => new(MinIdleShare, MaxLoad, QuietWindows, Window.TotalSeconds, Timeout.TotalSeconds);

    /// <summary>Throws for a policy that could never be met or never be measured.</summary>
    public void Validate()
    {
        if (Window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Window), Window, "the window must be longer than zero");
        if (QuietWindows < 1) throw new ArgumentOutOfRangeException(nameof(QuietWindows), QuietWindows, "at least one quiet window");
        if (MinIdleShare is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(MinIdleShare), MinIdleShare, "an idle share is between 0 and 1");
        if (MaxLoad < 0) throw new ArgumentOutOfRangeException(nameof(MaxLoad), MaxLoad, "a load average is never negative");
        if (Timeout < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "the timeout cannot be negative");
    }
}

/// <summary>The thresholds a wait held the machine to, kept with the result so a reader knows what "settled" meant.</summary>
public sealed record SettleThresholds(double MinIdleShare, double? MaxLoad, int QuietWindows, double WindowSeconds, double TimeoutSeconds);
