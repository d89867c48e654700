using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Qemu.Guest;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// Host memory an idle VM holds: VmRSS of the QEMU process once the guest reached userspace, idles in
/// <c>read</c> and was left alone for <c>settle</c>. It counts guest RAM the guest touched plus QEMU's own
/// (under TCG, also its translation cache), so it is what the host really gives up per VM.
/// </summary>
public sealed class VmIdleMemoryExperiment(QemuRuntime qemu) : IExperiment, IPreparesWorkFiles
{
    public string Kind => "vm-idle-memory";
    public ExperimentWeight Weight => ExperimentWeight.Heaviest;
    public IReadOnlyList<string> RequiredRuntimes => [RuntimeNames.Qemu];

    public string? EquivalentCommand(ExperimentSpec spec)
    {
        var parameters = VmParameters.Of(spec);
        var console = $"\"{IPreparesWorkFiles.Placeholder}/console\"";
        return VmWorkFiles.Script(qemu, parameters, AfterBoot.Idle, line =>
            $"{line} > {console} & " +
            $"until grep -q {GuestInit.UserspaceMarker} {console}; do sleep 0.05; done; " +
            $"sleep {parameters.Settle.TotalSeconds:0.###}; grep VmRSS /proc/$!/status; kill $!");
    }

    public Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken) =>
        VmWorkFiles.PrepareAsync(qemu, directory, cancellationToken);

    public async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await qemu.HostAsync(cancellationToken);
        var launch = host.Launch(context.RunId, parameters.MemoryMib, AfterBoot.Idle);
        var samples = await new Sampler(spec, context).CollectAsync(async ct =>
        {
            await using var vm = await GuestVm.BootAsync(launch, parameters.BootTimeout, ct);
            await Task.Delay(parameters.Settle, ct);
            return await vm.ResidentBytesAsync(ct);
        }, cancellationToken);

        var facts = VmFacts.Of(host, parameters);
        facts["settle_ms"] = parameters.Settle.TotalMilliseconds.ToString();
        return Outcome.Single("rss_bytes", "bytes", samples,
            VmFacts.Describe(host, $"VmRSS of an idle QEMU process with a {parameters.MemoryMib} MiB guest"), facts);
    }
}
