using System.Collections.Concurrent;
using Blog.Site.Config;
using Blog.Site.Diagnostics;

namespace Blog.Site.Checks;

/// <summary>
/// Fails the build on internal links and asset references that lead nowhere. The build calls
/// <see cref="Inspect"/> for every page it writes (from any thread, while writing), then <see cref="Finish"/>.
/// Each page is scanned once and not kept; only its anchors are remembered when fragments are checked,
/// so links to <c>page.html#section</c> can be verified after every page was seen.
/// </summary>
public sealed class LinkChecker
{
    private readonly LinkResolver _resolver;
    private readonly bool _checkFragments;
    private readonly ConcurrentQueue<BuildError> _errors = new();
    private readonly ConcurrentDictionary<string, HashSet<string>> _anchors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FragmentLink> _fragmentLinks = new();

    private sealed record FragmentLink(SourcePosition At, string Href, string TargetPath, string Fragment);

    /// <param name="outputPaths">Every file the build writes (pages, static files, feed, sitemap...), relative to the destination.</param>
    /// <param name="checkFragments">Also require that <c>#fragment</c> names an <c>id</c> on the target page (pages this checker inspected).</param>
    public LinkChecker(SiteSettings site, IEnumerable<string> outputPaths, bool checkFragments = true)
    {
        _resolver = new LinkResolver(site, outputPaths);
        _checkFragments = checkFragments;
    }

    /// <summary>Checks one written page. Thread-safe.</summary>
    /// <param name="outputPath">The page's path relative to the destination, as it appears in the output paths.</param>
    public void Inspect(string outputPath, string html)
    {
        // Output paths are '/'-separated already; a backslash is part of a name (a category "a\b" on Linux).
        var page = outputPath.TrimStart('/');
        var references = HtmlReferenceScanner.Scan(html);
        LineMap? lines = null;
        SourcePosition At(int offset)
        {
            lines ??= new LineMap(html);
            var (line, column) = lines.Locate(offset);
            return new SourcePosition(page, line, column);
        }

        string? baseHref = null;
        HashSet<string>? anchors = _checkFragments ? new HashSet<string>(StringComparer.Ordinal) : null;
        List<(HtmlReference Reference, string Fragment)>? samePage = null;

        foreach (var reference in references)
        {
            switch (reference.Kind)
            {
                case ReferenceKind.Anchor:
                    anchors?.Add(reference.Value);
                    continue;
                case ReferenceKind.Base:
                    baseHref ??= reference.Value;
                    continue;
            }

            var target = _resolver.Resolve(page, reference.Value, baseHref);
            if (target.Status == LinkStatus.External) continue;
            if (target.Status == LinkStatus.Missing)
            {
                _errors.Enqueue(new BuildError(At(reference.Offset), $"broken link \"{reference.Value}\""));
                continue;
            }
            if (anchors is null || !IsCheckedFragment(target.Fragment)) continue;
            if (target.OutputPath == page)
                (samePage ??= []).Add((reference, target.Fragment!));
            else
                _fragmentLinks.Enqueue(new FragmentLink(At(reference.Offset), reference.Value, target.OutputPath!, target.Fragment!));
        }

        if (anchors is null) return;
        _anchors[page] = anchors;
        foreach (var (reference, fragment) in samePage ?? [])
            if (!anchors.Contains(fragment))
                _errors.Enqueue(new BuildError(At(reference.Offset), $"broken link \"{reference.Value}\": no element with id \"{fragment}\" on this page"));
    }

    /// <summary>Every broken link found, ordered by page, line and column. Call once, after the last <see cref="Inspect"/>.</summary>
    public IReadOnlyList<BuildError> Finish()
    {
        foreach (var link in _fragmentLinks)
        {
            // Only pages this checker saw have known anchors; a static HTML file's ids are not checked.
            if (_anchors.TryGetValue(link.TargetPath, out var anchors) && !anchors.Contains(link.Fragment))
                _errors.Enqueue(new BuildError(link.At, $"broken link \"{link.Href}\": no element with id \"{link.Fragment}\" on {link.TargetPath}"));
        }
        return _errors.OrderBy(e => e.Position.Path, StringComparer.Ordinal)
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
