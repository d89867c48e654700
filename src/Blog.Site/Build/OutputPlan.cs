using Blog.Site.Content;
using Blog.Site.Diagnostics;

namespace Blog.Site.Build;

/// <summary>One file the build will write: a rendered page (with its pager when paginated) or a copied static file.</summary>
public sealed record PlannedPage(Document Document, Pager? Pager);

/// <summary>
/// Every output of one build, decided before anything is written: pages (posts, pages, generated pages)
/// and static files. Two inputs that would write the same output path are an error naming both.
/// </summary>
public sealed record OutputPlan(IReadOnlyList<PlannedPage> Pages, IReadOnlyList<StaticFile> StaticFiles)
{
    public IEnumerable<string> OutputPaths =>
        Pages.Select(p => p.Document.OutputPath).Concat(StaticFiles.Select(f => f.OutputPath));

    /// <summary>
    /// Reports outputs that collide with a generated page or site file (feed, sitemap...). Collisions between
    /// two source files are the content stage's to report, with both files named, so they are not repeated.
    /// </summary>
    public void ReportDuplicates(IEnumerable<(string OutputPath, string Source)> extra, ErrorCollector errors)
    {
        var owners = new Dictionary<string, (string Source, bool FromSource)>(StringComparer.Ordinal);
        var all = Pages.Select(p => (p.Document.OutputPath, Source: p.Document.RelativePath, FromSource: p.Document.Kind != DocumentKind.Generated))
            .Concat(StaticFiles.Select(f => (f.OutputPath, Source: f.RelativePath, FromSource: true)))
            .Concat(extra.Select(e => (e.OutputPath, e.Source, FromSource: false)));
        foreach (var (outputPath, source, fromSource) in all)
        {
            if (!owners.TryGetValue(outputPath, out var first))
                owners[outputPath] = (source, fromSource);
            else if (!(first.FromSource && fromSource))
                errors.Error(new SourcePosition(first.FromSource ? first.Source : source, 1, 1),
                    $"{first.Source} and {source} both write {outputPath}: give one of them another permalink");
        }
    }
}
