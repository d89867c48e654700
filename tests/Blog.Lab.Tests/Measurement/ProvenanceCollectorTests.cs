using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;

namespace Blog.Lab.Tests.Measurement;

public class ProvenanceCollectorTests
{
    private static readonly RuntimeProbe Qemu = new("qemu", true, "7.2.0", "QEMU 7.2.0")
    {
        Facts = new Dictionary<string, string> { [ProvenanceKeys.Qemu] = "QEMU 7.2.0", [ProvenanceKeys.Accelerator] = "TCG (software emulation)" },
    };

    [Fact]
    public async Task The_machine_facts_come_from_this_machine()
    {
        var p = await new ProvenanceCollector().CollectAsync([], default);

        Assert.Equal(Environment.ProcessorCount, p.Cores);
        Assert.Equal((await File.ReadAllTextAsync("/proc/sys/kernel/osrelease")).Trim(), p.Kernel);
        Assert.Contains("Debian", p.Os);
        Assert.NotEqual("unknown", p.Cpu);
        Assert.True(p.MemoryBytes > 256L << 20);
    }

    [Fact]
    public async Task Runtime_facts_are_kept_per_runtime()
    {
        var p = await new ProvenanceCollector().CollectAsync([Qemu], default);
        Assert.Equal("TCG (software emulation)", p.Runtimes["qemu"][ProvenanceKeys.Accelerator]);
    }

    [Fact]
    public async Task An_unavailable_runtime_contributes_no_facts()
    {
        var p = await new ProvenanceCollector().CollectAsync([Qemu with { Available = false }], default);
        Assert.Empty(p.Runtimes);
    }

    [Fact]
    public async Task The_date_is_the_clock_s_in_UTC()
    {
        var clock = new FixedClock(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
        var p = await new ProvenanceCollector(clock).CollectAsync([], default);
        Assert.Equal("2026-01-02T03:04:05Z", p.Fields()["date"]);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
