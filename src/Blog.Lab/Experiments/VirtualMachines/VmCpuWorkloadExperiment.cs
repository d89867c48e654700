using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Runtimes.VirtualMachines;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// The shared <see cref="CpuWorkload"/> inside a VM against the same loop natively: the guest runs the host's own
/// busybox binary, so only the virtualization differs. Each sample runs the loop natively, then boots a fresh
/// guest that runs it once and powers off (exactly the equivalent command, whose total time is
/// <c>boot_and_workload_ms</c>).
/// The loop is timed twice in the guest: by the guest's own clock, and by the host between the guest's start and
/// end lines on the console. Under TCG the guest's clock is calibrated against emulated timers and drifts when
/// the host is loaded, so the overhead ratio uses the host's view.
/// </summary>
public sealed class VmCpuWorkloadExperiment(IVmHost host) : VmExperiment(host)
{
    private static readonly ProcessCommand Native = new(CpuWorkload.HostBusybox, [.. CpuWorkload.Command().Skip(1)]);

    public override string Kind => "vm-cpu";

    public override IReadOnlyList<string> RequiredRuntimes => [Host.Name, RuntimeNames.Native];

    public override string? EquivalentCommand(ExperimentSpec spec) =>
        Host.EquivalentCommand(VmParameters.Of(spec).MemoryMib, AfterBoot.RunWorkloadThenPowerOff);

    public override async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await Host.DescribeAsync(cancellationToken);
        var boot = Boot(context, parameters, AfterBoot.RunWorkloadThenPowerOff);

        var samples = await new Sampler(spec, context).CollectAsync(async ct =>
        {
            var native = await ProcessClock.StartToExitAsync(Native, ct);
            await using var vm = await Host.BootAsync(boot, ct);
            var (guest, startToExit) = await vm.RunWorkloadToExitAsync(ct);
            return (Native: native, Guest: guest, Total: startToExit);
        }, cancellationToken);

        var facts = VmFacts.Of(host, parameters);
        facts["workload"] = CpuWorkload.ShellLine();
        facts["iterations"] = CpuWorkload.Iterations.ToString();
        return new ExperimentOutcome(
            new Dictionary<string, MetricSamples>
            {
                ["boot_and_workload_ms"] = new("ms", samples.Select(s => s.Total.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, $"{host.Program} start to exit: boot, the loop once, power off")),
                ["guest_workload_ms"] = new("ms", samples.Select(s => s.Guest.GuestClock.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, "the busybox loop in the guest, by the guest's clock (10 ms steps)")),
                ["guest_workload_host_observed_ms"] = new("ms", samples.Select(s => s.Guest.HostObserved.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, "the busybox loop in the guest, between its start and end lines as the host read them")),
                ["native_workload_ms"] = new("ms", samples.Select(s => s.Native).ToList(),
                    "the busybox loop natively on the host (process start to exit), before each guest run"),
                ["overhead_ratio"] = new("ratio", samples.Select(s => s.Guest.HostObserved.TotalMilliseconds / s.Native).ToList(),
                    VmFacts.Describe(host, "guest time (as the host saw it) / native time for the same loop")),
            },
            facts);
    }
}
