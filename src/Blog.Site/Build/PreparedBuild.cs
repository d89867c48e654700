using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Rendering;
using Blog.Site.Rendering.Liquid;

namespace Blog.Site.Build;

/// <summary>
/// Everything a build decides before it writes anything: settings, content, the output plan, the renderer and
/// the site files (feed, sitemap, robots). Shared by the clean and the incremental build, which differ only in
/// what they write.
/// </summary>
internal sealed record PreparedBuild(
    ErrorCollector Errors,
    SiteSettings Settings,
    SiteContent Content,
    bool ReadFailed,
    OutputPlan Plan,
    SiteRenderer Renderer,
    IReadOnlyList<SiteBuilder.SiteFile> SiteFiles)
{
    public IEnumerable<string> AllOutputPaths => Plan.OutputPaths.Concat(SiteFiles.Select(f => f.OutputPath));

    /// <param name="extensions">Awaited only once the content is read, so a caller may still be loading them meanwhile.</param>
    public static async Task<PreparedBuild> PrepareAsync(BuildOptions options, Task<IReadOnlyList<ISiteExtension>> extensions, CancellationToken cancellationToken)
    {
        // Building Fluid's grammar takes a core for a good fraction of a second and needs nothing from the site,
        // so it runs while the content is read.
        var parser = Task.Run(() => new JekyllParser(), cancellationToken);
        var errors = new ErrorCollector();
        var settings = ConfigLoader.Load(options, errors);
        errors.ThrowIfAny();
        // A document whose front matter is broken is left out, and the others still render, so one build
        // reports the YAML errors and the Liquid errors together.
        var content = await SiteReader.ReadAsync(settings, errors, cancellationToken);
        return From(errors, settings, content, await extensions, parser: await parser);
    }

    /// <summary>The rest of the preparation, for content already read (a <c>serve</c> session keeps it between builds).</summary>
    public static PreparedBuild From(ErrorCollector errors, SiteSettings settings, SiteContent content, IReadOnlyList<ISiteExtension> extensions,
        Session.BuildTrace? trace = null, JekyllParser? parser = null)
    {
        var readFailed = errors.HasErrors;
        var plan = SiteBuilder.Plan(content);
        trace?.Mark("plan");
        var renderer = SiteRenderer.Create(content, [.. SiteBuilder.BuiltInExtensions(content), .. extensions], errors,
            parser ?? new JekyllParser());
        trace?.Mark("renderer");
        var siteFiles = SiteBuilder.SiteFiles(content, plan);
        plan.ReportDuplicates(siteFiles.Select(f => (f.OutputPath, f.Source)), errors);
        // Reported, and left out so nothing tries to write them; the build fails at the end with the other errors.
        var unwritable = plan.ReportUnwritable(siteFiles.Select(f => (f.OutputPath, f.Source)), errors);
        plan = plan.Without(unwritable);
        siteFiles = siteFiles.Where(f => !unwritable.Contains(f.OutputPath)).ToList();
        trace?.Mark("site files and duplicates");
        return new PreparedBuild(errors, settings, content, readFailed, plan, renderer, siteFiles);
    }

    /// <summary>
    /// This build's preparation for <paramref name="content"/>, which differs from this build's by documents' bodies
    /// only, and <paramref name="plan"/>, this plan with the edited records in it (<see cref="Incremental.EditedPlan"/>):
    /// the same pages and site files, so the checks of output paths stand, and only the renderer is made anew.
    /// </summary>
    public PreparedBuild WithEditedBodies(ErrorCollector errors, SiteContent content, OutputPlan plan, IReadOnlyList<ISiteExtension> extensions,
        JekyllParser parser)
    {
        var renderer = SiteRenderer.Create(content, [.. SiteBuilder.BuiltInExtensions(content), .. extensions], errors, parser);
        var siteFiles = SiteBuilder.SiteFiles(content, plan, path => SiteFiles.Any(f => f.OutputPath == path));
        return new PreparedBuild(errors, Settings, content, false, plan, renderer, siteFiles);
    }

    /// <summary>Link errors count only for a complete site: links into a page that failed to read would all look broken.</summary>
    public void ReportLinks(Checks.LinkChecker links) => ReportLinks(links.Finish());

    /// <summary>
    /// Broken links are reported where they were written (<see cref="Checks.LinkOrigins"/>), as errors, or as warnings
    /// or not at all when <c>check_links:</c> says so (a site moved in with old broken links).
    /// </summary>
    public void ReportLinks(IEnumerable<BuildError> broken)
    {
        if (ReadFailed || Settings.LinkCheck == LinkCheck.Off) return;
        var origins = new Checks.LinkOrigins(Plan.Pages.Select(p => p.Document).ToList(), Content.Layouts, Content.Includes);
        foreach (var error in origins.Locate(broken))
            Errors.Add(Settings.LinkCheck == LinkCheck.Warning ? error with { Severity = Severity.Warning } : error);
    }
}
