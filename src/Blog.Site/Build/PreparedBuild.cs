using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Files;
using Blog.Site.Outputs.Images;
using Blog.Site.Outputs.Liquid.Assets;
using Blog.Site.Outputs.Liquid.Seo;
using Blog.Site.Rendering;
using Blog.Site.Rendering.Liquid;

namespace Blog.Site.Build;

/// <summary>
/// Everything a build decides before it writes anything: settings, content, the output plan, the renderer and
/// the generated files (feed, sitemap, robots, the extensions' files).
/// </summary>
internal sealed record PreparedBuild(
    ErrorCollector Errors,
    SiteSettings Settings,
    SiteContent Content,
    bool ReadFailed,
    OutputPlan Plan,
    SiteRenderer Renderer,
    IReadOnlyList<IGeneratedFile> GeneratedFiles,
    SiteImages Images)
{
    public IEnumerable<string> AllOutputPaths =>
        Plan.OutputPaths.Concat(GeneratedFiles.Select(f => f.OutputPath)).Concat(Images.Variants.Select(v => v.OutputPath));

    /// <summary>The preparation for content read (with its problems already in <paramref name="errors"/>).</summary>
    /// <param name="images">Where images' versions are kept between builds (see <see cref="SiteImages"/>).</param>
    public static PreparedBuild From(ErrorCollector errors, SiteSettings settings, SiteContent content, IReadOnlyList<ISiteExtension> extensions,
        Session.BuildTrace trace, JekyllParser parser, ImageCache images, CancellationToken cancellationToken)
    {
        var readFailed = errors.HasErrors;
        var plan = OutputPlan.For(content, errors);
        trace.Mark("plan");
        var siteImages = SiteImages.Make(ImageOptions.From(settings), plan.StaticFiles, plan.OutputPaths.ToHashSet(StringComparer.Ordinal), images,
            cancellationToken);
        trace.Mark("images");
        var all = WithBuiltIns(content, extensions);
        var renderer = SiteRenderer.Create(content, all, errors, parser, siteImages);
        trace.Mark("renderer");
        var files = GeneratedFilesOf(content, plan, all);
        plan.ReportDuplicates(files.Select(f => (f.OutputPath, f.Source)), errors);
        // Reported, and left out so nothing tries to write them; the build fails at the end with the other errors.
        var unwritable = plan.ReportUnwritable(files.Select(f => (f.OutputPath, f.Source)), errors);
        plan = plan.Without(unwritable);
        files = files.Where(f => !unwritable.Contains(f.OutputPath)).ToList();
        trace.Mark("generated files and duplicates");
        return new PreparedBuild(errors, settings, content, readFailed, plan, renderer, files, siteImages);
    }

    /// <summary>
    /// This build's preparation for <paramref name="content"/>, which differs from this build's by documents' bodies
    /// only, and <paramref name="plan"/>, this plan with the edited records in it (<see cref="Incremental.EditedPlan"/>):
    /// the same pages and generated files, so the checks of output paths stand, and only the renderer is made anew.
    /// </summary>
    public PreparedBuild WithEditedBodies(ErrorCollector errors, SiteContent content, OutputPlan plan, IReadOnlyList<ISiteExtension> extensions,
        JekyllParser parser)
    {
        var all = WithBuiltIns(content, extensions);
        var renderer = SiteRenderer.Create(content, all, errors, parser, Images);
        return new PreparedBuild(errors, Settings, content, false, plan, renderer, GeneratedFilesOf(content, plan, all), Images);
    }

    /// <summary>The generator's own extensions (the SEO and feed tags, the asset fingerprint filter), then the given ones.</summary>
    private static IReadOnlyList<ISiteExtension> WithBuiltIns(SiteContent content, IReadOnlyList<ISiteExtension> extensions) =>
        [new SeoExtension(content.Settings, content.Data), new AssetFingerprints(content), .. extensions];

    private static IReadOnlyList<IGeneratedFile> GeneratedFilesOf(SiteContent content, OutputPlan plan, IReadOnlyList<ISiteExtension> extensions) =>
        Outputs.Files.GeneratedFiles.For(content, plan.Pages.Select(p => p.Document).ToList(), plan.StaticFiles, extensions);

    /// <summary>
    /// Broken links are reported where they were written (<see cref="Checks.LinkOrigins"/>), as errors, or as warnings
    /// or not at all when <c>check_links:</c> says so (a site moved in with old broken links). Link errors count only
    /// for a complete site: links into a page that failed to read would all look broken.
    /// </summary>
    public void ReportLinks(IEnumerable<BuildError> broken)
    {
        if (ReadFailed || Settings.LinkCheck == LinkCheck.Off) return;
        Report(broken, Settings.LinkCheck == LinkCheck.Warning ? Severity.Warning : Severity.Error);
    }

    /// <summary>Dead external links, where they were written: warnings, errors with <c>--strict</c>.</summary>
    public void ReportExternalLinks(IEnumerable<BuildError> dead) =>
        Report(dead, Settings.ExternalLinks.Strict ? Severity.Error : Severity.Warning);

    private void Report(IEnumerable<BuildError> links, Severity severity)
    {
        // Most builds have none, and finding where a link was written indexes every page.
        var found = links.ToList();
        if (found.Count == 0) return;
        var origins = new Checks.LinkOrigins(Plan.Pages.Select(p => p.Document).ToList(), Content.Layouts, Content.Includes);
        foreach (var error in origins.Locate(found)) Errors.Add(error with { Severity = severity });
    }
}
