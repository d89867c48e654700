using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Runtimes;
using Blog.Lab.Running;
using Blog.Lab.Specs;
using static Blog.Lab.Tests.Running.ScriptedExperiment;

namespace Blog.Lab.Tests.Running;

public sealed class LabRunnerTests : IDisposable
{
    private const string DockerDown = "Docker is not running: start it (systemctl start docker, or dockerd &)";
    private readonly string _temp = TestData.TemporaryDirectory();
    private readonly string _results = TestData.TemporaryDirectory();
    private readonly List<LabProgress> _progress = [];

    public void Dispose()
    {
        Directory.Delete(_temp, recursive: true);
        Directory.Delete(_results, recursive: true);
    }

    private LabRunner Runner(params IExperiment[] experiments) => Runner(measureWhatCanRunHere: false, experiments);

    private LabRunner Runner(bool measureWhatCanRunHere, params IExperiment[] experiments) => new(
        new ExperimentCatalogue([new NativeRuntime(), new AbsentRuntime(RuntimeNames.Docker, DockerDown)], experiments),
        new ResultStore(_results),
        new LabRunnerOptions { TemporaryRoot = _temp, Settle = SettlePolicy.None, MeasureWhatCanRunHere = measureWhatCanRunHere });

    private Task<LabRunReport> Run(LabRunner runner, LabMode mode, CancellationToken ct = default, params ExperimentSpec[] specs) =>
        runner.RunAsync(specs, mode, new SynchronousProgress<LabProgress>(_progress.Add), ct);

    private static ExperimentSpec Spec(string id, string kind, int samples = 3) =>
        TestData.Spec(id, kind, samples) with { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task A_successful_run_writes_the_result_and_removes_its_work_folder()
    {
        var ok = new ScriptedExperiment("ok", Behaviour.Succeed);
        var report = await Run(Runner(ok), LabMode.Force, default, Spec("a", "ok"));

        Assert.True(report.Succeeded);
        Assert.StartsWith(_temp, Assert.Single(ok.WorkDirectoriesSeen));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
        Assert.True(File.Exists(Path.Combine(_results, "a.json")));
    }

    [Fact]
    public async Task A_result_records_the_machine_load_before_and_after_its_run()
    {
        var report = await Run(Runner(new ScriptedExperiment("ok", Behaviour.Succeed)), LabMode.Force, default, Spec("a", "ok"));

        var load = Assert.Single(report.Experiments).Result!.Provenance.Load;
        Assert.NotNull(load);
        Assert.True(load.Before >= 0 && load.After >= 0);
        var stored = await new ResultStore(_results).ReadAsync("a", default);
        Assert.Equal(load, stored!.Provenance.Load);
    }

    [Fact]
    public async Task A_failed_run_removes_its_work_folder()
    {
        var report = await Run(Runner(new ScriptedExperiment("bad", Behaviour.Throw)), LabMode.Force, default, Spec("a", "bad"));

        Assert.Equal(RunOutcome.Failed, Assert.Single(report.Experiments).Outcome);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public async Task A_cancelled_run_removes_its_work_folder()
    {
        using var cts = new CancellationTokenSource();
        var hang = new ScriptedExperiment("hang", Behaviour.WaitForCancellation);
        var progress = new SynchronousProgress<LabProgress>(_ => cts.Cancel());

        var report = await Runner(hang).RunAsync([Spec("a", "hang")], LabMode.Force, progress, cts.Token);

        Assert.Equal(RunOutcome.Cancelled, Assert.Single(report.Experiments).Outcome);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    [Fact]
    public async Task A_failed_run_keeps_the_previous_result()
    {
        await Run(Runner(new ScriptedExperiment("x", Behaviour.Succeed)), LabMode.Force, default, Spec("a", "x"));
        var before = await File.ReadAllTextAsync(Path.Combine(_results, "a.json"));

        await Run(Runner(new ScriptedExperiment("x", Behaviour.Throw)), LabMode.Force, default, Spec("a", "x", samples: 4));

        Assert.Equal(before, await File.ReadAllTextAsync(Path.Combine(_results, "a.json")));
    }

    [Fact]
    public async Task A_sample_past_its_timeout_fails_the_experiment_with_a_timeout_message()
    {
        var spec = Spec("a", "hang") with { Timeout = TimeSpan.FromMilliseconds(100) };
        var report = await Run(Runner(new ScriptedExperiment("hang", Behaviour.WaitForCancellation)), LabMode.Force, default, spec);

        var run = Assert.Single(report.Experiments);
        Assert.Equal(RunOutcome.Failed, run.Outcome);
        Assert.Contains("took longer than the timeout of 0.1s", run.Message);
    }

    [Fact]
    public async Task A_missing_runtime_refuses_the_run_and_touches_nothing()
    {
        var needsDocker = new ScriptedExperiment("box", Behaviour.Succeed, [RuntimeNames.Docker]);
        var native = new ScriptedExperiment("ok", Behaviour.Succeed);

        var report = await Run(Runner(needsDocker, native), LabMode.Auto, default, Spec("a", "ok"), Spec("b", "box"));

        Assert.Equal("nothing was run: " + DockerDown, report.Refusal);
        Assert.Empty(native.WorkDirectoriesSeen);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
        Assert.Empty(Directory.EnumerateFileSystemEntries(_results));
    }

    [Fact]
    public async Task A_run_probes_only_the_runtimes_its_experiments_need()
    {
        var qemu = new RecordingRuntime(RuntimeNames.Qemu);
        var runner = new LabRunner(
            new ExperimentCatalogue([new NativeRuntime(), qemu], [new ScriptedExperiment("ok", Behaviour.Succeed)]),
            new ResultStore(_results), new LabRunnerOptions { TemporaryRoot = _temp, Settle = SettlePolicy.None });

        var report = await Run(runner, LabMode.Force, default, Spec("a", "ok"));

        Assert.True(report.Succeeded);
        Assert.Equal(0, qemu.Probes);
    }

    [Fact]
    public async Task A_build_s_run_measures_what_it_can_and_warns_about_the_rest()
    {
        var report = await Run(Runner(measureWhatCanRunHere: true, new ScriptedExperiment("box", Behaviour.Succeed, [RuntimeNames.Docker]),
            new ScriptedExperiment("ok", Behaviour.Succeed)), LabMode.Auto, default, Spec("a", "ok"), Spec("b", "box"));

        Assert.Null(report.Refusal);
        Assert.Equal(RunOutcome.Measured, report.Experiments.Single(e => e.Id == "a").Outcome);
        Assert.Equal($"b: missing and not measured: {DockerDown}", Assert.Single(report.Warnings));
    }

    [Fact]
    public async Task Frozen_mode_measures_nothing_and_warns_about_missing_results()
    {
        var ok = new ScriptedExperiment("ok", Behaviour.Succeed);
        var report = await Run(Runner(ok), LabMode.Frozen, default, Spec("a", "ok"));

        Assert.Empty(ok.WorkDirectoriesSeen);
        Assert.Equal("a: missing: never measured", Assert.Single(report.Warnings));
    }

    [Fact]
    public async Task A_fresh_result_is_not_measured_again_unless_forced()
    {
        var ok = new ScriptedExperiment("ok", Behaviour.Succeed);
        await Run(Runner(ok), LabMode.Auto, default, Spec("a", "ok"));
        var again = await Run(Runner(ok), LabMode.Auto, default, Spec("a", "ok"));
        await Run(Runner(ok), LabMode.Force, default, Spec("a", "ok"));

        Assert.Equal(RunOutcome.UpToDate, Assert.Single(again.Experiments).Outcome);
        Assert.Equal(2, ok.WorkDirectoriesSeen.Count);
    }

    [Fact]
    public async Task Experiments_run_one_at_a_time()
    {
        var ok = new ScriptedExperiment("ok", Behaviour.Succeed);
        await Run(Runner(ok), LabMode.Force, default, Spec("a", "ok"), Spec("b", "ok"), Spec("c", "ok"));
        Assert.Equal((3, 1), (ok.WorkDirectoriesSeen.Count, ok.MostAtOnce));
    }

    [Fact]
    public async Task Progress_names_the_experiment_and_each_sample_of_n()
    {
        await Run(Runner(new ScriptedExperiment("ok", Behaviour.Succeed)), LabMode.Force, default, Spec("a", "ok", samples: 2));

        Assert.Equal(["a warm-up 1/1 step 1/3", "a sample 1/2 step 2/3", "a sample 2/2 step 3/3"],
            _progress.Select(p => $"{p.ExperimentId} {p.Phase} {p.Sample}/{p.SampleCount} step {p.Step}/{p.StepCount}"));
        Assert.Null(_progress[0].Remaining);
        Assert.NotNull(_progress[^1].Remaining);
    }
}

/// <summary>Reports on the caller's thread, in order (<see cref="Progress{T}"/> posts to the thread pool).</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
