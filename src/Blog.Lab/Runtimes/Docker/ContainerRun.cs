using System.Diagnostics;
using Blog.Lab.Runtimes.Containers;

namespace Blog.Lab.Runtimes.Docker;

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
