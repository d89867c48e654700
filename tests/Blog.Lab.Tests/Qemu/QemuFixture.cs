using Blog.Lab.Runtimes.Qemu;
using Blog.Lab.Runtimes.Guest;

namespace Blog.Lab.Tests.Qemu;

/// <summary>
/// One QEMU runtime for all QEMU tests: the guest is assembled (or found in the lab cache) and the accelerator
/// detected once, because each real boot costs seconds under TCG. The tests run one after another.
/// </summary>
public sealed class QemuFixture : IAsyncLifetime
{
    public QemuRuntime Runtime { get; } = new();
    public QemuHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await Runtime.HostAsync(CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The lab's kernel with another <c>/init</c>, for guests that misbehave on purpose.</summary>
    public async Task<VmLaunch> LaunchWithInitAsync(string initScript, string runId)
    {
        var image = await new GuestImageBuilder(Runtime.Options.CacheDirectory, Runtime.Options.Busybox)
            .BuildAsync(initScript, CancellationToken.None);
        return new VmLaunch(Host.Binary, image.KernelPath, image.InitramfsPath, Host.Accelerator.Name, LabVmName.For(runId));
    }

    public static string NewRunId() => "test-" + Guid.NewGuid().ToString("N")[..10];
}

[CollectionDefinition(Name)]
public sealed class QemuCollection : ICollectionFixture<QemuFixture>
{
    public const string Name = "qemu";
}

/// <summary>Looks at /proc directly (not through the lab's own sweep code) for processes whose command line names a VM.</summary>
public static class HostProcesses
{
    public static IReadOnlyList<int> WithArgument(string argument) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => (Pid: int.TryParse(Path.GetFileName(d), out var p) ? p : -1, Dir: d))
            .Where(x => x.Pid > 0 && ReadArgv(x.Dir).Contains(argument))
            .Select(x => x.Pid)
            .ToList();

    private static string[] ReadArgv(string dir)
    {
        try { return File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0'); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }
}
