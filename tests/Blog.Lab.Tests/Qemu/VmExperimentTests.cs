using Blog.Lab.Experiments;
using Blog.Lab.Experiments.VirtualMachines;
using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Qemu;

[Collection(QemuCollection.Name)]
public sealed class VmExperimentTests(QemuFixture qemu) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("blog-lab-qemu-test-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private LabContext Context(string runId) => new(runId, _work, new Progress<SampleProgress>());

    private static ExperimentSpec Spec(string kind, params (string, string)[] parameters) => new()
    {
        Id = kind + "-test",
        Kind = kind,
        Samples = 1,
        Warmup = 0,
        Timeout = TimeSpan.FromMinutes(2),
        Parameters = parameters.ToDictionary(p => p.Item1, p => p.Item2),
        SourcePath = "input/_lab/vms.yml",
        Line = 3,
        Column = 3,
    };

    [Fact]
    public async Task The_boot_experiment_measures_boot_time_labelled_with_the_accelerator_and_leaves_no_VM()
    {
        var runId = QemuFixture.NewRunId();

        var outcome = await new VmBootExperiment(qemu.Runtime).RunAsync(Spec("vm-boot"), Context(runId), CancellationToken.None);

        var boot = Assert.Single(outcome.Metrics["boot_ms"].Samples);
        // The guest's own uptime is not compared with it: under TCG on a loaded host the guest's clock drifts.
        Assert.InRange(boot, 1, TimeSpan.FromMinutes(2).TotalMilliseconds);
        Assert.Single(outcome.Metrics["guest_uptime_ms"].Samples);
        Assert.Equal(qemu.Host.Accelerator.Label, outcome.Facts["accelerator"]);
        Assert.EndsWith($"under {qemu.Host.Accelerator.Label}", outcome.Metrics["boot_ms"].Description);
        Assert.Empty(HostProcesses.WithArgument("blog-lab-" + runId));
    }

    [Fact]
    public async Task The_image_size_experiment_reports_the_bytes_of_the_kernel_and_initramfs_it_boots()
    {
        var outcome = await new VmImageSizeExperiment(qemu.Runtime)
            .RunAsync(Spec("vm-image-size"), Context(QemuFixture.NewRunId()), CancellationToken.None);

        Assert.Equal([new FileInfo(qemu.Host.Image.KernelPath).Length], outcome.Metrics["kernel_bytes"].Samples);
        Assert.Equal([new FileInfo(qemu.Host.Image.InitramfsPath).Length], outcome.Metrics["initramfs_bytes"].Samples);
    }

    [Fact]
    public async Task An_equivalent_command_boots_the_copied_guest_with_the_detected_accelerator()
    {
        var experiment = new VmBootExperiment(qemu.Runtime);
        var spec = Spec("vm-boot");
        await experiment.PrepareAsync(spec, _work, CancellationToken.None);

        var command = experiment.EquivalentCommand(spec)!;

        Assert.Contains($"-accel {qemu.Host.Accelerator.Name} ", command);
        Assert.Contains("-kernel \"$LAB_WORK/vmlinuz\" -initrd \"$LAB_WORK/initramfs.cpio.gz\"", command);
        Assert.Equal(File.ReadAllBytes(qemu.Host.Image.KernelPath), File.ReadAllBytes(Path.Combine(_work, "vmlinuz")));
        Assert.Equal(qemu.Host.Accelerator.Name, File.ReadAllText(Path.Combine(_work, "accelerator")).Trim());
    }

    [Fact]
    public void An_equivalent_command_asked_before_detection_reads_the_accelerator_prepared_beside_the_guest()
    {
        var command = new VmBootExperiment(new Blog.Lab.Runtimes.Qemu.QemuRuntime()).EquivalentCommand(Spec("vm-boot"))!;

        Assert.StartsWith("sh -c '", command);
        Assert.Contains("-accel \"$(cat $LAB_WORK/accelerator)\" ", command);
    }

    [Fact]
    public void Bad_VM_parameters_are_all_reported_at_the_spec_position()
    {
        var spec = Spec("vm-density", ("memory_mib", "lots"), ("instances", "1,x"), ("settle", "soon"));

        var error = Assert.Throws<SpecException>(() => VmParameters.Of(spec));

        Assert.Equal(3, error.Errors.Count);
        Assert.All(error.Errors, e => Assert.StartsWith("input/_lab/vms.yml:3:3: vm-density-test: parameter ", e.ToString()));
    }
}
