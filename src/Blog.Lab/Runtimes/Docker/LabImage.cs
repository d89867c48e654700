using Blog.Lab.Runtimes.Containers;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>An image the lab built; disposing it removes it (with a fresh token, also after a cancelled run).</summary>
public sealed class LabImage(DockerSession docker, string tag) : IAsyncDisposable
{
    public string Tag { get; } = tag;

    public async Task<ImageShape> InspectAsync(CancellationToken cancellationToken)
    {
        var inspect = await docker.CallAsync($"inspect image {Tag}", (c, ct) => c.Images.InspectImageAsync(Tag, ct), cancellationToken);
        return new ImageShape(inspect.ID, inspect.Size, inspect.RootFS?.Layers?.ToList() ?? []);
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
