using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Qemu.Guest;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// The shared <see cref="CpuWorkload"/> inside a VM against the same loop natively: the guest runs the host's own
/// busybox binary, so only the virtualization differs. One VM is booted (outside the samples) and idles; each
/// sample runs the loop natively, then in the guest, and their ratio is the overhead of the accelerator.
/// The guest's time is by its own clock (under TCG QEMU's virtual clock follows the host's), and the time the
/// host saw between sending the command and reading the result is kept beside it as a cross-check.
/// </summary>
public sealed class VmCpuWorkloadExperiment(QemuRuntime qemu) : IExperiment, IPreparesWorkFiles
{
    private static readonly ProcessCommand Native = new(CpuWorkload.HostBusybox, [.. CpuWorkload.Command().Skip(1)]);

    public string Kind => "vm-cpu";
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Qemu, RuntimeNames.Native];

    /// <summary>Boots, runs the loop once and powers off: its time is boot to userspace plus one guest workload.</summary>
    public string? EquivalentCommand(ExperimentSpec spec) =>
        VmWorkFiles.Launch(qemu, VmParameters.Of(spec), AfterBoot.RunWorkloadThenPowerOff).ShellLine;

    public Task PrepareAsync(string directory, CancellationToken cancellationToken) =>
        VmWorkFiles.PrepareAsync(qemu, directory, cancellationToken);

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await qemu.HostAsync(cancellationToken);
        await using var vm = await GuestVm.BootAsync(
            host.Launch(context.RunId, parameters.MemoryMib, AfterBoot.AwaitCommands), parameters.BootTimeout, cancellationToken);

        var samples = await new Sampler(spec, context).CollectAsync(async ct =>
        {
            var native = await ProcessClock.StartToExitAsync(Native, ct);
            var guest = await vm.RunWorkloadAsync(ct);
            return (Native: native, Guest: guest);
        }, cancellationToken);

        var facts = VmFacts.Of(host, parameters);
        facts["workload"] = CpuWorkload.ShellLine();
        facts["iterations"] = CpuWorkload.Iterations.ToString();
        return new ExperimentOutcome(
            new Dictionary<string, MetricSamples>
            {
                ["guest_workload_ms"] = new("ms", samples.Select(s => s.Guest.GuestClock.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, "the busybox loop in the guest, by the guest's clock (10 ms steps)")),
                ["guest_workload_host_observed_ms"] = new("ms", samples.Select(s => s.Guest.HostObserved.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, "the same runs as the host saw them on the serial console")),
                ["native_workload_ms"] = new("ms", samples.Select(s => s.Native).ToList(),
                    "the busybox loop natively on the host, interleaved with the guest runs"),
                ["overhead_ratio"] = new("ratio", samples.Select(s => s.Guest.GuestClock.TotalMilliseconds / s.Native).ToList(),
                    VmFacts.Describe(host, "guest time / native time for the same loop")),
            },
            facts);
    }
}
