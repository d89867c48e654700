using System.Text;
using System.Text.RegularExpressions;
using Blog.Site.Content;
using Blog.Site.Diagnostics;

namespace Blog.Site.Checks;

/// <summary>
/// Where a broken link was written. The checker finds links in rendered pages, but the mistake is in a source file:
/// the page itself, one of its layouts, or an include (<c>_includes/sidebar.html:28</c>), usually through Liquid
/// (<c>{{ site.baseurl }}author/{{ author.id }}</c>). Each link written in those files (HTML <c>href</c>/<c>src</c>
/// and Markdown link targets) is read as a pattern whose Liquid parts match anything; the written link that matches
/// the rendered one with the most literal characters is taken. Only broken links are located, so this runs rarely.
/// </summary>
internal sealed partial class LinkOrigins(IReadOnlyList<Document> pages, IReadOnlyDictionary<string, TemplateFile> layouts,
    IReadOnlyDictionary<string, TemplateFile> includes)
{
    private readonly Dictionary<string, Document> _byOutput = pages.GroupBy(p => p.OutputPath, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>
    /// The errors moved to the source file and line that wrote each link, naming the rendered pages; one error per
    /// place, so a broken link in an include used by every page is reported once. An error whose source is not
    /// found stays at the rendered page.
    /// </summary>
    public IEnumerable<BuildError> Locate(IEnumerable<BuildError> errors) =>
        errors.Select(e => (Error: e, At: Origin(e)))
            .GroupBy(e => (e.At ?? e.Error.Position, e.Error.Message))
            .Select(g =>
            {
                var first = g.First();
                if (first.At is not { } at) return first.Error;
                var pages = g.Count() == 1 ? $"on the rendered page {first.Error.Position}" : $"on {g.Count()} rendered pages, e.g. {first.Error.Position}";
                return first.Error with { Position = at, Message = $"{first.Error.Message} ({pages})" };
            });

    private SourcePosition? Origin(BuildError error)
    {
        if (error.Link is not { } href || !_byOutput.TryGetValue(error.Position.Path, out var page)) return null;
        return Candidates(page)
            .SelectMany(file => WrittenLinks(file).Select(link => (link.At, Score: Score(link.Written, href))))
            .Where(c => c.Score >= 2) // a lone "/" explains too many links to name a place
            .OrderByDescending(c => c.Score) // stable: the page before its layouts before includes
            .Select(c => (SourcePosition?)c.At)
            .FirstOrDefault();
    }

    /// <summary>Where <paramref name="href"/> was written in the document's own text; its first line when it is not found there.</summary>
    internal static SourcePosition InDocument(Document document, string href) =>
        WrittenLinks(new SourceText(document.RelativePath, document.Body, document.BodyLine))
            .Select(link => (link.At, Score: Score(link.Written, href)))
            .Where(c => c.Score >= 2)
            .OrderByDescending(c => c.Score)
            .Select(c => (SourcePosition?)c.At)
            .FirstOrDefault() ?? document.Position(1, 1);

    private sealed record SourceText(string Path, string Text, int FirstLine);

    /// <summary>The page, its layout chain (innermost first), then every include: the places a page's links come from.</summary>
    private IEnumerable<SourceText> Candidates(Document page)
    {
        if (page.FullPath is not null) yield return new SourceText(page.RelativePath, page.Body, page.BodyLine);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var name = page.Layout; name is not null && seen.Add(name) && layouts.TryGetValue(name, out var layout);
             name = layout.Data.GetValueOrDefault("layout") as string)
            yield return new SourceText(layout.RelativePath, layout.Body, layout.BodyLine);
        foreach (var include in includes.Values.OrderBy(i => i.RelativePath, StringComparer.Ordinal))
            yield return new SourceText(include.RelativePath, include.Body, include.BodyLine);
    }

    private static IEnumerable<(string Written, SourcePosition At)> WrittenLinks(SourceText file)
    {
        foreach (Match m in WrittenLink().Matches(file.Text))
        {
            var value = m.Groups["html"].Success ? m.Groups["html"] : m.Groups["md"];
            yield return (value.Value, At(file, value.Index));
        }
    }

    private static SourcePosition At(SourceText file, int index)
    {
        int line = 0, lineStart = 0;
        for (var i = file.Text.IndexOf('\n'); i >= 0 && i < index; i = file.Text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }
        return new SourcePosition(file.Path, file.FirstLine + line, index - lineStart + 1);
    }

    /// <summary>
    /// How well a written link explains the rendered one: the number of literal characters (outside Liquid) of a
    /// pattern that matches it whole, 0 when it does not match or is Liquid only (it would match any link).
    /// </summary>
    internal static int Score(string written, string rendered)
    {
        var pattern = new StringBuilder("^");
        var literal = 0;
        var at = 0;
        foreach (Match liquid in LiquidPart().Matches(written))
        {
            pattern.Append(Regex.Escape(written[at..liquid.Index])).Append(".*?");
            literal += liquid.Index - at;
            // {{ "/assets/main.css" | relative_url }}: the quoted text is written out, after whatever the filters put before it.
            if (liquid.Groups["text"].Success)
            {
                pattern.Append(Regex.Escape(liquid.Groups["text"].Value)).Append(".*?");
                literal += liquid.Groups["text"].Length;
            }
            at = liquid.Index + liquid.Length;
        }
        pattern.Append(Regex.Escape(written[at..])).Append('$');
        literal += written.Length - at;
        if (literal == 0) return 0;
        try
        {
            return Regex.IsMatch(rendered, pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)) ? literal : 0;
        }
        catch (RegexMatchTimeoutException)
        {
            return 0;
        }
    }

    [GeneratedRegex("""(?:\b(?:href|src)\s*=\s*(?<q>["'])(?<html>(?:\{\{.*?\}\}|\{%.*?%\}|[^"'<>{])*)\k<q>)|(?:\]\((?<md>[^)\s]+)[)\s])""", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenLink();

    [GeneratedRegex(@"\{\{-?\s*(?:(?<q>[""'])(?<text>[^""']*)\k<q>)?.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidPart();
}
