using Docker.DotNet;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>An image the lab built; disposing it removes it (with a fresh token, also after a cancelled run).</summary>
public sealed class LabImage(DockerSession docker, string tag) : IAsyncDisposable
{
    public string Tag { get; } = tag;
    public string Id { get; private set; } = "";
    /// <summary>The image's size as the engine reports it (the uncompressed layers).</summary>
    public long SizeBytes { get; private set; }
    public IReadOnlyList<string> Layers { get; private set; } = [];

    internal async Task LoadAsync(CancellationToken cancellationToken)
    {
        var inspect = await docker.CallAsync($"inspect image {Tag}", (c, ct) => c.Images.InspectImageAsync(Tag, ct), cancellationToken);
        Id = inspect.ID;
        SizeBytes = inspect.Size;
        Layers = inspect.RootFS?.Layers?.ToList() ?? [];
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await docker.CleanupAsync($"remove image {Tag}", (c, ct) =>
                c.Images.DeleteImageAsync(Tag, new ImageDeleteParameters { Force = true }, ct));
        }
        catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // never built, or already removed
        }
    }
}
