using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Runtimes.Docker;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;

namespace Blog.Lab.Tests.Docker;

/// <summary>
/// The lab's policy applied to create parameters another client builds: Testcontainers starts the lab's image
/// with <see cref="LabSandbox.Apply"/> and the engine records the run's labels and limits. The confinement seen
/// from inside a container the lab itself creates is checked in Isolation/ContainerIsolationTests.
/// </summary>
public class LabSandboxTests : DockerTest
{
    private static readonly SandboxLimits Limits = new(32L * 1024 * 1024, 8);

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
