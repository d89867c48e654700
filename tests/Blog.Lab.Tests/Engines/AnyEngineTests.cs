using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Running;
using Blog.Lab.Specs;
using Blog.Lab.Tests.Running;

namespace Blog.Lab.Tests.Engines;

/// <summary>
/// The container experiments run on any engine registered through <see cref="LabEngines"/>, the way Docker is: here
/// one made of host processes (<see cref="HostProcessEngine"/>), so no Docker is needed. The lab's own catalogue and
/// runner measure on it, record it, clean it and ask it for a run's leftovers.
/// </summary>
public sealed class AnyEngineTests : IDisposable
{
    private readonly string _temp = TestData.TemporaryDirectory();
    private readonly string _results = TestData.TemporaryDirectory();
    private readonly HostProcessEngine _engine = new();
    private readonly ExperimentCatalogue _catalogue;

    public AnyEngineTests() => _catalogue = LabCatalogue.Create(new LabEngines(_engine, new QemuRuntime()));

    public void Dispose()
    {
        Directory.Delete(_temp, recursive: true);
        Directory.Delete(_results, recursive: true);
    }

    private Task<LabRunReport> RunAsync(params ExperimentSpec[] specs) =>
        new LabRunner(_catalogue, new ResultStore(_results), new LabRunnerOptions { TemporaryRoot = _temp, Settle = SettlePolicy.None })
            .RunAsync(specs, LabMode.Force, new SynchronousProgress<LabProgress>(_ => { }), CancellationToken.None);

    private static ExperimentSpec Spec(string kind) => TestData.Spec(kind, kind, samples: 2) with { Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task The_container_experiments_measure_on_the_registered_engine_and_record_it()
    {
        var report = await RunAsync(Spec("container-start"), Spec("container-exec"), Spec("container-kernel"), Spec("container-idle-memory"));

        Assert.All(report.Experiments, e => Assert.Equal(RunOutcome.Measured, e.Outcome));
        Assert.Equal([report.RunId, report.RunId, report.RunId, report.RunId], _engine.RunsOpened);
        // warm-up 1 + 2 samples each: true, uname -r, and an idle container per memory sample plus the one exec enters
        Assert.Equal(3, _engine.CommandsRun.Count(c => c == "true"));
        Assert.Equal(3, _engine.CommandsRun.Count(c => c == "uname -r"));
        Assert.Equal(3, _engine.CommandsRun.Count(c => c == $"exec {CpuWorkload.HostBusybox} true"));
        foreach (var run in report.Experiments)
        {
            var result = run.Result!;
            Assert.Equal([HostProcessEngine.RuntimeName], result.Runtimes);
            Assert.Equal("host processes 1.0", result.Provenance.Runtimes[HostProcessEngine.RuntimeName]["container_engine"]);
            Assert.All(result.Metrics.Values, m => Assert.All(m.Samples, s => Assert.True(s >= 0)));
        }
        var start = report.Experiments.Single(e => e.Id == "container-start").Result!;
        Assert.Equal($"host-busybox:{report.RunId}", start.Facts["image"]);
        Assert.Equal("none (host processes)", start.Facts["confinement"]);
        Assert.Equal($"{CpuWorkload.HostBusybox} true", start.EquivalentCommand);
        var kernel = report.Experiments.Single(e => e.Id == "container-kernel").Result!;
        Assert.Equal("true", kernel.Facts["same_kernel"]);
        Assert.True(report.Experiments.Single(e => e.Id == "container-idle-memory").Result!.Metrics["memory_bytes"].Summary.Median > 0);
        Assert.Empty(await _engine.FindRunLeftoversAsync(report.RunId, CancellationToken.None));
    }

    [Fact]
    public async Task Lab_clean_and_the_leftover_wait_reach_the_registered_engine()
    {
        // What `lab clean` walks (the catalogue's runtimes that clean) and what the runner asks before each experiment.
        var engine = Assert.Single(_catalogue.Runtimes.OfType<ICleansLeftovers>(), r => r is HostProcessEngine);
        Assert.Contains(_catalogue.Runtimes.OfType<IFindsRunLeftovers>(), r => r is HostProcessEngine);
        await using var bench = await _engine.OpenBenchAsync("run-1", CancellationToken.None);
        await bench.StartIdleAsync(SandboxLimits.Default, CancellationToken.None);
        Assert.Single(await _engine.FindRunLeftoversAsync("run-1", CancellationToken.None));

        var removed = await engine.CleanLeftoversAsync(CancellationToken.None);

        Assert.Contains("(run run-1)", Assert.Single(removed));
        Assert.Empty(await _engine.FindRunLeftoversAsync("run-1", CancellationToken.None));
    }

    [Fact]
    public void Container_kinds_require_the_registered_engine_by_its_name()
    {
        Assert.Equal([HostProcessEngine.RuntimeName], _catalogue.Experiment("container-start")!.RequiredRuntimes);
        Assert.Equal("qemu", Assert.Single(_catalogue.Experiment("vm-boot")!.RequiredRuntimes));
        Assert.DoesNotContain(_catalogue.Runtimes, r => r.Name == "docker");
    }
}
