using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Qemu.Guest;
using Blog.Lab.Measurement;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// The kernel a VM runs is its own: <c>uname -r</c> inside the guest against the host's. Each boot counts 1 in
/// <c>kernel_differs</c> when the two differ (a container would count 0: it shares the host's kernel).
/// </summary>
public sealed class VmGuestKernelExperiment(QemuRuntime qemu) : IExperiment, IPreparesWorkFiles
{
    public string Kind => "vm-guest-kernel";
    public ExperimentWeight Weight => ExperimentWeight.Heaviest;
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Qemu];

    public string? EquivalentCommand(ExperimentSpec spec) =>
        VmWorkFiles.Script(qemu, VmParameters.Of(spec), AfterBoot.PowerOff, line => $"{line} | grep {GuestInit.KernelMarker}; uname -r");

    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        VmWorkFiles.PrepareAsync(qemu, directory, cancellationToken);

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await qemu.HostAsync(cancellationToken);
        var hostKernel = (await File.ReadAllTextAsync("/proc/sys/kernel/osrelease", cancellationToken)).Trim();
        var launch = host.Launch(context.RunId, parameters.MemoryMib, AfterBoot.PowerOff);
        var seen = await new Sampler(spec, context).CollectAsync(async ct =>
        {
            await using var vm = await GuestVm.BootAsync(launch, parameters.BootTimeout, ct);
            return vm.Boot.GuestKernel;
        }, cancellationToken);

        var facts = VmFacts.Of(host, parameters);
        facts["guest_kernel"] = string.Join(", ", seen.Distinct());
        facts["host_kernel"] = hostKernel;
        return Outcome.Single("kernel_differs", "count", seen.Select(k => k == hostKernel ? 0.0 : 1.0).ToList(),
            VmFacts.Describe(host, "1 when uname -r in the guest differs from the host's"), facts);
    }
}
