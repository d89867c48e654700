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

    public void ReportDuplicates(IEnumerable<(string OutputPath, string Source)> extra, ErrorCollector errors)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var all = Pages.Select(p => (p.Document.OutputPath, Source: p.Document.RelativePath))
            .Concat(StaticFiles.Select(f => (f.OutputPath, Source: f.RelativePath)))
            .Concat(extra);
        foreach (var (outputPath, source) in all)
        {
            if (owners.TryGetValue(outputPath, out var first))
                errors.Error(new SourcePosition(source, 1, 1),
                    $"writes {outputPath}, which {first} already writes: give one of them another permalink");
            else
                owners[outputPath] = source;
        }
    }
}
