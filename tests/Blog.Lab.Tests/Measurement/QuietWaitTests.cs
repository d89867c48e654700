using Blog.Lab.Measurement;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Measurement;

/// <summary>
/// The wait for a quiet machine before an experiment, on a simulated machine and clock (a minute of waiting takes no
/// real time): the default policy for 2 cores wants 3 windows of 1 s in a row with the CPUs at least 90% idle and the
/// 1-minute load at most 1.5, and gives up after 3 minutes, marking the result.
/// </summary>
public sealed class QuietWaitTests
{
    private readonly SimulatedClock _clock = new();
    private readonly SettlePolicy _policy = SettlePolicy.For(cores: 2);
    private readonly List<QuietReading> _readings = [];

    private Task<MeasurementConditions?> WaitAsync(IMachineCounters machine, ILeftoverCheck? leftovers = null, SettlePolicy? policy = null,
        CancellationToken cancellationToken = default) =>
        new QuietWait(policy ?? _policy, machine, _clock)
            .WaitAsync(leftovers ?? new NoLeftovers(), new Running.SynchronousProgress<QuietReading>(_readings.Add), cancellationToken);

    [Fact]
    public void The_default_load_limit_is_0_75_per_core_so_1_5_on_2_cores() =>
        Assert.Equal((1.5, 3.0), (SettlePolicy.For(2).MaxLoad!.Value, SettlePolicy.For(4).MaxLoad!.Value));

    [Fact]
    public async Task A_quiet_machine_settles_after_three_quiet_windows()
    {
        var conditions = await WaitAsync(SimulatedMachine.Steady(_clock, idleShare: 0.98, load: 0.3));

        Assert.NotNull(conditions);
        Assert.True(conditions.Settled);
        Assert.Equal((3.0, 0.98, 0.3), (conditions.WaitedSeconds, conditions.IdleShare!.Value, conditions.LoadAtWaitStart));
        Assert.Null(conditions.Reason);
        Assert.Equal(new SettleThresholds(0.9, 1.5, 3, 1, 180), conditions.Thresholds);
        Assert.Equal([1, 2, 3], _readings.Select(r => r.QuietWindows));
    }

    [Fact]
    public async Task After_a_heavy_experiment_it_waits_for_the_lagging_load_although_the_cpus_are_idle_at_once()
    {
        // Density left the load at 4.0; idle from now on, it decays with the load average's one-minute time constant.
        var machine = new SimulatedMachine(_clock, _ => 0.97, t => 4.0 * Math.Exp(-t.TotalSeconds / 60));

        var conditions = await WaitAsync(machine);

        // 4.0·e^(-t/60) ≤ 1.5 from t = 60·ln(4/1.5) ≈ 58.8 s: the first window ending after it.
        Assert.True(conditions!.Settled);
        Assert.Equal(59, conditions.WaitedSeconds);
        Assert.Equal(4.0, conditions.LoadAtWaitStart);
        Assert.Contains("1-minute load 3.93 (needs ≤ 1.50)", _readings[0].Problems());
    }

    [Fact]
    public async Task It_waits_for_what_the_lab_left_before_counting_quiet_windows()
    {
        var leftovers = new LeftoversGoneAfter(2, "container 3f2a9c1b0d4e on labhost");

        var conditions = await WaitAsync(SimulatedMachine.Steady(_clock, 0.98, 0.3), leftovers);

        Assert.True(conditions!.Settled);
        Assert.Equal(5, conditions.WaitedSeconds);
        Assert.Equal(["the lab's own still there: container 3f2a9c1b0d4e on labhost"], _readings[0].Problems());
        Assert.Equal(3, leftovers.Looks); // once gone, not asked again
    }

    [Fact]
    public void A_reading_says_on_which_side_of_each_threshold_the_machine_is()
    {
        var busy = new QuietReading(_policy, TimeSpan.FromSeconds(12), ["container 3f2a9c1b0d4e on labhost"], 0.62, 3.41, 0);
        var quiet = busy with { Leftovers = [], IdleShare = 0.97, Load = 1.2, QuietWindows = 3 };

        Assert.Equal("1 of the lab's own still there, idle 62% < 90%, load 3.41 > 1.50", busy.Describe());
        Assert.Equal("idle 97% ≥ 90%, load 1.20 ≤ 1.50", quiet.Describe());
        Assert.Equal((true, false), (busy.Busy, quiet.Busy));
        Assert.True(quiet.Settled);
    }

    [Fact]
    public async Task A_burst_of_work_starts_the_count_of_quiet_windows_again()
    {
        // Quiet, quiet, busy, then quiet: the three quiet windows must be the last three.
        var machine = new SimulatedMachine(_clock, t => t.TotalSeconds is >= 2 and < 3 ? 0.4 : 0.98, _ => 0.3);

        var conditions = await WaitAsync(machine);

        Assert.Equal([1, 2, 0, 1, 2, 3], _readings.Select(r => r.QuietWindows));
        Assert.Equal(6, conditions!.WaitedSeconds);
    }

    [Fact]
    public async Task A_machine_busy_with_something_else_is_measured_anyway_after_the_timeout_and_the_result_says_why()
    {
        var conditions = await WaitAsync(SimulatedMachine.Steady(_clock, idleShare: 0.5, load: 2.1));

        Assert.False(conditions!.Settled);
        Assert.Equal(180, conditions.WaitedSeconds);
        Assert.Equal("not quiet after 3 min: CPUs 50% idle (needs 90%); 1-minute load 2.10 (needs ≤ 1.50)", conditions.Reason);
    }

    [Fact]
    public async Task A_timeout_of_zero_looks_once_and_marks_the_result_unsettled()
    {
        var conditions = await WaitAsync(SimulatedMachine.Steady(_clock, 0.98, 0.3), policy: _policy with { Timeout = TimeSpan.Zero });

        Assert.Single(_readings);
        Assert.False(conditions!.Settled);
        Assert.Equal("not quiet after 1 s: quiet for 1 of 3 windows in a row", conditions.Reason);
    }

    [Fact]
    public async Task Without_a_load_limit_idle_cpus_are_enough()
    {
        var conditions = await WaitAsync(SimulatedMachine.Steady(_clock, 0.98, 6.0), policy: _policy with { MaxLoad = null });

        Assert.True(conditions!.Settled);
    }

    [Fact]
    public async Task The_policy_none_neither_waits_nor_looks_and_records_nothing()
    {
        var conditions = await new QuietWait(SettlePolicy.None, new UntouchableCounters(), _clock).WaitAsync(new NoLeftovers(), null, default);

        Assert.Null(conditions);
        Assert.Equal(TimeSpan.Zero, _clock.Elapsed);
    }

    [Fact]
    public async Task Cancelling_during_the_wait_ends_it_at_once_without_the_window_passing()
    {
        using var cts = new CancellationTokenSource();
        var machine = SimulatedMachine.Steady(_clock, 0.98, 0.3);
        var waiting = new QuietWait(_policy, machine, new StoppedClock()).WaitAsync(new NoLeftovers(), null, cts.Token);
        Assert.False(waiting.IsCompleted); // inside its first window, which never ends on a stopped clock

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    [Fact]
    public async Task Cancelling_while_the_lab_looks_for_its_leftovers_ends_the_wait_too()
    {
        using var cts = new CancellationTokenSource();
        var leftovers = new CancellingLeftovers(cts);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            WaitAsync(SimulatedMachine.Steady(_clock, 0.98, 0.3), leftovers, cancellationToken: cts.Token));
        Assert.Empty(_readings);
    }

    [Theory]
    [InlineData(0, 3, 0.9, 180)]
    [InlineData(1, 0, 0.9, 180)]
    [InlineData(1, 3, 1.5, 180)]
    [InlineData(1, 3, 0.9, -1)]
    public void A_policy_that_could_never_be_met_is_refused(double windowSeconds, int windows, double idle, double timeoutSeconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QuietWait(
            _policy with
            {
                Window = TimeSpan.FromSeconds(windowSeconds), QuietWindows = windows, MinIdleShare = idle,
                Timeout = TimeSpan.FromSeconds(timeoutSeconds),
            },
            new UntouchableCounters(), _clock));

    /// <summary>Ctrl+C pressed while the lab asks the engine for its containers.</summary>
    private sealed class CancellingLeftovers(CancellationTokenSource cts) : ILeftoverCheck
    {
        public async Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken)
        {
            await cts.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return [];
        }
    }
}
