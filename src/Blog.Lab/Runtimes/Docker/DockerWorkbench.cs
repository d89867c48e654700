using Blog.Lab.Runtimes.Containers;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// Docker's <see cref="IContainerBench"/>: a session with the engine and the run's busybox image. Disposing it removes
/// the run's containers (also one the engine created after the run's token fired), then the image, then the session.
/// </summary>
public sealed class DockerWorkbench(DockerSession docker, LabImage image, string runId) : IContainerBench
{
    /// <summary>Opens a session and builds the run's image; a failure on the way closes what was opened.</summary>
    public static async Task<DockerWorkbench> OpenAsync(DockerRuntime runtime, string runId, CancellationToken cancellationToken)
    {
        var docker = await runtime.OpenAsync(cancellationToken);
        try
        {
            return new DockerWorkbench(docker, await BusyboxImage.BuildAsync(docker, runId, cancellationToken), runId);
        }
        catch
        {
            docker.Dispose();
            throw;
        }
    }

    public ContainerHost Host => new(docker.Endpoint.ToString(), docker.Endpoint.IsLocal, docker.Engine.KernelVersion, docker.Engine.MemoryBytes);
    public string ImageTag => image.Tag;
    public string ImageRecipe => BusyboxImage.Dockerfile;

    public Task<ImageShape> InspectImageAsync(CancellationToken cancellationToken) => image.InspectAsync(cancellationToken);

    /// <summary>A confined container of the run's image running busybox applet <paramref name="command"/>.</summary>
    private LabContainerSpec Container(SandboxLimits limits, IReadOnlyList<string> command) => new(image.Tag, command, limits);

    public Task<ContainerRunResult> RunToExitAsync(SandboxLimits limits, IReadOnlyList<string> command, CancellationToken cancellationToken) =>
        ContainerRun.RunAsync(docker, Container(limits, command), runId, cancellationToken);

    /// <summary>Creates and starts a container that idles (busybox sleep); dispose it to remove it.</summary>
    public async Task<LabContainer> StartIdleAsync(SandboxLimits limits, CancellationToken cancellationToken)
    {
        var container = await LabContainer.CreateAsync(docker, Container(limits, IdleContainer.Command), runId, cancellationToken);
        try
        {
            await container.StartAsync(cancellationToken);
            return container;
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }
    }

    async Task<IRunningContainer> IContainerBench.StartIdleAsync(SandboxLimits limits, CancellationToken cancellationToken) =>
        await StartIdleAsync(limits, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await new LabCleaner(docker).RemoveContainersAsync(runId);
        }
        finally
        {
            try
            {
                await image.DisposeAsync();
            }
            finally
            {
                docker.Dispose();
            }
        }
    }
}
