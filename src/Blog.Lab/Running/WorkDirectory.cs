namespace Blog.Lab.Running;

/// <summary>
/// A run's private temporary folder (mode 0700, named after the run so <c>lab clean</c> finds leftovers),
/// removed with everything in it when disposed: after success, failure or cancellation alike.
/// </summary>
public sealed class WorkDirectory : IDisposable
{
    public const string Prefix = "blog-lab-run-";

    private WorkDirectory(string path) => Path = path;

    public string Path { get; }

    public static WorkDirectory Create(string parent, string runId)
    {
        var path = System.IO.Path.Combine(parent, Prefix + runId);
        Directory.CreateDirectory(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return new WorkDirectory(path);
    }

    /// <summary>Removes every leftover work folder under <paramref name="parent"/>; returns the paths removed.</summary>
    public static IReadOnlyList<string> RemoveLeftovers(string parent)
    {
        if (!Directory.Exists(parent)) return [];
        var removed = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(parent, Prefix + "*"))
        {
            Directory.Delete(dir, recursive: true);
            removed.Add(dir);
        }
        return removed;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
