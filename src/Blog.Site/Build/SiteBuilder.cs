using System.Diagnostics;
using Blog.Site.Checks;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Archives;
using Blog.Site.Outputs.Assets;
using Blog.Site.Outputs.Feed;
using Blog.Site.Outputs.Pagination;
using Blog.Site.Outputs.Robots;
using Blog.Site.Outputs.Seo;
using Blog.Site.Outputs.Sitemap;
using Blog.Site.Rendering;

namespace Blog.Site.Build;

/// <summary>
/// Runs the stages in order: config → content → plan (pagination, archives) → render (Liquid, Markdown,
/// layouts) → write into a staging folder with link checks → feed, sitemap, robots → swap into place.
/// Any error anywhere leaves the previous destination untouched.
/// </summary>
public sealed class SiteBuilder(Task<IReadOnlyList<ISiteExtension>> extensions)
{
    public SiteBuilder() : this([]) { }

    public SiteBuilder(IReadOnlyList<ISiteExtension> extensions) : this(Task.FromResult(extensions)) { }

    public async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var build = await PreparedBuild.PrepareAsync(options, extensions, cancellationToken);
        var (plan, renderer) = (build.Plan, build.Renderer);

        await using var staging = StagingFolder.Create(build.Settings.Destination);
        var links = new LinkChecker(build.Settings, build.AllOutputPaths);

        // The renderer reports a page's errors itself and goes on with the others; the build fails at the end.
        await Parallel.ForEachAsync(plan.Pages, Parallelism(cancellationToken), async (page, ct) =>
        {
            var html = await renderer.RenderPageAsync(page.Document, page.Pager, ct);
            if (IsHtml(page.Document.OutputPath)) links.Inspect(page.Document.OutputPath, html);
            await staging.WriteTextAsync(page.Document.OutputPath, html, ct);
        });
        await Parallel.ForEachAsync(plan.StaticFiles, Parallelism(cancellationToken),
            async (file, ct) => await staging.CopyFileAsync(file.FullPath, file.OutputPath, ct));

        foreach (var file in build.SiteFiles)
            await staging.WriteTextAsync(file.OutputPath, await file.Render(renderer, cancellationToken), cancellationToken);

        build.ReportLinks(links);
        build.Errors.ThrowIfAny();
        staging.Commit();

        return new BuildReport(build.Settings.Destination, plan.Pages.Count, build.Content.Posts.Count, plan.StaticFiles.Count,
            clock.Elapsed, build.Errors.Warnings);
    }

    /// <summary>The generator's own extensions: the SEO and feed tags and the asset fingerprint filter.</summary>
    internal static IEnumerable<ISiteExtension> BuiltInExtensions(SiteContent content) =>
        [new SeoExtension(content.Settings, content.Data), new AssetFingerprints(content)];

    internal static ParallelOptions Parallelism(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };

    internal static bool IsHtml(string outputPath) =>
        outputPath.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ||
        outputPath.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    /// <summary>Decides every page: posts, pages (the paginated index expands into its pages), archives.</summary>
    internal static OutputPlan Plan(SiteContent content)
    {
        var pages = new List<PlannedPage>(content.Posts.Count + content.Pages.Count);
        pages.AddRange(content.Posts.Select(p => new PlannedPage(p, null)));
        pages.AddRange(WrittenCollectionDocuments(content).Select(d => new PlannedPage(d, null)));
        // jekyll-paginate paginates one index page at most; its first pager replaces the page itself.
        var paginated = Paginator.Paginate(content.Settings, content.Pages, content.Posts);
        var template = paginated.Count > 0 ? Paginator.FindTemplatePage(content.Settings, content.Pages) : null;
        pages.AddRange(content.Pages.Where(p => !ReferenceEquals(p, template)).Select(p => new PlannedPage(p, null)));
        pages.AddRange(paginated.Select(p => new PlannedPage(p.Page, p.Pager)));
        pages.AddRange(ArchivePages.Generate(content).Select(a => new PlannedPage(a, null)));
        pages.AddRange(content.PluginPages.Select(p => new PlannedPage(p.Page, p.Pager)));
        return new OutputPlan(pages, content.StaticFiles.Where(f => f.IsWritten).ToList());
    }

    /// <summary>
    /// The documents of custom collections Jekyll writes (<c>Document#write?</c>): those of <c>output: true</c>
    /// collections, unless dated in the future (without <c>--future</c>); the others still exist in <c>site.NAME</c>.
    /// </summary>
    internal static IEnumerable<Document> WrittenCollectionDocuments(SiteContent content) =>
        content.Collections.Where(c => c.Settings.Output).SelectMany(c => c.Documents)
            .Where(d => content.Settings.Future || d.Date.ToUnixTimeSeconds() <= content.Settings.Time.ToUnixTimeSeconds());

    /// <summary>
    /// The feed (jekyll-feed), sitemap and robots.txt (jekyll-sitemap), each when <c>plugins:</c> lists its plugin and
    /// the site provides no file of its own at that path.
    /// </summary>
    internal static IReadOnlyList<SiteFile> SiteFiles(SiteContent content, OutputPlan plan)
    {
        var taken = plan.OutputPaths.ToHashSet(StringComparer.Ordinal);
        return SiteFiles(content, plan, path => !taken.Contains(path));
    }

    /// <param name="keep">Whether the site has the file at that path (the site provides none of its own there).</param>
    internal static IReadOnlyList<SiteFile> SiteFiles(SiteContent content, OutputPlan plan, Func<string, bool> keep)
    {
        var settings = content.Settings;
        var files = new List<SiteFile>();
        if (settings.HasPlugin(AtomFeed.Plugin))
            files.Add(new(AtomFeed.OutputPath(settings), "(feed)", async (renderer, ct) =>
            {
                var entries = new List<FeedEntry>();
                foreach (var post in AtomFeed.SelectPosts(settings, content.Posts))
                    entries.Add(new FeedEntry(post, await renderer.RenderContentAsync(post, ct),
                        await renderer.RenderExcerptAsync(post, ct)));
                return AtomFeed.Write(settings, entries);
            }));
        if (settings.HasPlugin(SitemapXml.Plugin))
        {
            files.Add(new(SitemapXml.OutputPath, "(sitemap)", (_, _) => ValueTask.FromResult(
                SitemapXml.Write(settings, content.Posts, SitemapPages(content, plan), plan.StaticFiles, content.Collections))));
            files.Add(new(RobotsTxt.OutputPath, "(robots)", (_, _) => ValueTask.FromResult(RobotsTxt.Write(settings))));
        }
        return files.Where(f => keep(f.OutputPath)).ToList();
    }

    /// <summary>
    /// The pages in Jekyll's <c>site.html_pages</c> order: the pages read, sorted by file name, then what generators
    /// added after the read (jekyll-paginate's later pages, jekyll-archives' pages), as jekyll-sitemap lists them.
    /// </summary>
    private static IReadOnlyList<Document> SitemapPages(SiteContent content, OutputPlan plan)
    {
        var read = content.Pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var planned = plan.Pages.Select(p => p.Document).Where(d => !d.IsCollectionDocument).ToList();
        var byOutput = planned.GroupBy(d => d.OutputPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return content.Pages.Select(p => byOutput.GetValueOrDefault(p.OutputPath)).OfType<Document>()
            .Concat(planned.Where(d => !read.Contains(d.OutputPath)))
            .ToList();
    }

    internal sealed record SiteFile(string OutputPath, string Source, Func<SiteRenderer, CancellationToken, ValueTask<string>> Render);
}
