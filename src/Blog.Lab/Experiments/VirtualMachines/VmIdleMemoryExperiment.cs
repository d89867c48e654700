using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Runtimes.VirtualMachines;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// Host memory an idle VM holds: VmRSS of the QEMU process once the guest reached userspace, idles in
/// <c>read</c> and was left alone for <c>settle</c>. It counts guest RAM the guest touched plus QEMU's own
/// (under TCG, also its translation cache), so it is what the host really gives up per VM.
/// </summary>
public sealed class VmIdleMemoryExperiment(IVmHost host) : VmExperiment(host)
{
    public override string Kind => "vm-idle-memory";

    public override string? EquivalentCommand(ExperimentSpec spec)
    {
        var parameters = VmParameters.Of(spec);
        var console = $"\"{IPreparesWorkFiles.Placeholder}/console\"";
        return Host.EquivalentScript(parameters.MemoryMib, AfterBoot.Idle, line =>
            $"{line} > {console} & " +
            $"until grep -q {GuestInit.UserspaceMarker} {console}; do sleep 0.05; done; " +
            $"sleep {parameters.Settle.TotalSeconds:0.###}; grep VmRSS /proc/$!/status; kill $!");
    }

    public override async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await Host.DescribeAsync(cancellationToken);
        var boot = Boot(context, parameters, AfterBoot.Idle);
        var samples = await new Sampler(spec, context).CollectAsync(async ct =>
        {
            await using var vm = await Host.BootAsync(boot, ct);
            await Task.Delay(parameters.Settle, ct);
            return await vm.ResidentBytesAsync(ct);
        }, cancellationToken);

        var facts = VmFacts.Of(host, parameters);
        facts["settle_ms"] = parameters.Settle.TotalMilliseconds.ToString();
        return Outcome.Single("rss_bytes", "bytes", samples,
            VmFacts.Describe(host, $"VmRSS of an idle {host.Program} process with a {parameters.MemoryMib} MiB guest"), facts);
    }
}
