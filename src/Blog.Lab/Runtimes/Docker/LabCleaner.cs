using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>Containers and images the lab left on an engine (ids, and image tags where they have one).</summary>
public sealed record LabLeftovers(IReadOnlyList<string> Containers, IReadOnlyList<string> Images)
{
    public bool IsEmpty => Containers.Count == 0 && Images.Count == 0;
}

/// <summary>
/// Finds and removes what the lab left on an engine, by label: <c>lab clean</c> (every run) and the tests'
/// "nothing remains" checks (one run).
/// </summary>
public sealed class LabCleaner(DockerSession docker)
{
    /// <summary>Everything labelled <c>blog.lab</c>, or only run <paramref name="runId"/>'s.</summary>
    public async Task<LabLeftovers> FindAsync(string? runId, CancellationToken cancellationToken)
    {
        var filter = LabLabels.Filter(runId);
        var containers = await docker.CallAsync("list lab containers", (c, ct) =>
            c.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = filter }, ct), cancellationToken);
        // Top-level images only: a build's intermediate images carry the label too, and deleting one that has a
        // child fails ("image has dependent child images"); deleting the child removes its untagged parents anyway.
        var images = await docker.CallAsync("list lab images", (c, ct) =>
            c.Images.ListImagesAsync(new ImagesListParameters { All = false, Filters = filter }, ct), cancellationToken);
        return new LabLeftovers(
            containers.Select(c => c.ID).ToList(),
            images.Select(i => i.RepoTags?.FirstOrDefault(t => t != "<none>:<none>") ?? i.ID).ToList());
    }

    /// <summary>Force-removes every lab container (running or not), then every lab image; returns what it removed.</summary>
    public async Task<LabLeftovers> CleanAsync(string? runId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(runId, cancellationToken);
        var containers = new List<string>();
        foreach (var id in found.Containers)
            if (await RemovedAsync(() => docker.CallAsync($"remove container {id}", (c, ct) =>
                    c.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, ct),
                    cancellationToken)))
                containers.Add(id);
        var images = new List<string>();
        foreach (var image in found.Images)
            if (await RemovedAsync(() => docker.CallAsync($"remove image {image}", (c, ct) =>
                    c.Images.DeleteImageAsync(image, new ImageDeleteParameters { Force = true }, ct), cancellationToken)))
                images.Add(image);
        return new LabLeftovers(containers, images);
    }

    /// <summary>
    /// Force-removes run <paramref name="runId"/>'s containers with a fresh token: the backstop after a run, for
    /// a container the engine created after the run's token fired (its id never reached the lab).
    /// </summary>
    public async Task RemoveContainersAsync(string runId)
    {
        var found = await FindAsync(runId, CancellationToken.None);
        foreach (var id in found.Containers)
            await RemovedAsync(() => docker.CleanupAsync($"remove container {id}", (c, ct) =>
                c.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, ct)));
    }

    /// <summary>Something removed meanwhile (a run finishing its own cleanup) is not an error, and not ours to report.</summary>
    private static async Task<bool> RemovedAsync(Func<Task> remove)
    {
        try
        {
            await remove();
            return true;
        }
        catch (DockerApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
