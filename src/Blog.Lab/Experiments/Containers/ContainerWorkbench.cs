using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What every container experiment works with during one run: a session with the engine and the run's
/// busybox image. <see cref="RunAsync"/> opens both and removes the image afterwards, whatever happens.
/// </summary>
public sealed record ContainerWorkbench(DockerSession Docker, LabImage Image, string RunId)
{
    public static async Task<ExperimentOutcome> RunAsync(
        DockerRuntime runtime, LabContext context,
        Func<ContainerWorkbench, CancellationToken, Task<ExperimentOutcome>> measure, CancellationToken cancellationToken)
    {
        using var docker = await runtime.OpenAsync(cancellationToken);
        await using var image = await BusyboxImage.BuildAsync(docker, context.RunId, cancellationToken);
        try
        {
            return await measure(new ContainerWorkbench(docker, image, context.RunId), cancellationToken);
        }
        finally
        {
            await new LabCleaner(docker).RemoveContainersAsync(context.RunId);
        }
    }

    /// <summary>A confined container of the run's image running busybox applet <paramref name="command"/>.</summary>
    public LabContainerSpec Container(SandboxLimits limits, IReadOnlyList<string> command) => new(Image.Tag, command, limits);

    public Task<ContainerRunResult> RunToExitAsync(SandboxLimits limits, IReadOnlyList<string> command, CancellationToken cancellationToken) =>
        ContainerRun.RunAsync(Docker, Container(limits, command), RunId, cancellationToken);

    /// <summary>Creates and starts a container that idles (busybox sleep); dispose it to remove it.</summary>
    public async Task<LabContainer> StartIdleAsync(SandboxLimits limits, CancellationToken cancellationToken)
    {
        var container = await LabContainer.CreateAsync(Docker, Container(limits, IdleCommand), RunId, cancellationToken);
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

    /// <summary>Long enough to outlive any sample; the lab removes the container long before.</summary>
    public static IReadOnlyList<string> IdleCommand => ["sleep", "3600"];
}
