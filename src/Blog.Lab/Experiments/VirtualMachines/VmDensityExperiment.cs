using System.Diagnostics;
using Blog.Lab.Runtimes.Guest;
using Blog.Lab.Runtimes.VirtualMachines;
using Blog.Lab.Measurement;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.VirtualMachines;

/// <summary>
/// Density: k VMs started at once, for each k in <c>instances</c>: the time until all k reached userspace and
/// the host memory each holds once idle. A k whose VMs would not fit in half of the host's available memory
/// (guest RAM plus QEMU's own, per VM) is skipped and the fact says why; the machine is shared.
/// </summary>
public sealed class VmDensityExperiment(IVmHost host) : VmExperiment(host)
{
    /// <summary>QEMU's own memory beside the guest's RAM, generously (measured idle: well under this).</summary>
    private const long QemuOverheadMib = 256;

    public override string Kind => "vm-density";

    /// <summary>
    /// Starts the smallest k in the background (its <c>all_ready_ms</c> is the result's first metric, the one
    /// an independent timing is compared with), waits until every console shows the marker, kills them.
    /// </summary>
    public override string? EquivalentCommand(ExperimentSpec spec)
    {
        var parameters = VmParameters.Of(spec);
        var k = parameters.Instances.Min();
        var work = IPreparesWorkFiles.Placeholder;
        return Host.EquivalentScript(parameters.MemoryMib, AfterBoot.Idle, line =>
            $"for i in $(seq {k}); do {line} > \"{work}/console.$i\" & done; " +
            $"until [ \"$(grep -l {GuestInit.UserspaceMarker} \"{work}\"/console.* 2>/dev/null | wc -l)\" -ge {k} ]; do sleep 0.05; done; " +
            "kill $(jobs -p)");
    }

    public override async Task<ExperimentOutcome> RunAsync(ExperimentSpec spec, LabContext context, CancellationToken cancellationToken)
    {
        var parameters = VmParameters.Of(spec);
        var host = await Host.DescribeAsync(cancellationToken);
        var boot = Boot(context, parameters, AfterBoot.Idle);
        var facts = VmFacts.Of(host, parameters);
        var metrics = new Dictionary<string, MetricSamples>();
        var available = await MemAvailableMibAsync(cancellationToken);
        var perVm = parameters.MemoryMib + QemuOverheadMib;

        foreach (var k in parameters.Instances)
        {
            if (k * perVm > available / 2)
            {
                facts[$"k{k}_skipped"] = $"{k} VMs need about {k * perVm} MiB; half of MemAvailable is {available / 2} MiB";
                continue;
            }
            var samples = await new Sampler(spec with { Id = $"{spec.Id} k={k}" }, context)
                .CollectAsync(ct => StartTogetherAsync(boot, k, parameters, ct), cancellationToken);
            metrics[$"k{k}_all_ready_ms"] = new("ms", samples.Select(s => s.AllReady.TotalMilliseconds).ToList(),
                VmFacts.Describe(host, $"from starting {k} VMs at once until all {k} reached userspace"));
            metrics[$"k{k}_rss_per_instance_bytes"] = new("bytes", samples.Select(s => s.RssPerInstance).ToList(),
                VmFacts.Describe(host, $"mean VmRSS of one of {k} idle {host.Program} processes"));
        }
        facts["instances"] = string.Join(",", parameters.Instances);
        facts["mem_available_mib"] = available.ToString();
        return new ExperimentOutcome(metrics, facts);
    }

    private async Task<(TimeSpan AllReady, double RssPerInstance)> StartTogetherAsync(
        VmBoot launch, int k, VmParameters parameters, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var boots = Enumerable.Range(0, k).Select(_ => Host.BootAsync(launch, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(boots);
            var allReady = clock.Elapsed;
            await Task.Delay(parameters.Settle, cancellationToken);
            var rss = new List<double>();
            foreach (var boot in boots) rss.Add(await boot.Result.ResidentBytesAsync(cancellationToken));
            return (allReady, rss.Average());
        }
        finally
        {
            // Every VM that did boot is killed, also when another failed or the sample timed out.
            foreach (var boot in boots)
            {
                try { await (await boot).DisposeAsync(); }
                catch (Exception) when (!boot.IsCompletedSuccessfully) { /* it failed to boot and cleaned up itself */ }
            }
        }
    }

    private static async Task<long> MemAvailableMibAsync(CancellationToken cancellationToken)
    {
        // "MemAvailable:   24123456 kB"
        var line = (await File.ReadAllLinesAsync("/proc/meminfo", cancellationToken))
            .First(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal));
        return long.Parse(line["MemAvailable:".Length..].Trim().Split(' ')[0]) / 1024;
    }
}
