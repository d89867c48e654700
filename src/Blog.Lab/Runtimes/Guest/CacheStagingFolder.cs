namespace Blog.Lab.Runtimes.Guest;

/// <summary>
/// A temporary folder inside the lab cache, removed when disposed (also on failure and cancellation). Things are
/// built here and then moved into place in one rename, so the cache never holds a half-written kernel or image,
/// and two labs building the same thing at once both end with a complete copy.
/// </summary>
public sealed class CacheStagingFolder : IDisposable
{
    private CacheStagingFolder(string path) => Path = path;

    public string Path { get; }

    public static CacheStagingFolder Create(string cacheDirectory)
    {
        var path = System.IO.Path.Combine(cacheDirectory, ".staging", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new CacheStagingFolder(path);
    }

    /// <summary>Moves a finished file or folder to <paramref name="target"/>; if another lab got there first, keeps theirs.</summary>
    public static void Publish(string source, string target)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
        try
        {
            if (Directory.Exists(source)) Directory.Move(source, target);
            else File.Move(source, target, overwrite: false);
        }
        catch (IOException) when (Directory.Exists(target) || File.Exists(target))
        {
            // Same inputs, same bytes: the other copy serves as well.
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
