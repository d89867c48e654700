using Blog.Lab.Experiments;
using Blog.Lab.Results;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;
using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Qemu;

/// <summary>
/// The VM experiments, on QEMU registered through <see cref="LabEngines"/> as the lab registers it, still write what the
/// committed results in <c>input/_lab/results</c> hold: the same equivalent commands (with the accelerator detected
/// here), and for a boot, an idle VM and the image sizes, the same metric names, units and descriptions and facts.
/// </summary>
[Collection(QemuCollection.Name)]
public sealed class CommittedVmResultsTests(QemuFixture qemu) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("blog-lab-qemu-test-").FullName;
    private readonly ExperimentCatalogue _catalogue = LabCatalogue.Create(new LabEngines(DockerEngines.FromEnvironment(), qemu.Runtime));

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private async Task<IReadOnlyList<(ExperimentSpec Spec, LabResult Result)>> CommittedVmsAsync() =>
        [.. (await CommittedLab.LoadAsync(_catalogue)).Where(c => c.Spec.Kind.StartsWith("vm-", StringComparison.Ordinal))];

    /// <summary>The committed results were measured under TCG; a machine with working KVM writes its own accelerator.</summary>
    private string Here(string command) => command.Replace("-accel tcg", $"-accel {qemu.Host.Accelerator.Name}");

    [Fact]
    public async Task Every_VM_spec_writes_its_committed_equivalent_command()
    {
        var committed = await CommittedVmsAsync();

        Assert.Equal(6, committed.Count);
        foreach (var (spec, result) in committed)
            Assert.Equal(Here(result.EquivalentCommand!), _catalogue.EquivalentCommand(spec));
    }

    [Theory]
    [InlineData("vm-boot")]
    [InlineData("vm-idle-memory")]
    [InlineData("vm-image-size")]
    public async Task A_VM_experiment_writes_the_metrics_and_facts_its_committed_result_has(string id)
    {
        var (spec, result) = (await CommittedVmsAsync()).Single(c => c.Spec.Id == id);

        var outcome = await _catalogue.Experiment(spec.Kind)!.RunAsync(spec with { Samples = 1, Warmup = 0 },
            new LabContext(QemuFixture.NewRunId(), _work, new Progress<SampleProgress>()), CancellationToken.None);

        // What this machine boots under and from: the lab cache may hold a newer Debian kernel than the committed run had.
        CommittedLab.AssertShapedLike(result, outcome, description => description
            .Replace("TCG (software emulation)", qemu.Host.Accelerator.Label)
            .Replace(result.Facts["guest_kernel_package"], outcome.Facts["guest_kernel_package"]));
        Assert.Equal(result.Facts["memory_mib"], outcome.Facts["memory_mib"]);
    }
}
