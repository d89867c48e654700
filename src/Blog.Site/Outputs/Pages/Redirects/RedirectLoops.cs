namespace Blog.Site.Outputs.Pages.Redirects;

/// <summary>
/// Chains of the site's own redirects that come back to where they started (<c>redirect_to</c> pointing at a page that
/// redirects back, directly or through other redirects): jekyll-redirect-from writes them without a word, and a reader's
/// browser then goes round until it gives up. Only a <c>redirect_to</c> can close a loop, since a <c>redirect_from</c>
/// page leads to a document's own URL; each loop is reported once, at the <c>redirect_to</c> that starts it first.
/// </summary>
internal static class RedirectLoops
{
    /// <summary>Each loop, as the redirect reported for it and the paths a browser would go round, back to the first.</summary>
    public static IEnumerable<(Redirect Start, IReadOnlyList<string> Round)> In(IReadOnlyList<Redirect> redirects)
    {
        var next = new Dictionary<string, Redirect>(StringComparer.Ordinal);
        foreach (var redirect in redirects)
            if (!Redirect.IsExternal(redirect.Target)) next.TryAdd(PathOf(redirect.From), redirect);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in redirects.Where(r => r.IsRedirectTo && !Redirect.IsExternal(r.Target)))
        {
            var first = PathOf(start.From);
            var round = new List<string> { first };
            var seen = new HashSet<string>(StringComparer.Ordinal) { first };
            for (var at = PathOf(start.Target); ; at = PathOf(next[at].Target))
            {
                round.Add(at);
                if (at == first)
                {
                    // The same loop is found again from each of its other redirect_to's: one error a loop.
                    if (round.Skip(1).All(reported.Add)) yield return (start, round);
                    break;
                }
                // A chain that ends at a page, leaves the site, or runs into a loop that does not pass here.
                if (!seen.Add(at) || !next.ContainsKey(at)) break;
            }
        }
    }

    /// <summary>A redirect's path as a browser asks for it: no query or fragment, a folder's <c>index.html</c> as the folder.</summary>
    private static string PathOf(string target)
    {
        var end = target.IndexOfAny(['?', '#']);
        var path = end < 0 ? target : target[..end];
        if (!path.StartsWith('/')) path = "/" + path;
        return path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path;
    }
}
