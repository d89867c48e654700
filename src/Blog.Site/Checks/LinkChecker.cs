using Blog.Site.Config;
using Blog.Site.Diagnostics;

namespace Blog.Site.Checks;

/// <summary>
/// Fails the build on internal links and asset references that lead nowhere, in two steps: <see cref="Resolve"/>
/// each page's <see cref="PageLinks"/> (from any thread), then <see cref="Collect"/> the broken ones, once links to
/// <c>page.html#section</c> can be checked against every page's ids. The build keeps each page's links, so a
/// rebuild resolves again from memory what it did not render.
/// </summary>
public sealed class LinkChecker
{
    private readonly LinkResolver _resolver;
    private readonly bool _checkFragments;
    /// <param name="outputPaths">Every file the build writes (pages, static files, feed, sitemap...), relative to the destination.</param>
    /// <param name="checkFragments">Also require that <c>#fragment</c> names an <c>id</c> on the target page (pages this checker inspected).</param>
    public LinkChecker(SiteSettings site, IEnumerable<string> outputPaths, bool checkFragments = true)
    {
        _resolver = new LinkResolver(site, outputPaths);
        _checkFragments = checkFragments;
    }

    /// <summary>Whether <paramref name="link"/> of <paramref name="page"/> points outside the site (another host, mailto:...).</summary>
    public bool IsExternal(PageLinks page, PageLink link) => _resolver.Resolve(page.Page, link.Href, link.BaseHref).Status == LinkStatus.External;

    /// <summary>Resolves one page's links against the site's files. Thread-safe.</summary>
    public PageLinkResult Resolve(PageLinks page)
    {
        List<BuildError>? broken = null;
        List<FragmentLink>? elsewhere = null;
        foreach (var link in page.Links)
        {
            var target = _resolver.Resolve(page.Page, link.Href, link.BaseHref);
            if (target.Status == LinkStatus.External) continue;
            if (target.Status == LinkStatus.Missing)
            {
                (broken ??= []).Add(new BuildError(link.At, $"broken link \"{link.Href}\"") { Link = link.Href });
                continue;
            }
            if (!_checkFragments || !IsCheckedFragment(target.Fragment)) continue;
            if (target.OutputPath != page.Page)
                (elsewhere ??= []).Add(new FragmentLink(link.At, link.Href, target.OutputPath!, target.Fragment!));
            else if (!page.Anchors.Contains(target.Fragment!))
                (broken ??= []).Add(new BuildError(link.At, $"broken link \"{link.Href}\": no element with id \"{target.Fragment}\" on this page") { Link = link.Href });
        }
        return broken is null && elsewhere is null ? PageLinkResult.None : new PageLinkResult(broken ?? [], elsewhere ?? []);
    }

    /// <summary>
    /// The broken links of every page, ordered by page, line and column, once links to anchors on other pages were
    /// checked against <paramref name="anchors"/> (the ids of every page; a static HTML file's ids are not checked).
    /// </summary>
    public static IReadOnlyList<BuildError> Collect(IEnumerable<PageLinkResult> pages, IReadOnlyDictionary<string, IReadOnlySet<string>> anchors)
    {
        var errors = new List<BuildError>();
        foreach (var page in pages)
        {
            errors.AddRange(page.Broken);
            foreach (var link in page.FragmentLinks)
                if (anchors.TryGetValue(link.TargetPath, out var ids) && !ids.Contains(link.Fragment))
                    errors.Add(new BuildError(link.At, $"broken link \"{link.Href}\": no element with id \"{link.Fragment}\" on {link.TargetPath}") { Link = link.Href });
        }
        return errors.OrderBy(e => e.Position.Path, StringComparer.Ordinal)
                     .ThenBy(e => e.Position.Line)
                     .ThenBy(e => e.Position.Column)
                     .ToList();
    }

    /// <summary>
    /// Empty fragments, <c>#top</c> (the top of any page, per HTML) and text or hash-bang fragments are not
    /// element ids.
    /// </summary>
    private static bool IsCheckedFragment(string? fragment) =>
        fragment is { Length: > 0 }
        && !string.Equals(fragment, "top", StringComparison.OrdinalIgnoreCase)
        && !fragment.StartsWith('!')
        && !fragment.StartsWith(":~:", StringComparison.Ordinal);
}
