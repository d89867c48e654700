using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Runtimes.VirtualMachines;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// The kernel a VM runs is its own: <c>uname -r</c> inside the guest against the host's. Each boot counts 1 in
/// <c>kernel_differs</c> when the two differ (a container would count 0: it shares the host's kernel).
/// </summary>
public sealed class VmGuestKernelExperiment(IVmHost host) : VmExperiment(host)
{
    public override string Kind => "vm-guest-kernel";

    public override string? EquivalentCommand(ExperimentSpec spec) =>
        Host.EquivalentScript(VmParameters.Of(spec).MemoryMib, AfterBoot.PowerOff, line => $"{line} | grep {GuestInit.KernelMarker}; uname -r");

    public override async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await Host.DescribeAsync(cancellationToken);
        var hostKernel = (await File.ReadAllTextAsync("/proc/sys/kernel/osrelease", cancellationToken)).Trim();
        var boot = Boot(context, parameters, AfterBoot.PowerOff);
        var seen = await new Sampler(spec, context).CollectAsync(async ct =>
        {
            await using var vm = await Host.BootAsync(boot, ct);
            return vm.Boot.GuestKernel;
        }, cancellationToken);

        var facts = VmFacts.Of(host, parameters);
        facts["guest_kernel"] = string.Join(", ", seen.Distinct());
        facts["host_kernel"] = hostKernel;
        return Outcome.Single("kernel_differs", "count", seen.Select(k => k == hostKernel ? 0.0 : 1.0).ToList(),
            VmFacts.Describe(host, "1 when uname -r in the guest differs from the host's"), facts);
    }
}
