using Blog.Site.Checks;
using Blog.Site.Diagnostics;

namespace Blog.Site.Build.Incremental;

/// <summary>A page's links as found in its HTML, and as resolved against the site's files.</summary>
internal sealed record CheckedLinks(PageLinks Links, PageLinkResult Result);

/// <summary>
/// Every HTML page's links, resolved: the rendered pages' from their new HTML; the others' as the previous build
/// found them, resolved again from memory when the site's set of files changed, which can break or mend a link anywhere.
/// </summary>
internal sealed class SiteLinks
{
    private SiteLinks(IReadOnlyList<string> pages, CheckedLinks[] links) => (Pages, Links) = (pages, links);

    /// <summary>The HTML pages, in plan order.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Each page's links, in the order of <see cref="Pages"/>.</summary>
    public CheckedLinks[] Links { get; }

    /// <param name="scanned">The links of the pages rendered by this build.</param>
    public static SiteLinks Check(OutputPlan plan, BuiltState? previous, IReadOnlySet<string> allOutputs, LinkChecker checker,
        IReadOnlyDictionary<string, PageLinks> scanned)
    {
        var sameFiles = previous is not null && previous.Outputs.SetEquals(allOutputs);
        var htmlPages = plan.Pages.Select(p => p.Document.OutputPath).Where(OutputPlan.IsHtml).ToList();
        var results = new CheckedLinks[htmlPages.Count];
        Parallel.For(0, htmlPages.Count, i =>
        {
            var page = htmlPages[i];
            if (scanned.TryGetValue(page, out var fresh)) results[i] = new CheckedLinks(fresh, checker.Resolve(fresh));
            else
            {
                var kept = previous!.Links[page];
                results[i] = sameFiles ? kept : kept with { Result = checker.Resolve(kept.Links) };
            }
        });
        return new SiteLinks(htmlPages, results);
    }

    /// <summary>Every broken link, with links to anchors on other pages checked against those pages' ids.</summary>
    public IReadOnlyList<BuildError> Broken() => LinkChecker.Collect(Links.Select(l => l.Result), Anchors());

    public Dictionary<string, CheckedLinks> ByPage()
    {
        var byPage = new Dictionary<string, CheckedLinks>(Pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < Pages.Count; i++) byPage[Pages[i]] = Links[i];
        return byPage;
    }

    /// <summary>Every page's element ids, when some page links to an anchor on another (most sites never do).</summary>
    private Dictionary<string, IReadOnlySet<string>> Anchors()
    {
        var anchors = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (!Links.Any(l => l.Result.FragmentLinks.Count > 0)) return anchors;
        for (var i = 0; i < Pages.Count; i++) anchors[Pages[i]] = Links[i].Links.Anchors;
        return anchors;
    }
}
