using Blog.Lab.Runtimes.Docker;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace Blog.Lab.Tests.Docker;

/// <summary>
/// The confinement seen from inside: Testcontainers starts the lab's image with the lab's policy applied to
/// its create parameters, and each test looks at one limit from within the container.
/// </summary>
public class LabSandboxTests : DockerTest
{
    private static readonly SandboxLimits Limits = new(32L * 1024 * 1024, 8);

    [Fact]
    public async Task A_lab_container_has_no_network_interface_but_loopback()
    {
        var output = await InsideAsync("ls", "/sys/class/net");

        Assert.Equal("lo", output.Stdout.Trim());
    }

    [Fact]
    public async Task A_lab_container_has_no_effective_capabilities()
    {
        var output = await InsideAsync("grep", "CapEff", "/proc/self/status");

        Assert.Equal("CapEff:\t0000000000000000", output.Stdout.Trim());
    }

    [Fact]
    public async Task A_lab_container_cannot_gain_privileges()
    {
        var output = await InsideAsync("grep", "NoNewPrivs", "/proc/self/status");

        Assert.Equal("NoNewPrivs:\t1", output.Stdout.Trim());
    }

    [Fact]
    public async Task A_lab_container_cannot_write_its_root_filesystem()
    {
        var output = await InsideAsync("touch", "/written");

        Assert.NotEqual(0, output.ExitCode);
        Assert.Contains("Read-only file system", output.Stderr);
    }

    [Fact]
    public async Task A_lab_container_cannot_fork_past_its_pids_limit()
    {
        var output = await InsideAsync("sh", "-c", "for i in $(seq 20); do sleep 30 & done");

        Assert.NotEqual(0, output.ExitCode);
        Assert.Contains("can't fork", output.Stderr);
    }

    [Fact]
    public async Task A_lab_container_carries_the_runs_labels()
    {
        await using var image = await BuildImageAsync();
        await using var container = await StartAsync(image);
        using var docker = await Runtime.OpenAsync(TestTimeout);

        var inspect = await docker.Client.Containers.InspectContainerAsync(container.Id, TestTimeout);

        Assert.Equal("1", inspect.Config!.Labels["blog.lab"]);
        Assert.Equal(RunId, inspect.Config!.Labels["blog.lab.run"]);
        Assert.Equal(Limits.MemoryBytes, inspect.HostConfig!.Memory);
        Assert.Equal(Limits.Pids, inspect.HostConfig.PidsLimit);
    }

    private async Task<ExecResult> InsideAsync(params string[] command)
    {
        await using var image = await BuildImageAsync();
        await using var container = await StartAsync(image);
        return await container.ExecAsync(["/bin/busybox", .. command], TestTimeout);
    }

    private async Task<ImageLease> BuildImageAsync()
    {
        var docker = await Runtime.OpenAsync(TestTimeout);
        return new ImageLease(docker, await BusyboxImage.BuildAsync(docker, RunId, TestTimeout));
    }

    private async Task<IContainer> StartAsync(ImageLease image)
    {
        var container = new ContainerBuilder(image.Image.Tag)
            .WithCommand("sleep", "3600")
            .WithCreateParameterModifier(parameters => LabSandbox.Apply(parameters, Limits, RunId))
            .Build();
        await container.StartAsync(TestTimeout);
        return container;
    }

    /// <summary>The run's image and the session that built it, removed together.</summary>
    private sealed record ImageLease(DockerSession Docker, LabImage Image) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Image.DisposeAsync();
            Docker.Dispose();
        }
    }
}
