using System.Diagnostics;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>One container run to its exit, timed by phase (by the lab's clock), and how it ended.</summary>
public sealed record ContainerRunResult(
    TimeSpan Create, TimeSpan Start, TimeSpan CreateToExit, TimeSpan Remove, ContainerExit Exit, ContainerOutput Output)
{
    /// <summary>Create to removed: what <c>docker run --rm</c> takes, less the CLI's own work.</summary>
    public TimeSpan Total => CreateToExit + Remove;
}

/// <summary>create → start → wait for exit → read exit state and output → remove: <c>docker run --rm</c> through the API.</summary>
public static class ContainerRun
{
    public static async Task<ContainerRunResult> RunAsync(
        DockerSession docker, LabContainerSpec spec, string runId, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var container = await LabContainer.CreateAsync(docker, spec, runId, cancellationToken);
        ContainerExit exit;
        ContainerOutput output;
        TimeSpan created, started, exited;
        try
        {
            created = clock.Elapsed;
            await container.StartAsync(cancellationToken);
            started = clock.Elapsed;
            var code = await container.WaitAsync(cancellationToken);
            exited = clock.Elapsed;
            exit = await container.InspectExitAsync(cancellationToken);
            output = await container.OutputAsync(code, cancellationToken);
        }
        catch
        {
            await container.DisposeAsync();
            throw;
        }
        var removing = clock.Elapsed;
        await container.DisposeAsync();
        return new ContainerRunResult(created, started - created, exited, clock.Elapsed - removing, exit, output);
    }
}
