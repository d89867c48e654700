using System.Text.RegularExpressions;
using Blog.Lab.Experiments;
using Blog.Lab.Specs;
using Blog.Lab.Tests.Running;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Engines;

/// <summary>
/// The experiments behind their interfaces still write what the committed results in <c>input/_lab/results</c> hold:
/// the same kinds, runtimes and equivalent commands for every committed spec, and, for the process workloads (run here
/// once each), the same metric names, units and descriptions and the same facts.
/// </summary>
public sealed partial class CommittedResultsTests : IDisposable
{
    private readonly string _work = TestData.TemporaryDirectory();
    private readonly ExperimentCatalogue _catalogue = LabCatalogue.Create();

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static readonly string[] ProcessKinds =
        ["native-start", "native-idle-memory", "jvm-start", "jvm-idle-memory", "dotnet-start", "dotnet-idle-memory"];

    [Fact]
    public async Task Every_committed_spec_has_its_kind_runtimes_and_equivalent_command_as_committed()
    {
        var committed = await CommittedLab.LoadAsync(_catalogue);

        Assert.Equal(22, committed.Count);
        foreach (var (spec, result) in committed)
        {
            var experiment = _catalogue.Experiment(spec.Kind);
            Assert.NotNull(experiment);
            Assert.Equal(result.Runtimes, experiment.RequiredRuntimes);
            Assert.Equal(result.SpecHash, spec.Hash);
            // A VM command names the accelerator only once the host detected it: the committed ones were written after.
            if (spec.Kind.StartsWith("vm-", StringComparison.Ordinal) && spec.Kind != "vm-image-size") continue;
            Assert.Equal(WithoutBuildFolder(result.EquivalentCommand!), WithoutBuildFolder(_catalogue.EquivalentCommand(spec)!));
        }
    }

    [Fact]
    public async Task Each_process_workload_writes_the_metrics_and_facts_its_committed_result_has()
    {
        foreach (var (spec, result) in (await CommittedLab.LoadAsync(_catalogue)).Where(c => ProcessKinds.Contains(c.Spec.Kind)))
        {
            var once = spec with { Samples = 1, Warmup = 0 };
            var outcome = await _catalogue.Experiment(spec.Kind)!.RunAsync(
                once, new LabContext("test", _work, new SynchronousProgress<SampleProgress>(_ => { })), CancellationToken.None);

            CommittedLab.AssertShapedLike(result, outcome);
            Assert.Equal(result.Facts.OrderBy(f => f.Key), outcome.Facts.OrderBy(f => f.Key));
        }
    }

    /// <summary>The .NET program's path is where the solution was built: the committed one was built elsewhere.</summary>
    private static string WithoutBuildFolder(string command) => TinyDll().Replace(command, "dotnet BUILD/Blog.Lab.Tiny.dll");

    [GeneratedRegex(@"dotnet \S*/Blog\.Lab\.Tiny\.dll")]
    private static partial Regex TinyDll();
}
