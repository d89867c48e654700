using Blog.Site.Config;

namespace Blog.Site.Checks.External;

/// <summary>The site's external links: every absolute http(s) URL its pages point to, with where each is written.</summary>
public static class ExternalLinks
{
    /// <summary>
    /// Each external http(s) URL (fragment dropped: it is not sent), with every place a page points to it, in page
    /// order. External is what the internal check says it is (<see cref="LinkChecker.IsExternal"/>): the site's own
    /// <c>url:</c> is the site, checked against its files, not requested.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<PageLink>> Of(IEnumerable<PageLinks> pages, LinkChecker checker, ExternalLinkSettings settings)
    {
        var byUrl = new Dictionary<string, List<PageLink>>(StringComparer.Ordinal);
        foreach (var (page, link) in pages.SelectMany(p => p.Links.Select(l => (p, l))))
        {
            if (!checker.IsExternal(page, link) || Url(link) is not { } url || settings.Ignores(url)) continue;
            if (!byUrl.TryGetValue(url, out var places)) byUrl[url] = places = [];
            places.Add(link);
        }
        return byUrl.ToDictionary(p => p.Key, p => (IReadOnlyList<PageLink>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The absolute http(s) URL a link points to, or null for a link into the site (or mailto:, data:...).</summary>
    private static string? Url(PageLink link)
    {
        var href = link.Href.Trim();
        // A protocol-relative link (//host/path) is external too; a page's <base href> may make a relative one external.
        if (href.StartsWith("//", StringComparison.Ordinal)) href = "https:" + href;
        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            if (link.BaseHref is null || !Uri.TryCreate(link.BaseHref, UriKind.Absolute, out var baseUri)
                || !Uri.TryCreate(baseUri, href, out uri)) return null;
        }
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        return new UriBuilder(uri) { Fragment = "" }.Uri.AbsoluteUri;
    }
}
