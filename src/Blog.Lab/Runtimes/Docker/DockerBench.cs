using System.Net;
using Blog.Lab.Runtimes.Containers;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// Docker's <see cref="IContainerCommands"/>: the <c>docker</c> CLI, on the lab's busybox image under a fixed tag
/// and, for <c>docker exec</c>, one idle container with a fixed name. <see cref="PrepareAsync"/> makes sure both
/// exist; they are shared by design between commands and runs, carry the lab's label, and <c>lab clean</c> removes them.
/// </summary>
public sealed class DockerBench : IContainerCommands
{
    public const string RunId = "bench";
    public const string IdleContainerName = "blog-lab-bench";
    public static string Image => BusyboxImage.Tag(RunId);

    public static DockerBench Instance { get; } = new();

    private DockerBench() { }

    /// <summary><c>docker run</c> with the lab's confinement, on the bench image (<c>--rm</c>, or <c>-d</c> when detached).</summary>
    public string Run(SandboxLimits limits, string command, bool detach = false) =>
        $"docker run {(detach ? "-d" : "--rm")} {LabSandbox.DockerRunFlags(limits)} {Image} {command}";

    public string Exec(string command) => $"docker exec {IdleContainerName} {command}";

    public string MemoryUsage(string container) => $"docker stats --no-stream --format '{{{{.MemUsage}}}}' {container}";

    public string Remove(string containers) => $"docker rm -f {containers} >/dev/null";

    public string InspectImage() => $"docker image inspect -f '{{{{.Size}}}} bytes, {{{{len .RootFS.Layers}}}} layer(s)' {Image}";

    public string Confinement(SandboxLimits limits) => LabSandbox.DockerRunFlags(limits);

    /// <summary>Builds the bench image unless it exists; with <paramref name="idleContainer"/>, also starts the idle container.</summary>
    public static async Task PrepareAsync(DockerRuntime runtime, bool idleContainer, CancellationToken cancellationToken)
    {
        using var docker = await runtime.OpenAsync(cancellationToken);
        var image = new LabImage(docker, Image);
        if (!await ExistsAsync(() => image.InspectAsync(cancellationToken)))
            await BusyboxImage.BuildAsync(docker, RunId, cancellationToken); // kept on purpose: not disposed
        if (!idleContainer) return;

        var state = await StateAsync(docker, cancellationToken);
        if (state == true) return;
        if (state == false) // exited (its hour is over): make room for its name
            await docker.CallAsync($"remove {IdleContainerName}", (c, ct) => c.Containers.RemoveContainerAsync(
                IdleContainerName, new ContainerRemoveParameters { Force = true }, ct), cancellationToken);
        var idle = await LabContainer.CreateAsync(docker,
            new LabContainerSpec(Image, IdleContainer.Command, SandboxLimits.Default, IdleContainerName), RunId, cancellationToken);
        await idle.StartAsync(cancellationToken); // kept on purpose: not disposed
    }

    /// <summary>Whether the idle container runs; null when there is none.</summary>
    private static async Task<bool?> StateAsync(DockerSession docker, CancellationToken cancellationToken)
    {
        bool? running = null;
        await ExistsAsync(async () => running = (await docker.CallAsync($"inspect {IdleContainerName}",
            (c, ct) => c.Containers.InspectContainerAsync(IdleContainerName, ct), cancellationToken)).State?.Running == true);
        return running;
    }

    private static async Task<bool> ExistsAsync(Func<Task> inspect)
    {
        try
        {
            await inspect();
            return true;
        }
        catch (DockerApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
