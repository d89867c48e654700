using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Blog.Site.Serving;

/// <summary>
/// Watches the source and theme folders and yields the changed paths in batches: a batch ends when the folders
/// have been quiet for <see cref="Quiet"/>, so an editor's save (write, rename, delete of a backup) or a
/// <c>git checkout</c> is one rebuild, not many. Dot-prefixed entries (editor swap files, the build's own staging
/// folders) and the destination are not watched: Jekyll does not read them. Folders starting with '_' are: the
/// site's own (_posts, _layouts...) and the lab's _lab/, whose results <c>lab run</c> writes as a dot-named temporary
/// file renamed into place (seen as the rename's new name). A folder inside another one watched is not watched twice;
/// a file given as a folder to watch is watched through its folder.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly IReadOnlyList<string> _roots;
    private readonly string _destination;

    public SourceWatcher(IEnumerable<string> folders, string destination, TimeSpan quiet)
    {
        var existing = folders.Select(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar))
            .Select(f => File.Exists(f) ? Path.GetDirectoryName(f)! : f).Where(Directory.Exists).Distinct(StringComparer.Ordinal).ToList();
        _roots = existing.Where(f => !existing.Any(other => f.StartsWith(other + Path.DirectorySeparatorChar, StringComparison.Ordinal))).ToList();
        _destination = Path.GetFullPath(destination).TrimEnd(Path.DirectorySeparatorChar);
        Quiet = quiet;
        foreach (var root in _roots)
        {
            var watcher = new FileSystemWatcher(root)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Post(e.FullPath);
            watcher.Created += (_, e) => Post(e.FullPath);
            watcher.Deleted += (_, e) => Post(e.FullPath);
            watcher.Renamed += (_, e) => { Post(e.OldFullPath); Post(e.FullPath); };
            // The kernel's queue overflowed: which files changed is unknown, so the batch says "the root".
            watcher.Error += (_, _) => _changes.Writer.TryWrite(root);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public TimeSpan Quiet { get; }

    /// <summary>The folders watched.</summary>
    public IReadOnlyList<string> Folders => _roots;

    /// <summary>Batches of changed paths (distinct, sorted), one per burst of changes.</summary>
    public async IAsyncEnumerable<IReadOnlyList<string>> BatchesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(cancellationToken))
        {
            var batch = new SortedSet<string>(StringComparer.Ordinal);
            while (true)
            {
                while (reader.TryRead(out var path)) batch.Add(path);
                using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                quiet.CancelAfter(Quiet);
                try
                {
                    if (!await reader.WaitToReadAsync(quiet.Token)) break;
                }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    break; // quiet for long enough: the burst is over
                }
            }
            yield return batch.ToList();
        }
    }

    private void Post(string path)
    {
        if (IsIgnored(path)) return;
        _changes.Writer.TryWrite(path);
    }

    private bool IsIgnored(string path)
    {
        if (path == _destination || path.StartsWith(_destination + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return true;
        var root = _roots.FirstOrDefault(r => path.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        if (root is null) return false;
        return Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.'));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _changes.Writer.TryComplete();
    }
}
