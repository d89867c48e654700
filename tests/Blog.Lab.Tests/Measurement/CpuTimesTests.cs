using Blog.Lab.Measurement;

namespace Blog.Lab.Tests.Measurement;

/// <summary>The CPUs' idle share from the all-CPUs line of <c>/proc/stat</c>, as the lab's wait for quiet reads it.</summary>
public sealed class CpuTimesTests
{
    // user nice system idle iowait irq softirq steal guest guest_nice
    private const string Stat = "cpu  100 10 50 800 20 5 5 10 30 3\ncpu0 50 5 25 400 10 2 3 5 15 1\nintr 12345\n";

    [Fact]
    public void Idle_time_is_idle_plus_iowait_and_the_total_leaves_guest_time_out() =>
        // Guest time is already part of user and nice: counting it again would make a VM look busier than it is.
        Assert.Equal(new CpuTimes(Idle: 820, Total: 1000), CpuTimes.Parse(Stat));

    [Fact]
    public void An_older_kernel_with_fewer_fields_counts_the_missing_ones_as_zero() =>
        Assert.Equal(new CpuTimes(Idle: 800, Total: 960), CpuTimes.Parse("cpu 100 10 50 800\n"));

    [Fact]
    public void The_idle_share_is_the_idle_ticks_over_all_ticks_between_two_readings()
    {
        var before = new CpuTimes(Idle: 820, Total: 1000);
        var after = new CpuTimes(Idle: 820 + 180, Total: 1000 + 200);

        Assert.Equal(0.9, after.IdleShareSince(before)!.Value, precision: 10);
    }

    [Fact]
    public void Fully_busy_and_fully_idle_windows_are_0_and_1()
    {
        var before = new CpuTimes(100, 200);
        Assert.Equal((0.0, 1.0), (new CpuTimes(100, 400).IdleShareSince(before), new CpuTimes(300, 400).IdleShareSince(before)));
    }

    [Fact]
    public void No_tick_between_two_readings_says_nothing() =>
        Assert.Null(new CpuTimes(820, 1000).IdleShareSince(new CpuTimes(820, 1000)));

    [Theory]
    [InlineData("")]
    [InlineData("intr 12345\n")]
    [InlineData("cpu0 1 2 3 4\n")]
    [InlineData("cpu 1 2 three 4\n")]
    [InlineData("cpu 1 2\n")]
    public void Anything_but_the_all_cpus_line_first_is_an_error(string stat) =>
        Assert.Throws<FormatException>(() => CpuTimes.Parse(stat));

    [Fact]
    public async Task This_machines_proc_stat_gives_an_idle_share_between_0_and_1()
    {
        var counters = new ProcCounters();

        var share = await new IdleShareProbe(counters, TimeProvider.System).MeasureAsync(TimeSpan.FromMilliseconds(300), default);

        Assert.InRange(share ?? 0.5, 0, 1);
        Assert.True(await counters.OneMinuteLoadAsync(default) >= 0);
    }
}
