using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;

namespace Blog.Lab.Tests.Runtimes;

public class RuntimeProbeTests
{
    [Fact]
    public async Task The_JVM_probe_reports_the_installed_java_as_a_provenance_fact()
    {
        var probe = await new JvmRuntime().ProbeAsync(default);
        Assert.True(probe.Available, probe.Message);
        Assert.Matches(@"^\w+ 1[0-9]\.", probe.Facts[ProvenanceKeys.Java]);
    }

    [Fact]
    public async Task The_dotnet_probe_finds_the_tiny_program_built_beside_the_lab()
    {
        var probe = await new DotnetRuntime().ProbeAsync(default);
        Assert.True(probe.Available, probe.Message);
        Assert.Equal($".NET {Environment.Version}", probe.Facts[ProvenanceKeys.Dotnet]);
    }

    [Fact]
    public async Task The_native_probe_reports_the_kernel() =>
        Assert.Equal((await File.ReadAllTextAsync("/proc/sys/kernel/osrelease")).Trim(), (await new NativeRuntime().ProbeAsync(default)).Version);
}
