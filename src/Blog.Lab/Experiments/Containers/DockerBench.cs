using System.Net;
using Blog.Lab.Runtimes.Docker;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// What the container experiments' equivalent shell commands (<see cref="IExperiment.EquivalentCommand"/>)
/// run on: the lab's busybox image under a fixed tag and, for <c>docker exec</c>, one idle container with a
/// fixed name. <see cref="PrepareAsync"/> makes sure both exist; they are shared by design between
/// commands and runs, carry the lab's label, and <c>lab clean</c> removes them.
/// </summary>
public static class DockerBench
{
    public const string RunId = "bench";
    public const string IdleContainer = "blog-lab-bench";
    public static string Image => BusyboxImage.Tag(RunId);

    /// <summary><c>docker run</c> with the lab's confinement, on the bench image (<c>--rm</c>, or <c>-d</c> when detached).</summary>
    public static string Run(SandboxLimits limits, string command, bool detach = false) =>
        $"docker run {(detach ? "-d" : "--rm")} {LabSandbox.DockerRunFlags(limits)} {Image} {command}";

    /// <summary>A shell word holding <paramref name="text"/> as is.</summary>
    public static string Quote(string text) => "'" + text.Replace("'", "'\\''") + "'";

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
            await docker.CallAsync($"remove {IdleContainer}", (c, ct) => c.Containers.RemoveContainerAsync(
                IdleContainer, new ContainerRemoveParameters { Force = true }, ct), cancellationToken);
        var idle = await LabContainer.CreateAsync(docker,
            new LabContainerSpec(Image, ContainerWorkbench.IdleCommand, SandboxLimits.Default, IdleContainer), RunId, cancellationToken);
        await idle.StartAsync(cancellationToken); // kept on purpose: not disposed
    }

    /// <summary>Whether the idle container runs; null when there is none.</summary>
    private static async Task<bool?> StateAsync(DockerSession docker, CancellationToken cancellationToken)
    {
        bool? running = null;
        await ExistsAsync(async () => running = (await docker.CallAsync($"inspect {IdleContainer}",
            (c, ct) => c.Containers.InspectContainerAsync(IdleContainer, ct), cancellationToken)).State?.Running == true);
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
