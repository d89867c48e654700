using System.Collections.Concurrent;

namespace Blog.Site.Build;

/// <summary>
/// The build writes into a private folder beside the destination and swaps it in only when everything
/// succeeded, so a failed build leaves the previous site exactly as it was: a whole site (<see cref="Commit"/>), or
/// a rebuild's changed outputs (<see cref="Stage"/>, <see cref="MoveStagedInto"/>).
/// </summary>
public sealed class StagingFolder : IAsyncDisposable
{
    private readonly string _destination;
    // Whether the staged files are written into the files a previous rebuild left here (ForNextRebuild).
    private readonly bool _inPlace;
    private readonly ConcurrentDictionary<string, bool> _createdFolders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Name, string OutputPath)> _staged = new();
    private int _stagedCount;
    private bool _committed;

    private StagingFolder(string destination, string path, bool inPlace = false)
    {
        _destination = destination;
        Path = path;
        _inPlace = inPlace;
    }

    /// <summary>The staging folder's absolute path.</summary>
    public string Path { get; }

    public static StagingFolder Create(string destination)
    {
        var full = FullPath(destination);
        var parent = System.IO.Path.GetDirectoryName(full) ?? throw new ArgumentException($"destination {destination} has no parent folder");
        Directory.CreateDirectory(parent);
        RemoveAbandoned(parent, System.IO.Path.GetFileName(full));
        var staging = Beside(full, StagingInfix);
        Directory.CreateDirectory(staging);
        return new StagingFolder(full, staging);
    }

    private const string StagingInfix = ".staging-", PreviousInfix = ".previous-";

    /// <summary>A new folder name beside the destination, ".output.staging-1234-…": the infix, then the process that makes it.</summary>
    private static string Beside(string destination, string infix) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(destination)!,
            $".{System.IO.Path.GetFileName(destination)}{infix}{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// Deletes the staging folders, and the sites being replaced, that a build or a <c>serve</c> session killed before it
    /// could clean up left beside the destination (a session's staging folder lives as long as the session, and holds a
    /// version of each page). Each folder's name carries the process that made it: one whose process still runs is
    /// another build's, and is left alone.
    /// </summary>
    private static void RemoveAbandoned(string parent, string destinationName)
    {
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{destinationName}.*"))
        {
            if (MadeBy(System.IO.Path.GetFileName(folder).AsSpan(destinationName.Length + 1)) is not { } process || IsRunning(process)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another build removing it too, or a folder not ours to remove: the build goes on.
            }
        }
    }

    /// <summary>The process a staging folder's or a replaced site's name says made it (".staging-1234-…"), or null.</summary>
    private static int? MadeBy(ReadOnlySpan<char> suffix)
    {
        if (suffix.StartsWith(StagingInfix, StringComparison.Ordinal)) suffix = suffix[StagingInfix.Length..];
        else if (suffix.StartsWith(PreviousInfix, StringComparison.Ordinal)) suffix = suffix[PreviousInfix.Length..];
        else return null;
        var dash = suffix.IndexOf('-');
        return dash > 0 && int.TryParse(suffix[..dash], out var process) ? process : null;
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Whether this folder stages outputs for <paramref name="destination"/>.</summary>
    public bool IsFor(string destination) => FullPath(destination) == _destination;

    private static string FullPath(string destination) => System.IO.Path.GetFullPath(destination).TrimEnd(System.IO.Path.DirectorySeparatorChar);

    /// <summary>Resolves an output path inside the staging folder; refuses anything that would land outside it.</summary>
    public string Resolve(string outputPath)
    {
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, outputPath));
        if (!full.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path \"{outputPath}\" points outside the destination folder");
        return full;
    }

    /// <remarks>
    /// Written synchronously on purpose: Linux has no asynchronous file writes, so .NET would queue the write to
    /// the thread pool, one more hop per page, while the callers already write their pages in parallel.
    /// In a new folder each file is new: created exclusively and written once, with no truncation and no space
    /// reserved up front (File.WriteAllText does both, two more journaled file system calls per page). In a folder a
    /// previous rebuild left (<see cref="ForNextRebuild"/>) the file there is written over and cut to length, not
    /// truncated first: ext4 flushes a file emptied and written again when it is closed.
    /// </remarks>
    /// <summary>Writes the bytes as the file's content.</summary>
    public void WriteBytes(string outputPath, ReadOnlySpan<byte> bytes)
    {
        using var file = File.OpenHandle(PrepareTarget(outputPath), _inPlace ? FileMode.OpenOrCreate : FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(file, bytes, fileOffset: 0);
        if (_inPlace && RandomAccess.GetLength(file) != bytes.Length) RandomAccess.SetLength(file, bytes.Length);
    }

    public async Task CopyFileAsync(string sourceFile, string outputPath, CancellationToken cancellationToken)
    {
        var target = PrepareTarget(outputPath);
        await using var from = new FileStream(sourceFile, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var to = new FileStream(target, _inPlace ? FileMode.OpenOrCreate : FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        await from.CopyToAsync(to, cancellationToken);
        if (_inPlace) to.SetLength(to.Position);
    }

    /// <summary>The target's absolute path, its folder created once per build (a site has far fewer folders than files).</summary>
    private string PrepareTarget(string outputPath)
    {
        var target = Resolve(outputPath);
        EnsureFolder(System.IO.Path.GetDirectoryName(target)!);
        return target;
    }

    /// <remarks>
    /// Parents first, each once: Directory.CreateDirectory on a new path probes every missing ancestor, and a
    /// mkdir is costly enough on some file systems that this was a tenth of a build's system time.
    /// GetOrAdd returns only once some thread's factory has run, so the folder exists when it returns.
    /// </remarks>
    private void EnsureFolder(string folder)
    {
        if (folder.Length <= Path.Length) return;
        _createdFolders.GetOrAdd(folder, path =>
        {
            EnsureFolder(System.IO.Path.GetDirectoryName(path)!);
            Directory.CreateDirectory(path);
            return true;
        });
    }

    /// <summary>
    /// The name to write an output under when only some outputs change (a rebuild): files side by side under
    /// numbers, not in the site's folders, so moving them into place (<see cref="MoveStagedInto"/>) and removing the
    /// staging folder cost no folder per page. Thread-safe.
    /// </summary>
    public string Stage(string outputPath)
    {
        Resolve(outputPath); // refuses a path outside the destination
        var name = SlotName(Interlocked.Increment(ref _stagedCount));
        _staged.Enqueue((name, outputPath));
        return name;
    }

    /// <summary>How many outputs were <see cref="Stage">staged</see>.</summary>
    public int Staged => _stagedCount;

    /// <summary>The name the <paramref name="number"/>th file staged is written under (from 1).</summary>
    private static string SlotName(int number) => $"{number}.out";

    /// <summary>
    /// This folder for the next rebuild, which writes its staged files into the files this one left here (the old
    /// versions <see cref="MoveStagedInto"/> moved in, and the empty ones <see cref="FillSlots"/> made), in place: on ext4 a
    /// new file's inode is searched for past every inode deleted in the last minutes (thousands after a layout edit,
    /// or after any large deletion on the disk), and a rebuild of 10,000 pages into new files took seconds longer for it.
    /// The old versions are then overwritten one rebuild later, not deleted: a reader that opened one before the move
    /// has long finished (a page is served in microseconds, a rebuild follows an edit). This folder is the new one's now.
    /// </summary>
    public StagingFolder ForNextRebuild()
    {
        _committed = true; // disposing this one no longer deletes the folder
        return new StagingFolder(_destination, Path, inPlace: true);
    }

    /// <summary>
    /// Makes sure the files the <paramref name="from"/>th to the <paramref name="to"/>th file staged are written into exist
    /// here (empty where none is), so that a next rebuild staging as many creates none (<see cref="ForNextRebuild"/>).
    /// Stops when cancelled; meant for the time between builds.
    /// </summary>
    /// <returns>The number of the last one made sure of (<paramref name="to"/> unless it stopped before).</returns>
    public int FillSlots(int from, int to, CancellationToken cancellationToken)
    {
        for (var number = from; number <= to; number++)
        {
            if (cancellationToken.IsCancellationRequested) return number - 1;
            var slot = System.IO.Path.Combine(Path, SlotName(number));
            if (!File.Exists(slot)) File.OpenHandle(slot, FileMode.CreateNew, FileAccess.Write).Dispose();
        }
        return Math.Max(to, from - 1);
    }

    /// <summary>
    /// Moves every <see cref="Stage">staged</see> file into place, and the outputs the site no longer has out of the
    /// destination. Old versions are moved into the staging folder rather than replaced or deleted: on ext4, unlinking a
    /// page-sized file costs ten times a rename, and a next rebuild writes into them (<see cref="ForNextRebuild"/>). Where the system can,
    /// a new version and its old one change places in one call (<see cref="FileExchange"/>). A request that finds a file
    /// missing meanwhile waits for the build (<see cref="Serving.BuildGate"/>).
    /// </summary>
    public void MoveStagedInto(IReadOnlyList<string> removed, CancellationToken cancellationToken)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        var aside = 0;
        string Aside() => System.IO.Path.Combine(Path, $"{++aside}.old");
        var exchange = true;
        foreach (var (name, outputPath) in _staged)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (staged, target) = (System.IO.Path.Combine(Path, name), System.IO.Path.Combine(_destination, outputPath));
            if (exchange)
            {
                var swapped = FileExchange.Swap(staged, target);
                if (swapped == FileExchange.Result.Exchanged) continue;
                exchange = swapped != FileExchange.Result.Unsupported;
            }
            // Overwriting, as no file is there: without it .NET moves by link and unlink, two more calls per file.
            if (File.Exists(target)) File.Move(target, Aside(), overwrite: true);
            else if (System.IO.Path.GetDirectoryName(target) is { } folder && folders.Add(folder)) Directory.CreateDirectory(folder);
            File.Move(staged, target, overwrite: true);
        }
        foreach (var output in removed)
        {
            var target = System.IO.Path.Combine(_destination, output);
            File.Move(target, Aside(), overwrite: true);
            // Jekyll's clean build has no empty folders: remove the ones the removal emptied.
            for (var folder = System.IO.Path.GetDirectoryName(target); folder is not null && folder != _destination
                 && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = System.IO.Path.GetDirectoryName(folder))
                Directory.Delete(folder);
        }
    }

    /// <summary>
    /// Puts the staged site in place of the destination: the old one is moved aside first and deleted only
    /// after the new one is in place, so at every moment one complete site exists.
    /// </summary>
    public void Commit()
    {
        string? previous = null;
        if (Directory.Exists(_destination))
        {
            previous = Beside(_destination, PreviousInfix);
            Directory.Move(_destination, previous);
        }
        try
        {
            Directory.Move(Path, _destination);
        }
        catch
        {
            if (previous is not null) Directory.Move(previous, _destination);
            throw;
        }
        _committed = true;
        if (previous is not null) Directory.Delete(previous, recursive: true);
    }

    public ValueTask DisposeAsync()
    {
        if (!_committed && Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
        return ValueTask.CompletedTask;
    }
}
