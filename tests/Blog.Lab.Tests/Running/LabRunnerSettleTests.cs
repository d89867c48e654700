using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Runtimes;
using Blog.Lab.Running;
using Blog.Lab.Specs;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Running;

/// <summary>
/// The runner waits for quiet before each experiment, in the order light to heavy, and records what it saw; on a
/// simulated machine and clock, so the waits take no real time.
/// </summary>
public sealed class LabRunnerSettleTests : IDisposable
{
    private const string Engine = "engine";
    private readonly string _temp = TestData.TemporaryDirectory();
    private readonly string _results = TestData.TemporaryDirectory();
    private readonly SimulatedClock _clock = new();
    private readonly List<LabProgress> _progress = [];
    private readonly LingeringRuntime _engine = new(Engine, looks: 2);

    public void Dispose()
    {
        Directory.Delete(_temp, recursive: true);
        Directory.Delete(_results, recursive: true);
    }

    private LabRunner Runner(IMachineCounters machine) => new(
        new ExperimentCatalogue([new NativeRuntime(), _engine],
        [
            new QuickExperiment("light", []),
            new QuickExperiment("heavy", [], ExperimentWeight.Heavy),
            new QuickExperiment("box", [Engine], then: _engine.Leave),
        ]),
        new ResultStore(_results),
        new LabRunnerOptions { TemporaryRoot = _temp, Clock = _clock, Counters = machine, Settle = SettlePolicy.For(cores: 2) });

    private Task<LabRunReport> RunAsync(IMachineCounters machine, CancellationToken cancellationToken, params ExperimentSpec[] specs) =>
        Runner(machine).RunAsync(specs, LabMode.Force, new SynchronousProgress<LabProgress>(_progress.Add), cancellationToken);

    private Task<LabRunReport> RunAsync(IMachineCounters machine, params ExperimentSpec[] specs) => RunAsync(machine, default, specs);

    private static ExperimentSpec Spec(string id, string kind) => TestData.Spec(id, kind, samples: 2);

    [Fact]
    public async Task A_result_records_how_quiet_the_machine_was_and_the_store_keeps_it()
    {
        var report = await RunAsync(SimulatedMachine.Steady(_clock, idleShare: 0.98, load: 0.3), Spec("a", "light"));

        var result = Assert.Single(report.Experiments).Result!;
        Assert.Equal(new MachineLoad(0.3, 0.3), result.Provenance.Load);
        Assert.True(result.Conditions!.Settled);
        Assert.Equal((3.0, 0.98), (result.Conditions.WaitedSeconds, result.Conditions.IdleShare!.Value));
        Assert.False(result.MeasuredUnderLoad);
        var stored = await new ResultStore(_results).ReadAsync("a", default);
        Assert.Equal(result.Conditions, stored!.Conditions);
        Assert.Contains("\"conditions\": {", await File.ReadAllTextAsync(Path.Combine(_results, "a.json")));
    }

    [Fact]
    public async Task The_wait_is_reported_as_step_0_of_the_experiment_before_its_samples()
    {
        await RunAsync(SimulatedMachine.Steady(_clock, 0.98, 0.3), Spec("a", "light"));

        Assert.Equal(
        [
            "a waiting for quiet step 0/3 quiet 1", "a waiting for quiet step 0/3 quiet 2", "a waiting for quiet step 0/3 quiet 3",
            "a warm-up step 1/3 quiet -", "a sample step 2/3 quiet -", "a sample step 3/3 quiet -",
        ], _progress.Select(p => $"{p.ExperimentId} {p.Phase} step {p.Step}/{p.StepCount} quiet {p.Settling?.QuietWindows.ToString() ?? "-"}"));
    }

    [Fact]
    public async Task Light_experiments_run_before_heavy_ones_whatever_the_declared_order()
    {
        var report = await RunAsync(SimulatedMachine.Steady(_clock, 0.98, 0.3), Spec("h", "heavy"), Spec("l", "light"));

        Assert.Equal(["l", "h"], report.Experiments.Select(e => e.Id));
        Assert.Equal([(1, "l"), (2, "h")], _progress.Select(p => (p.ExperimentIndex, p.ExperimentId)).Distinct());
    }

    [Fact]
    public async Task The_next_experiment_waits_until_what_the_previous_one_left_is_gone()
    {
        var report = await RunAsync(SimulatedMachine.Steady(_clock, 0.98, 0.3), Spec("first", "box"), Spec("second", "box"));

        // The first meets nothing of the run; the second two windows of the first one's container, then three quiet ones.
        Assert.Equal([3.0, 5.0], report.Experiments.Select(e => e.Result!.Conditions!.WaitedSeconds));
        Assert.All(_engine.RunsAsked, run => Assert.Equal(report.RunId, run));
    }

    [Fact]
    public async Task On_a_machine_that_stays_busy_it_measures_after_the_timeout_and_marks_the_result()
    {
        var report = await RunAsync(SimulatedMachine.Steady(_clock, idleShare: 0.4, load: 3.2), Spec("a", "light"));

        var run = Assert.Single(report.Experiments);
        Assert.Equal(RunOutcome.Measured, run.Outcome);
        Assert.False(run.Result!.Conditions!.Settled);
        Assert.Equal(180, run.Result.Conditions.WaitedSeconds);
        Assert.True(run.Result.MeasuredUnderLoad);
    }

    [Fact]
    public async Task The_report_gives_the_whole_run_s_time_and_the_time_spent_waiting()
    {
        var machine = new SimulatedMachine(_clock, _ => 0.98, t => t < TimeSpan.FromSeconds(20) ? 2.0 : 0.5);

        var report = await RunAsync(machine, Spec("a", "light"), Spec("b", "light"));

        Assert.Equal((TimeSpan.FromSeconds(23), TimeSpan.FromSeconds(23)), (report.WaitedForQuiet, report.Elapsed));
    }

    [Fact]
    public async Task Ctrl_C_during_the_wait_cancels_the_experiment_and_the_rest_and_leaves_no_work_folder()
    {
        using var cts = new CancellationTokenSource();
        _progress.Clear();
        var report = await Runner(SimulatedMachine.Steady(_clock, 0.98, 0.3)).RunAsync([Spec("a", "light"), Spec("b", "light")],
            LabMode.Force, new SynchronousProgress<LabProgress>(_ => cts.Cancel()), cts.Token);

        Assert.Equal([RunOutcome.Cancelled, RunOutcome.Cancelled], report.Experiments.Select(e => e.Outcome));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_results));
    }

    /// <summary>An experiment that measures at once on the given runtimes, then does <paramref name="then"/>.</summary>
    private sealed class QuickExperiment(string kind, IReadOnlyList<string> runtimes, ExperimentWeight weight = ExperimentWeight.Light, Action? then = null)
        : IExperiment
    {
        public string Kind => kind;
        public IReadOnlyList<string> RequiredRuntimes => runtimes;
        public ExperimentWeight Weight => weight;

        public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
        {
            var samples = await new Sampler(spec, context).CollectAsync(_ => Task.FromResult(1.0), cancellationToken);
            then?.Invoke();
            return Outcome.Single("value", "count", samples, "quick");
        }
    }
}
