using Blog.Site.Content;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;
using Blog.Site.Outputs.Pages.Archives;
using Blog.Site.Outputs.Pages.Pagination;
using Blog.Site.Outputs.Pages.Redirects;

namespace Blog.Site.Build;

/// <summary>One file the build will write: a rendered page (with its pager when paginated) or a copied static file.</summary>
public sealed record PlannedPage(Document Document, Pager? Pager)
{
    /// <summary>
    /// What the page reads by what it is, declared by the output that adds it (an archive, a pager), besides what its
    /// render reads (<see cref="Rendering.SiteInput"/> keys): its fingerprint has both.
    /// </summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];
}

/// <summary>
/// Every output of one build, decided before anything is written: pages (posts, pages, generated pages)
/// and static files. Two inputs that would write the same output path are an error naming both.
/// </summary>
public sealed record OutputPlan(IReadOnlyList<PlannedPage> Pages, IReadOnlyList<StaticFile> StaticFiles)
{
    public IEnumerable<string> OutputPaths =>
        Pages.Select(p => p.Document.OutputPath).Concat(StaticFiles.Select(f => f.OutputPath));

    /// <summary>
    /// Decides every page: posts, pages (the paginated index expands into its pages), archives, the site's plugins'
    /// pages, redirects (a document with <c>redirect_to</c> becomes its redirect page). A bad redirect is reported to
    /// <paramref name="errors"/> and left out.
    /// </summary>
    public static OutputPlan For(SiteContent content, ErrorCollector errors)
    {
        var pages = new List<PlannedPage>(content.Posts.Count + content.Pages.Count);
        pages.AddRange(content.Posts.Select(p => new PlannedPage(p, null)));
        pages.AddRange(WrittenCollectionDocuments(content).Select(d => new PlannedPage(d, null)));
        // jekyll-paginate paginates one index page at most; its first pager replaces the page itself.
        var paginated = Paginator.Paginate(content.Settings, content.Pages, content.Posts);
        var template = paginated.Count > 0 ? Paginator.FindTemplatePage(content.Settings, content.Pages) : null;
        pages.AddRange(content.Pages.Where(p => !ReferenceEquals(p, template)).Select(p => new PlannedPage(p, null)));
        pages.AddRange(paginated.Select(p => new PlannedPage(p.Page, p.Pager) { Inputs = Paginator.Inputs }));
        pages.AddRange(ArchivePages.Generate(content).Select(a => new PlannedPage(a, null) { Inputs = ArchivePages.Inputs }));
        // The site's Ruby generators made these pages from the site's documents, as Jekyll's plugins do.
        pages.AddRange(content.PluginPages.Select(p => new PlannedPage(p.Page, p.Pager) { Inputs = [Rendering.SiteInput.Listing] }));
        var staticFiles = content.StaticFiles.Where(f => f.IsWritten).ToList();
        var redirects = RedirectPages.Plan(content, pages.Where(p => p.Pager is null).Select(p => p.Document).ToList(),
            staticFiles, errors);
        if (redirects.Replaced.Count > 0)
            pages = pages.Select(p => redirects.Replaced.TryGetValue(p.Document, out var page) ? p with { Document = page } : p).ToList();
        pages.AddRange(redirects.Added.Select(a => new PlannedPage(a, null)));
        return new OutputPlan(pages, staticFiles);
    }

    /// <summary>
    /// The documents of custom collections Jekyll writes (<c>Document#write?</c>): those of <c>output: true</c>
    /// collections, unless dated in the future (without <c>--future</c>); the others still exist in <c>site.NAME</c>.
    /// </summary>
    private static IEnumerable<Document> WrittenCollectionDocuments(SiteContent content) =>
        content.Collections.Where(c => c.Settings.Output).SelectMany(c => c.Documents)
            .Where(d => content.Settings.Future || d.Date.ToUnixTimeSeconds() <= content.Settings.Time.ToUnixTimeSeconds());

    /// <summary>Whether an output is an HTML page, whose links are checked.</summary>
    public static bool IsHtml(string outputPath) =>
        outputPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ||
        outputPath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reports outputs that could not be written inside the destination (see <see cref="OutputPathRules"/>; pages and
    /// posts are checked at their permalink already, this catches generated pages and generated files set by config), and
    /// a file that another output needs as a folder.
    /// </summary>
    /// <returns>The output paths reported here or as collisions, which the build must leave out.</returns>
    public IReadOnlySet<string> ReportUnwritable(IEnumerable<(string OutputPath, string Source)> extra, ErrorCollector errors)
    {
        var unwritable = new HashSet<string>(StringComparer.Ordinal);
        var all = Pages.Select(p => (p.Document.OutputPath, Source: p.Document.RelativePath))
            .Concat(StaticFiles.Select(f => (f.OutputPath, Source: f.RelativePath)))
            .Concat(extra);
        var files = new Dictionary<string, string>(Pages.Count + StaticFiles.Count, StringComparer.Ordinal);
        foreach (var (outputPath, source) in all)
        {
            if (OutputPathRules.Problem(outputPath) is { } problem)
            {
                if (unwritable.Add(outputPath)) errors.Error(new SourcePosition(source, 1, 1), problem);
            }
            // A second writer of one path is reported by the collision checks; writing both would race.
            else if (!files.TryAdd(outputPath, source)) unwritable.Add(outputPath);
        }
        // Every folder of every path is looked up, as a slice: a serve session redoes this on each rebuild.
        var byFolder = files.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (outputPath, source) in files)
            for (int slash = outputPath.IndexOf('/'); slash > 0; slash = outputPath.IndexOf('/', slash + 1))
                if (byFolder.TryGetValue(outputPath.AsSpan(0, slash), out var owner))
                {
                    errors.Error(new SourcePosition(source, 1, 1),
                        $"writes {outputPath}, but {owner} writes the file {outputPath[..slash]} where that needs a folder: give one of them another permalink");
                    unwritable.Add(outputPath);
                    break;
                }
        return unwritable;
    }

    /// <summary>The plan without the given outputs.</summary>
    public OutputPlan Without(IReadOnlySet<string> outputPaths) => outputPaths.Count == 0 ? this : new OutputPlan(
        Pages.Where(p => !outputPaths.Contains(p.Document.OutputPath)).ToList(),
        StaticFiles.Where(f => !outputPaths.Contains(f.OutputPath)).ToList());

    /// <summary>
    /// Reports outputs that collide with a generated page or generated file (feed, sitemap, an extension's). Collisions between
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
