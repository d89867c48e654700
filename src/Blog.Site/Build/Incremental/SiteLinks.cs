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
    /// <summary>Each page's place in <see cref="Pages"/>, made once for a plan's pages and shared by the builds that keep them.</summary>
    private readonly Lazy<Dictionary<string, int>> _places;

    private SiteLinks(IReadOnlyList<string> pages, Lazy<Dictionary<string, int>> places, CheckedLinks[] links) =>
        (Pages, _places, Links) = (pages, places, links);

    /// <summary>The HTML pages, in plan order.</summary>
    public IReadOnlyList<string> Pages { get; }

    /// <summary>Each page's links, in the order of <see cref="Pages"/>.</summary>
    public CheckedLinks[] Links { get; }

    /// <summary>The links of the page written at <paramref name="page"/>.</summary>
    public CheckedLinks Of(string page) => Links[_places.Value[page]];

    /// <param name="samePages">Whether the plan's pages are the previous build's, in its order (an edit of documents' bodies).</param>
    /// <param name="scanned">The links of the pages rendered by this build.</param>
    public static SiteLinks Check(OutputPlan plan, BuiltState? previous, bool samePages, IReadOnlySet<string> allOutputs, LinkChecker checker,
        IReadOnlyDictionary<string, PageLinks> scanned)
    {
        var sameFiles = previous is not null && previous.Outputs.SetEquals(allOutputs);
        if (previous is not null && samePages && sameFiles)
        {
            // Nothing but the rendered pages changed: the previous build's links with theirs in place (at 10,000 pages,
            // going through every page again was a fifth of a one-post rebuild).
            var kept = previous.Links;
            var links = (CheckedLinks[])kept.Links.Clone();
            foreach (var (page, fresh) in scanned) links[kept._places.Value[page]] = new CheckedLinks(fresh, checker.Resolve(fresh));
            return new SiteLinks(kept.Pages, kept._places, links);
        }
        var htmlPages = plan.Pages.Select(p => p.Document.OutputPath).Where(OutputPlan.IsHtml).ToList();
        var results = new CheckedLinks[htmlPages.Count];
        Parallel.For(0, htmlPages.Count, i =>
        {
            var page = htmlPages[i];
            if (scanned.TryGetValue(page, out var fresh)) results[i] = new CheckedLinks(fresh, checker.Resolve(fresh));
            else
            {
                var kept = previous!.Links.Of(page);
                results[i] = sameFiles ? kept : kept with { Result = checker.Resolve(kept.Links) };
            }
        });
        return new SiteLinks(htmlPages, new Lazy<Dictionary<string, int>>(() => Places(htmlPages)), results);
    }

    /// <summary>Every broken link, with links to anchors on other pages checked against those pages' ids.</summary>
    public IReadOnlyList<BuildError> Broken() => LinkChecker.Collect(Links.Select(l => l.Result), Anchors());

    /// <summary>Makes the index of pages by path now (while the site is served), not in the next build.</summary>
    public SiteLinks Indexed()
    {
        _ = _places.Value;
        return this;
    }

    private static Dictionary<string, int> Places(IReadOnlyList<string> pages)
    {
        var places = new Dictionary<string, int>(pages.Count, StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++) places[pages[i]] = i;
        return places;
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
