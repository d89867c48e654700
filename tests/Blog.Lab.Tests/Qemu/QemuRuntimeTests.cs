using Blog.Lab.Runtimes.Qemu;

namespace Blog.Lab.Tests.Qemu;

public sealed class QemuRuntimeTests
{
    [Fact]
    public async Task A_missing_qemu_binary_is_reported_with_what_to_install()
    {
        var runtime = new QemuRuntime(new QemuOptions { Binary = "/nonexistent/qemu-system-x86_64" });

        var probe = await runtime.ProbeAsync(CancellationToken.None);

        Assert.False(probe.Available);
        Assert.Contains("install qemu-system-x86", probe.Message);
        Assert.Contains("/nonexistent/qemu-system-x86_64", probe.Message);
    }
}
