using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Qemu.Guest;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// Boot to userspace: wall time from starting QEMU to the guest's first userspace line on the serial console,
/// and the guest kernel's own uptime at that moment (the rest is firmware, kernel loading and decompression).
/// </summary>
public sealed class VmBootExperiment(QemuRuntime qemu) : IExperiment, IPreparesWorkFiles
{
    public string Kind => "vm-boot";
    public ExperimentWeight Weight => ExperimentWeight.Heaviest;
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Qemu];

    /// <summary>QEMU with a guest that powers off right after the marker: it runs a few milliseconds past it.</summary>
    public string? EquivalentCommand(ExperimentSpec spec) =>
        VmWorkFiles.Command(qemu, VmParameters.Of(spec), AfterBoot.PowerOff);

    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        VmWorkFiles.PrepareAsync(qemu, directory, cancellationToken);

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await qemu.HostAsync(cancellationToken);
        var launch = host.Launch(context.RunId, parameters.MemoryMib, AfterBoot.PowerOff);
        var boots = await new Sampler(spec, context).CollectAsync(async ct =>
        {
            await using var vm = await GuestVm.BootAsync(launch, parameters.BootTimeout, ct);
            return vm.Boot;
        }, cancellationToken);

        return new ExperimentOutcome(
            new Dictionary<string, MetricSamples>
            {
                ["boot_ms"] = new("ms", boots.Select(b => b.WallToUserspace.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, "wall time from starting QEMU to the guest's first userspace line")),
                ["guest_uptime_ms"] = new("ms", boots.Select(b => b.GuestUptime.TotalMilliseconds).ToList(),
                    VmFacts.Describe(host, "the guest kernel's own uptime when init spoke (10 ms steps)")),
            },
            VmFacts.Of(host, parameters));
    }
}
