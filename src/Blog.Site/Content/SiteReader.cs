using Blog.Site.Config;
using Blog.Site.Content.Data;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.Documents;
using Blog.Site.Content.FrontMatter;
using Blog.Site.Content.Templates;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content;

/// <summary>
/// The second stage: reads the source folder (and the theme) into immutable records, as Jekyll 4.3 reads a site.
/// Files are read and their front matter parsed in parallel; every problem is reported to the
/// <see cref="ErrorCollector"/> (the caller decides when to stop), and what could be read is returned.
/// </summary>
public static class SiteReader
{
    public static async Task<SiteContent> ReadAsync(SiteSettings settings, ErrorCollector errors, CancellationToken ct)
    {
        var context = new ReadContext(settings, errors);
        var walker = new SourceWalker(settings, new EntryFilter(settings.Exclude, settings.Include), errors);
        var entries = WithThemeEntries(walker.WalkSource(), walker.WalkTheme());

        var dataTask = new DataReader(context).ReadAsync(ct);
        var templates = new TemplateReader(context);
        var layoutsTask = templates.ReadLayoutsAsync(ct);
        var includesTask = templates.ReadIncludesAsync(ct);

        var results = new object?[entries.Count];
        var readers = new EntryReaders(new PostBuilder(context), new PageBuilder(context), new StaticFileBuilder(context));
        await Task.Run(() => Parallel.For(0, entries.Count,
            new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => results[i] = ReadEntryReportingFailures(entries[i], readers, errors)), ct);

        var documents = results.OfType<Document>().ToList();
        var posts = documents.Where(d => d.IsPost)
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.FullPath, StringComparer.Ordinal).ToList();
        var pages = documents.Where(d => !d.IsPost)
            .OrderBy(d => Path.GetFileName(d.RelativePath), StringComparer.Ordinal).ThenBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
        var staticFiles = results.OfType<StaticFile>().OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();

        OutputCollisions.Report(
            documents.Select(d => (d.OutputPath, d.RelativePath)).Concat(staticFiles.Select(f => (f.OutputPath, f.RelativePath))),
            errors);

        return new SiteContent
        {
            Settings = settings,
            Posts = posts,
            Pages = pages,
            StaticFiles = staticFiles,
            Data = await dataTask,
            Layouts = await layoutsTask,
            Includes = await includesTask,
        };
    }

    private sealed record EntryReaders(PostBuilder Posts, PageBuilder Pages, StaticFileBuilder StaticFiles);

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

    private static object? ReadEntryReportingFailures(SourceEntry entry, EntryReaders readers, ErrorCollector errors)
    {
        try
        {
            return ReadEntry(entry, readers);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Error(new SourcePosition(entry.RelativePath), $"cannot be read: {e.Message}");
            return null;
        }
    }

    private static object? ReadEntry(SourceEntry entry, EntryReaders readers)
    {
        if (entry.Kind != SourceKind.PageOrStatic)
        {
            var fileTime = entry.Kind == SourceKind.Draft ? LastWrite(entry.FullPath) : default;
            return readers.Posts.Build(entry, SourceFile.ReadText(entry.FullPath), fileTime);
        }
        if (SourceFile.StartsWithFrontMatter(entry.FullPath))
            return readers.Pages.Build(entry, SourceFile.ReadText(entry.FullPath));
        return readers.StaticFiles.Build(entry, LastWrite(entry.FullPath));
    }

    private static DateTimeOffset LastWrite(string path) => new(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
}
