using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Results;

/// <summary>
/// Whether a page should say a result was measured on a busy machine: its 1-minute load before the experiment was above
/// 0.75 per core (1.5 on 2 cores), or the lab's wait for quiet timed out. Results from before the lab waited still read.
/// </summary>
public sealed class MeasuredUnderLoadTests : IDisposable
{
    private readonly string _dir = TestData.TemporaryDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static MeasurementConditions Conditions(bool settled) => new()
    {
        Settled = settled, WaitedSeconds = settled ? 3 : 180, IdleShare = 0.95, LoadAtWaitStart = 3.4,
        Reason = settled ? null : "not quiet after 3 min: 1-minute load 1.60 (needs ≤ 1.50)",
        Thresholds = SettlePolicy.For(2).Thresholds,
    };

    private static LabResult Result(double? loadBefore, bool? settled, int cores = 2) => TestData.Result(TestData.Spec()) with
    {
        Provenance = TestData.Provenance with { Cores = cores, Load = loadBefore is { } l ? new MachineLoad(l, l) : null },
        Conditions = settled is { } s ? Conditions(s) : null,
    };

    [Theory]
    [InlineData(0.4, true, 2, false)]
    [InlineData(1.5, true, 2, false)]   // the limit itself is quiet
    [InlineData(1.51, true, 2, true)]
    [InlineData(1.2, false, 2, true)]   // the wait timed out: whatever the load, the result says so
    [InlineData(2.5, true, 4, false)]   // 4 cores: quiet up to 3.0
    [InlineData(3.6, null, 2, true)]    // measured before the lab waited: judged by its load alone
    [InlineData(0.9, null, 2, false)]
    public void A_result_is_flagged_when_its_load_was_above_0_75_per_core_or_the_machine_did_not_settle(
        double loadBefore, bool? settled, int cores, bool flagged) =>
        Assert.Equal(flagged, Result(loadBefore, settled, cores).MeasuredUnderLoad);

    [Fact]
    public void A_result_that_recorded_neither_load_nor_conditions_is_not_flagged() =>
        Assert.False(Result(loadBefore: null, settled: null).MeasuredUnderLoad);

    [Fact]
    public async Task The_conditions_are_stored_beside_the_provenance_and_the_flag_is_not()
    {
        var store = new ResultStore(_dir);
        await store.WriteAsync(Result(3.6, settled: false), default);

        var json = await File.ReadAllTextAsync(store.PathOf("native-start"));
        var read = await store.ReadAsync("native-start", default);

        Assert.Contains("\"settled\": false", json);
        Assert.Contains("\"load_at_wait_start\": 3.4", json);
        Assert.Contains("\"max_load\": 1.5", json);
        Assert.DoesNotContain("measured_under_load", json);
        Assert.Equal(Conditions(false), read!.Conditions);
    }

    [Fact]
    public async Task A_result_written_before_the_lab_waited_reads_without_conditions_and_stays_fresh()
    {
        var store = new ResultStore(_dir);
        var spec = TestData.Spec();
        await store.WriteAsync(Result(2.5, settled: null), default);
        Assert.DoesNotContain("conditions", await File.ReadAllTextAsync(store.PathOf(spec.Id)));

        var status = await store.StatusAsync(spec, default);

        Assert.Equal(Freshness.Fresh, status.Freshness);
        Assert.Null(status.Result!.Conditions);
        Assert.True(status.Result.MeasuredUnderLoad);
    }

    [Fact]
    public async Task Every_committed_result_reads_whether_or_not_it_was_measured_after_a_wait()
    {
        var store = new ResultStore(RepositoryFolder.CommittedResults);
        foreach (var file in Directory.EnumerateFiles(RepositoryFolder.CommittedResults, "*.json"))
            Assert.NotNull(await store.ReadAsync(Path.GetFileNameWithoutExtension(file), default));
    }
}
