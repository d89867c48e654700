using Blog.Site.Diagnostics;

namespace Blog.Site.Content.Discovery;

/// <summary>
/// Symbolic links inside a site folder are followed only when they stay inside it: a link to <c>/etc/passwd</c> or
/// to <c>~/.ssh</c> would copy or render what is not the site's, and a link to one of its own ancestors would make the
/// walk endless. Both are refused (Jekyll's safe mode refuses links that leave the source too).
/// </summary>
public sealed class SourceLinks
{
    private readonly string _root;

    /// <param name="root">The folder links must stay inside (the source, or the theme for the theme's files).</param>
    public SourceLinks(string root)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _root = new DirectoryInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <returns>Why <paramref name="entry"/> may not be followed, or null when it is no link or a safe one.</returns>
    public string? Problem(FileSystemInfo entry)
    {
        if (entry.LinkTarget is null) return null;
        FileSystemInfo? target;
        try
        {
            target = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            return $"is a symbolic link that cannot be followed ({e.Message})";
        }
        if (target is null || !target.Exists) return $"is a symbolic link to {entry.LinkTarget}, which does not exist";
        var resolved = Path.TrimEndingDirectorySeparator(target.FullName);
        if (!IsInside(resolved, _root))
            return $"is a symbolic link to {resolved}, outside the site folder: links may only point inside it";
        var linkFolder = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(entry.FullName))!;
        if (target is DirectoryInfo && (IsInside(linkFolder, resolved) || linkFolder == resolved))
            return $"is a symbolic link to {resolved}, a folder that contains the link itself: following it would never end";
        return null;
    }

    /// <summary>
    /// The files in <paramref name="folder"/> (and below it when <paramref name="recursive"/>), in ordinal order, as
    /// (full path, path inside the folder); links that may not be followed are reported, named from
    /// <paramref name="displayFolder"/>, and left out.
    /// </summary>
    public IReadOnlyList<(string FullPath, string Inside)> Files(string folder, string displayFolder, bool recursive, ErrorCollector errors)
    {
        var found = new List<(string, string)>();
        if (Directory.Exists(folder) && IsSafe(new DirectoryInfo(folder), displayFolder, errors))
            Collect(new DirectoryInfo(folder), "", displayFolder, recursive, errors, found);
        found.Sort((a, b) => string.CompareOrdinal(a.Item2, b.Item2));
        return found;
    }

    private void Collect(DirectoryInfo folder, string inside, string displayFolder, bool recursive, ErrorCollector errors, List<(string, string)> found)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            string name = inside.Length == 0 ? entry.Name : inside + "/" + entry.Name;
            if (!IsSafe(entry, displayFolder + "/" + name, errors)) continue;
            if (Directory.Exists(entry.FullName))
            {
                if (recursive) Collect(new DirectoryInfo(entry.FullName), name, displayFolder, recursive, errors, found);
            }
            else found.Add((entry.FullName, name));
        }
    }

    private bool IsSafe(FileSystemInfo entry, string display, ErrorCollector errors)
    {
        if (Problem(entry) is not { } problem) return true;
        errors.Error(new SourcePosition(display), problem);
        return false;
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
