using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Tests.Docker;

namespace Blog.Lab.Tests.Isolation;

/// <summary>
/// The confinement of a lab container seen from inside it. The container is made exactly as the experiments make
/// theirs (the run's busybox image, <see cref="DockerWorkbench.StartIdleAsync"/>, so the lab's own create
/// parameters), then each test looks at one promise from within: no network but loopback, no capabilities, no
/// privilege gain, a read-only root, no Docker socket, and its limits in force.
/// </summary>
public sealed class ContainerIsolationTests : DockerTest
{
    private static readonly SandboxLimits Limits = new(32L * 1024 * 1024, 16);
    private const string NoCapabilities = "0000000000000000";

    [Fact]
    public async Task The_only_network_interface_is_loopback()
    {
        var (devices, classNet) = await InsideAsync(async (c, ct) =>
            (await c.ExecAsync(Busybox("cat", "/proc/net/dev"), ct), await c.ExecAsync(Busybox("ls", "/sys/class/net"), ct)));

        // /proc/net/dev: two header lines, then "  lo: 0 0 ..." per interface.
        Assert.Equal(["lo"], devices.StandardOutput.Split('\n').Skip(2).Where(l => l.Contains(':')).Select(l => l.Split(':')[0].Trim()));
        Assert.Equal("lo", classNet.StandardOutput.Trim());
    }

    [Theory]
    [InlineData("self")]
    [InlineData("1")]
    public async Task Every_capability_set_is_empty(string process)
    {
        var status = await StatusAsync(process);

        foreach (var set in new[] { "CapInh", "CapPrm", "CapEff", "CapBnd", "CapAmb" })
            Assert.Equal(NoCapabilities, status[set]);
    }

    [Theory]
    [InlineData("self")]
    [InlineData("1")]
    public async Task No_process_can_gain_privileges(string process)
    {
        var status = await StatusAsync(process);

        Assert.Equal("1", status["NoNewPrivs"]);
    }

    [Fact]
    public async Task The_root_filesystem_is_read_only_everywhere_a_process_could_write()
    {
        var (root, tmp, mounts) = await InsideAsync(async (c, ct) => (
            await c.ExecAsync(Busybox("touch", "/written"), ct),
            await c.ExecAsync(Busybox("touch", "/tmp/written"), ct),
            await c.ExecAsync(Busybox("cat", "/proc/mounts"), ct)));

        Assert.NotEqual(0, root.ExitCode);
        Assert.Contains("Read-only file system", root.StandardError);
        Assert.NotEqual(0, tmp.ExitCode);
        var rootMount = mounts.StandardOutput.Split('\n').Single(l => l.Split(' ') is [_, "/", ..]);
        Assert.StartsWith("ro,", rootMount.Split(' ')[3]);
    }

    [Fact]
    public async Task There_is_no_Docker_socket_to_reach_the_engine_from()
    {
        var (socket, runSocket, mounts) = await InsideAsync(async (c, ct) => (
            await c.ExecAsync(Busybox("ls", "/var/run/docker.sock"), ct),
            await c.ExecAsync(Busybox("ls", "/run/docker.sock"), ct),
            await c.ExecAsync(Busybox("cat", "/proc/mounts"), ct)));

        Assert.NotEqual(0, socket.ExitCode);
        Assert.Contains("No such file or directory", socket.StandardError);
        Assert.NotEqual(0, runSocket.ExitCode);
        Assert.DoesNotContain("docker.sock", mounts.StandardOutput);
    }

    [Fact]
    public async Task A_fork_bomb_is_stopped_at_the_pids_limit()
    {
        var (bomb, pids) = await InsideAsync(async (c, ct) =>
        {
            var bomb = await c.ExecAsync(Busybox("sh", "-c", "i=0; while [ $i -lt 200 ]; do sleep 600 & i=$((i+1)); done"), ct);
            var stats = await c.StatsAsync(ct);
            return (bomb, stats.PidsStats?.Current ?? 0);
        });

        Assert.NotEqual(0, bomb.ExitCode);
        Assert.Contains("can't fork", bomb.StandardError);
        Assert.InRange(pids, 2UL, (ulong)Limits.Pids);
    }

    [Fact]
    public async Task The_memory_and_pids_limits_are_the_ones_the_container_sees_in_its_cgroup()
    {
        var (memory, pids) = await InsideAsync(async (c, ct) => (
            await c.ExecAsync(Busybox("sh", "-c", "cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes"), ct),
            await c.ExecAsync(Busybox("sh", "-c", "cat /sys/fs/cgroup/pids.max 2>/dev/null || cat /sys/fs/cgroup/pids/pids.max"), ct)));

        Assert.Equal(Limits.MemoryBytes.ToString(), memory.StandardOutput.Trim());
        Assert.Equal(Limits.Pids.ToString(), pids.StandardOutput.Trim());
    }

    private static IReadOnlyList<string> Busybox(params string[] command) => [BusyboxImage.HostBusybox, .. command];

    /// <summary>The fields of /proc/PROCESS/status inside the container, by name.</summary>
    private async Task<IReadOnlyDictionary<string, string>> StatusAsync(string process)
    {
        var status = await InsideAsync((c, ct) => c.ExecAsync(Busybox("cat", $"/proc/{process}/status"), ct));
        return status.StandardOutput.Split('\n').Where(l => l.Contains(':'))
            .ToDictionary(l => l[..l.IndexOf(':')], l => l[(l.IndexOf(':') + 1)..].Trim());
    }

    /// <summary>Starts an idle lab container the lab's way, looks inside, and removes container and image.</summary>
    private async Task<T> InsideAsync<T>(Func<LabContainer, CancellationToken, Task<T>> look)
    {
        T seen;
        using (var docker = await Runtime.OpenAsync(TestTimeout))
        await using (var image = await BusyboxImage.BuildAsync(docker, RunId, TestTimeout))
        await using (var container = await new DockerWorkbench(docker, image, RunId).StartIdleAsync(Limits, TestTimeout))
            seen = await look(container, TestTimeout);
        await AssertNothingLeftAsync();
        return seen;
    }
}
