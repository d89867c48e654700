using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Runtimes.VirtualMachines;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// Boot to userspace: wall time from starting the VM to the guest's first userspace line on the serial console,
/// and the guest kernel's own uptime at that moment (the rest is firmware, kernel loading and decompression).
/// </summary>
public sealed class VmBootExperiment(IVmHost host) : VmExperiment(host)
{
    public override string Kind => "vm-boot";

    /// <summary>The VM with a guest that powers off right after the marker: it runs a few milliseconds past it.</summary>
    public override string? EquivalentCommand(ExperimentSpec spec) =>
        Host.EquivalentCommand(VmParameters.Of(spec).MemoryMib, AfterBoot.PowerOff);

    public override async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await Host.DescribeAsync(cancellationToken);
        var boot = Boot(context, parameters, AfterBoot.PowerOff);
        var boots = await new Sampler(spec, context).CollectAsync(async ct =>
        {
            await using var vm = await Host.BootAsync(boot, ct);
            return vm.Boot;
        }, cancellationToken);

        return new ExperimentOutcome(
            new Dictionary<string, MetricSamples>
            {
                ["boot_ms"] = new("ms", boots.Select(b => b.WallToUserspace.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, $"wall time from starting {host.Program} to the guest's first userspace line")),
                ["guest_uptime_ms"] = new("ms", boots.Select(b => b.GuestUptime.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, "the guest kernel's own uptime when init spoke (10 ms steps)")),
            },
            VmFacts.Of(host, parameters));
    }
}
