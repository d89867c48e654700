using Blog.Site.Config;
using Blog.Site.Content.Data;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.Templates;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content;

/// <summary>
/// The steps of the second stage, which reads the source folder (and the theme) into immutable records as Jekyll 4.3
/// reads a site: <see cref="Entries"/> finds the files, <see cref="EntryReader"/> reads one, <see cref="Assemble"/>
/// puts the site together. The one reader that runs them (<see cref="Build.Session.SnapshotReader"/>) keeps each file's
/// hash and record, so a rebuild re-reads only the changed ones; every problem is reported to an
/// <see cref="ErrorCollector"/> (the caller decides when to stop), and what could be read is used.
/// </summary>
public static class SiteReader
{
    /// <summary>Every file of the site, in discovery order: the source's, then the theme's it does not override.</summary>
    public static IReadOnlyList<SourceEntry> Entries(SiteSettings settings, ErrorCollector errors)
    {
        var walker = new SourceWalker(settings, new EntryFilter(settings.Exclude, settings.Include), errors);
        return WithThemeEntries(walker.WalkSource(), walker.WalkTheme());
    }

    /// <summary>
    /// The site from its read files: posts newest first, pages by file name (as Jekyll sorts <c>site.pages</c>, pages of
    /// one name in the order Jekyll reads them, <see cref="ReadingOrder"/>), static files by path; colliding outputs reported.
    /// </summary>
    public static SiteContent Assemble(SiteSettings settings, IEnumerable<Document> read, IEnumerable<StaticFile> readStaticFiles,
        IReadOnlyDictionary<string, object?> data, IReadOnlyDictionary<string, TemplateFile> layouts,
        IReadOnlyDictionary<string, TemplateFile> includes, ErrorCollector errors)
    {
        var documents = read.ToList();
        var posts = documents.Where(d => d.IsPost)
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.FullPath, StringComparer.Ordinal).ToList();
        var pages = documents.Where(d => !d.IsCollectionDocument)
            .OrderBy(d => Path.GetFileName(d.RelativePath), StringComparer.Ordinal).ThenBy(d => d.RelativePath, ReadingOrder.Instance).ToList();
        var allStaticFiles = readStaticFiles.ToList();
        var collections = settings.Collections.Select(c => new CollectionContent(c,
            CollectionOrder.Sort(c, documents.Where(d => d.Collection?.Label == c.Label)),
            allStaticFiles.Where(f => f.Collection?.Label == c.Label).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList())).ToList();
        // Jekyll reads the collections after sorting the site's static files: theirs follow, collection by collection.
        var staticFiles = allStaticFiles.Where(f => f.Collection is null).OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .Concat(collections.SelectMany(c => c.Files)).ToList();

        OutputCollisions.Report(
            documents.Where(d => d.Collection is null || d.Collection.Output).Select(d => (d.OutputPath, d.RelativePath))
                .Concat(staticFiles.Where(f => f.IsWritten).Select(f => (f.OutputPath, f.RelativePath))),
            errors);

        return new SiteContent
        {
            Settings = settings,
            Posts = posts,
            Pages = pages,
            StaticFiles = staticFiles,
            Collections = collections,
            Data = data,
            Layouts = layouts,
            Includes = includes,
        };
    }

    /// <summary>A theme's page or asset is part of the site unless the site has a file at the same path.</summary>
    private static List<SourceEntry> WithThemeEntries(IReadOnlyList<SourceEntry> source, IReadOnlyList<SourceEntry> theme)
    {
        var all = new List<SourceEntry>(source.Count + theme.Count);
        all.AddRange(source);
        if (theme.Count == 0) return all;
        var taken = source.Select(e => e.RelativePath).ToHashSet(StringComparer.Ordinal);
        all.AddRange(theme.Where(e => !taken.Contains(e.RelativePath)));
        return all;
    }
}

/// <summary>
/// The order Jekyll's reader meets files in: a folder's subfolders first, each read whole, then the folder's own files
/// (<c>posts/index.html</c> before <c>index.html</c>). Jekyll then sorts <c>site.pages</c> by file name alone, and pages of
/// one name stay in this order. Jekyll takes a folder's entries in the file system's order; here they are taken sorted.
/// </summary>
internal sealed class ReadingOrder : IComparer<string>
{
    public static ReadingOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var a = (x ?? "").Split('/');
        var b = (y ?? "").Split('/');
        for (var i = 0; ; i++)
        {
            var aFile = i == a.Length - 1;
            var bFile = i == b.Length - 1;
            if (aFile && bFile) return string.CompareOrdinal(a[i], b[i]);
            // One is a file of this folder, the other in a subfolder: the subfolder is read first.
            if (aFile) return 1;
            if (bFile) return -1;
            if (string.CompareOrdinal(a[i], b[i]) is var order && order != 0) return order;
        }
    }
}
