using Blog.Site.Config;
using Blog.Site.Content.Data;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.Templates;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content;

/// <summary>
/// The second stage: reads the source folder (and the theme) into immutable records, as Jekyll 4.3 reads a site.
/// Files are read and their front matter parsed in parallel; every problem is reported to the
/// <see cref="ErrorCollector"/> (the caller decides when to stop), and what could be read is returned.
/// The steps (<see cref="Entries"/>, <see cref="EntryReader"/>, <see cref="Assemble"/>) are public for a reader
/// that keeps the files it read and re-reads only the changed ones.
/// </summary>
public static class SiteReader
{
    public static async Task<SiteContent> ReadAsync(SiteSettings settings, ErrorCollector errors, CancellationToken ct)
    {
        var context = new ReadContext(settings, errors);
        var entries = Entries(settings, errors);

        var dataTask = new DataReader(context).ReadAsync(ct);
        var templates = new TemplateReader(context);
        var layoutsTask = templates.ReadLayoutsAsync(ct);
        var includesTask = templates.ReadIncludesAsync(ct);

        var results = new object?[entries.Count];
        var reader = new EntryReader(context);
        await Task.Run(() => Parallel.For(0, entries.Count,
            new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = reader.Read(entries[i])), ct);

        var content = Assemble(settings, results.OfType<Document>(), results.OfType<StaticFile>(),
            await dataTask, await layoutsTask, await includesTask, errors);
        return await Plugins.RubyPluginPages.AddAsync(content, errors, ct);
    }

    /// <summary>Every file of the site, in discovery order: the source's, then the theme's it does not override.</summary>
    public static IReadOnlyList<SourceEntry> Entries(SiteSettings settings, ErrorCollector errors)
    {
        var walker = new SourceWalker(settings, new EntryFilter(settings.Exclude, settings.Include), errors);
        return WithThemeEntries(walker.WalkSource(), walker.WalkTheme());
    }

    /// <summary>The site from its read files: posts newest first, pages and static files by path; colliding outputs reported.</summary>
    public static SiteContent Assemble(SiteSettings settings, IEnumerable<Document> read, IEnumerable<StaticFile> readStaticFiles,
        IReadOnlyDictionary<string, object?> data, IReadOnlyDictionary<string, TemplateFile> layouts,
        IReadOnlyDictionary<string, TemplateFile> includes, ErrorCollector errors)
    {
        var documents = read.ToList();
        var posts = documents.Where(d => d.IsPost)
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.FullPath, StringComparer.Ordinal).ToList();
        var pages = documents.Where(d => !d.IsCollectionDocument)
            .OrderBy(d => Path.GetFileName(d.RelativePath), StringComparer.Ordinal).ThenBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
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
