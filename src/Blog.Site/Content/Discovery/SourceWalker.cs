using Blog.Site.Config;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content.Discovery;

/// <summary>
/// Walks the source folder the way Jekyll's <c>Reader</c> does: every accepted folder is descended, each folder's
/// <c>_posts</c> (and <c>_drafts</c> when drafts are on) gives posts, other accepted files are pages or static files.
/// The destination folder and the theme folder are skipped when they lie inside the source. The theme's
/// <c>assets/</c> are walked the same way (no posts), so they become part of the site. Symbolic links
/// that leave the folder being walked are reported and not followed (<see cref="SourceLinks"/>).
/// </summary>
public sealed class SourceWalker(SiteSettings settings, EntryFilter filter, ErrorCollector errors)
{
    private readonly string _source = settings.Source;
    private readonly SourceLinks _sourceLinks = new(settings.Source);

    public IReadOnlyList<SourceEntry> WalkSource()
    {
        using var walk = SiteTrace.Start(SiteTrace.SourceWalk, _source);
        var found = new List<SourceEntry>();
        WalkFolder(_source, "", fromTheme: false, _sourceLinks, found);
        foreach (var collection in settings.Collections) ReadCollection(collection, found);
        return found;
    }

    /// <summary>The theme's <c>assets/</c> folder, the only one whose files Jekyll's theme reader puts into the site.</summary>
    public IReadOnlyList<SourceEntry> WalkTheme()
    {
        var found = new List<SourceEntry>();
        if (settings.Theme is { } theme && Directory.Exists(Path.Combine(theme, ThemeAssets)))
            WalkFolder(theme, ThemeAssets, fromTheme: true, new SourceLinks(theme), found);
        return found;
    }

    private const string ThemeAssets = "assets";

    private void WalkFolder(string root, string folder, bool fromTheme, SourceLinks links, List<SourceEntry> found)
    {
        string fullFolder = folder.Length == 0 ? root : Path.Combine(root, folder);
        if (!fromTheme && HoldsPosts(folder))
        {
            ReadPosts(fullFolder, folder, "_posts", SourceKind.Post, found);
            if (settings.Drafts) ReadPosts(fullFolder, folder, "_drafts", SourceKind.Draft, found);
        }

        foreach (var (name, full, isDirectory, info) in Entries(fullFolder))
        {
            string relative = folder.Length == 0 ? name : folder + "/" + name;
            if (!filter.Accepts(relative, name, isDirectory) || !IsSafe(info, relative, links)) continue;
            if (isDirectory)
            {
                if (IsSkippedFolder(full)) continue;
                WalkFolder(root, relative, fromTheme, links, found);
            }
            else
                found.Add(new SourceEntry(relative, full, SourceKind.PageOrStatic, name, [], fromTheme));
        }
    }

    // Jekyll reads posts only inside collections_dir when one is set (Reader#outside_configured_directory?).
    private bool HoldsPosts(string folder) =>
        settings.CollectionsDir.Length == 0 || ("/" + folder).StartsWith("/" + settings.CollectionsDir, StringComparison.Ordinal);

    /// <summary>
    /// A custom collection's folder (<c>_NAME</c>, inside <c>collections_dir</c> when set): every accepted file below it,
    /// at any depth, is one of its items (Jekyll's <c>Collection#filtered_entries</c>).
    /// </summary>
    private void ReadCollection(Config.CollectionSettings collection, List<SourceEntry> found)
    {
        string prefix = (settings.CollectionsDir.Length == 0 ? "" : settings.CollectionsDir + "/") + collection.RelativeDirectory;
        string folder = Path.Combine(_source, prefix);
        if (!Directory.Exists(folder) || !IsSafe(new DirectoryInfo(folder), prefix, _sourceLinks)) return;
        ReadCollectionBelow(folder, "", prefix + "/", collection, found);
    }

    private void ReadCollectionBelow(string fullFolder, string inFolder, string prefix, Config.CollectionSettings collection, List<SourceEntry> found)
    {
        foreach (var (name, full, isDirectory, info) in Entries(fullFolder))
        {
            string inCollection = inFolder.Length == 0 ? name : inFolder + "/" + name;
            if (!filter.Accepts(prefix + inCollection, inCollection, isDirectory) || !IsSafe(info, prefix + inCollection, _sourceLinks)) continue;
            if (isDirectory)
            {
                if (!IsSkippedFolder(full)) ReadCollectionBelow(full, inCollection, prefix, collection, found);
            }
            else
                found.Add(new SourceEntry(prefix + inCollection, full, SourceKind.CollectionItem, inCollection, [], false, collection));
        }
    }

    private void ReadPosts(string fullFolder, string folder, string special, SourceKind kind, List<SourceEntry> found)
    {
        string postsFolder = Path.Combine(fullFolder, special);
        if (!Directory.Exists(postsFolder)) return;
        string prefix = (folder.Length == 0 ? "" : folder + "/") + special + "/";
        if (!IsSafe(new DirectoryInfo(postsFolder), prefix.TrimEnd('/'), _sourceLinks)) return;
        // Categories come from the folders above _posts, not counting collections_dir (Jekyll's relative_path leaves it out).
        string categoryPath = folder;
        if (settings.CollectionsDir.Length > 0 && categoryPath.StartsWith(settings.CollectionsDir, StringComparison.Ordinal))
            categoryPath = categoryPath[settings.CollectionsDir.Length..].Trim('/');
        IReadOnlyList<string> categories = categoryPath.Length == 0 ? [] : categoryPath.Split('/');
        ReadPostsBelow(postsFolder, "", prefix, kind, categories, found);
    }

    private void ReadPostsBelow(string fullFolder, string inFolder, string prefix, SourceKind kind, IReadOnlyList<string> categories, List<SourceEntry> found)
    {
        foreach (var (name, full, isDirectory, info) in Entries(fullFolder))
        {
            string inPosts = inFolder.Length == 0 ? name : inFolder + "/" + name;
            if (!filter.Accepts(prefix + inPosts, inPosts, isDirectory) || !IsSafe(info, prefix + inPosts, _sourceLinks)) continue;
            if (isDirectory)
                ReadPostsBelow(full, inPosts, prefix, kind, categories, found);
            else
                found.Add(new SourceEntry(prefix + inPosts, full, kind, inPosts, categories, false));
        }
    }

    private bool IsSafe(FileSystemInfo entry, string relative, SourceLinks links)
    {
        if (links.Problem(entry) is not { } problem) return true;
        errors.Error(new SourcePosition(relative), problem);
        return false;
    }

    private bool IsSkippedFolder(string full) =>
        PathsEqual(full, settings.Destination) || (settings.Theme is { } theme && PathsEqual(full, theme));

    private static bool PathsEqual(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);

    /// <summary>A folder's entries in ordinal order (deterministic); symbolic links count as what they point to.</summary>
    private static IEnumerable<(string Name, string FullPath, bool IsDirectory, FileSystemInfo Info)> Entries(string folder)
    {
        var entries = new List<(string, string, bool, FileSystemInfo)>();
        foreach (var info in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            bool isDirectory = info.Attributes.HasFlag(FileAttributes.ReparsePoint)
                ? Directory.Exists(info.FullName)
                : info.Attributes.HasFlag(FileAttributes.Directory);
            entries.Add((info.Name, info.FullName, isDirectory, info));
        }
        entries.Sort((x, y) => string.CompareOrdinal(x.Item1, y.Item1));
        return entries;
    }
}
