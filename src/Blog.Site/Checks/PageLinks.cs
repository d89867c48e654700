using Blog.Site.Diagnostics;

namespace Blog.Site.Checks;

/// <summary>
/// What one page's HTML says about links, found in one scan: the element ids it defines and every URL it points
/// to (with its <c>&lt;base href&gt;</c> and position). Kept by a <c>serve</c> session so a page that was not
/// re-rendered can be checked again, when the site's set of files changed, without reading its HTML.
/// </summary>
public sealed record PageLinks(string Page, IReadOnlySet<string> Anchors, IReadOnlyList<PageLink> Links)
{
    /// <param name="outputPath">The page's path relative to the destination.</param>
    public static PageLinks Scan(string outputPath, string html)
    {
        // Output paths are '/'-separated already; a backslash is part of a name (a category "a\b" on Linux).
        var page = outputPath.TrimStart('/');
        var references = HtmlReferenceScanner.Scan(html);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        LineMap? lines = null;
        string? baseHref = null;
        foreach (var reference in references)
        {
            switch (reference.Kind)
            {
                case ReferenceKind.Anchor:
                    anchors.Add(reference.Value);
                    continue;
                case ReferenceKind.Base:
                    baseHref ??= reference.Value;
                    continue;
            }
            lines ??= new LineMap(html);
            var (line, column) = lines.Locate(reference.Offset);
            links.Add(new PageLink(new SourcePosition(page, line, column), reference.Value, baseHref));
        }
        return new PageLinks(page, anchors, links);
    }
}

/// <summary>One URL a page points to: where it is written and the <c>&lt;base href&gt;</c> in force there.</summary>
public sealed record PageLink(SourcePosition At, string Href, string? BaseHref);

/// <summary>
/// One page's links resolved against the site's files: the broken ones, and the links to an anchor on another
/// page, which can be checked only once every page's anchors are known.
/// </summary>
public sealed record PageLinkResult(IReadOnlyList<BuildError> Broken, IReadOnlyList<FragmentLink> FragmentLinks)
{
    public static readonly PageLinkResult None = new([], []);
}

/// <summary>A link to <c>#fragment</c> on another page of the site.</summary>
public sealed record FragmentLink(SourcePosition At, string Href, string TargetPath, string Fragment);
