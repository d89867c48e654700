using System.Text.RegularExpressions;

namespace Blog.Site.Tests.Rendering.Markdown;

/// <summary>
/// What the Markdown comparisons with kramdown ignore, each for a reason:
/// runs of whitespace (one space), and whitespace around block-level tags (kramdown indents nested HTML; browsers render none of it), attribute
/// order within a tag (not meaningful in HTML), <c>&amp;quot;</c> versus <c>"</c> in text (the same character),
/// <c>&lt;img&gt;</c> versus <c>&lt;img /&gt;</c> (the same void element), the token spans inside highlighted
/// code (the highlighter's own tests compare them with Rouge), and the two differences <c>accessible_markup: true</c> asks
/// for: alignment as <c>class="align-x"</c> instead of kramdown's <c>style="text-align: x"</c> (the site's
/// Content-Security-Policy blocks inline styles), and <c>tabindex="0"</c> on scrollable <c>pre</c> and <c>table</c>
/// elements (keyboard access).
/// </summary>
internal static partial class HtmlComparison
{
    [GeneratedRegex(@"<pre\b[\s\S]*?</pre>")]
    private static partial Regex Pre();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\s*(</?(?:p|li|ul|ol|dl|dt|dd|div|blockquote|table|thead|tbody|tfoot|tr|td|th|h[1-6]|hr|section|nav|aside|header|footer|article|details|summary|figure|figcaption)\b[^>]*>)\s*")]
    private static partial Regex AroundBlockTag();

    [GeneratedRegex(@"<([A-Za-z][\w-]*)((?:\s+[^\s=/>]+(?:=""[^""]*"")?)+)\s*(/?)>")]
    private static partial Regex TagWithAttributes();

    [GeneratedRegex(@"[^\s=/>]+(?:=""[^""]*"")?")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"style=""text-align: (left|center|right)""")]
    private static partial Regex AlignStyle();

    [GeneratedRegex(@"<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)\b([^>]*?)\s*/?>")]
    private static partial Regex VoidTag();

    [GeneratedRegex(@"</?span\b[^>]*>")]
    private static partial Regex Span();

    [GeneratedRegex(@"<pre class=""highlight""><code>[\s\S]*?</code></pre>|<code class=""[^""]*highlighter-rouge"">[\s\S]*?</code>")]
    private static partial Regex HighlightedCode();

    [GeneratedRegex(@"&(?![A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#x[0-9A-Fa-f]+;)")]
    private static partial Regex BareAmpersand();

    public static string Normalize(string html) => Normalize(html, keepLayout: false);

    /// <summary>
    /// As <see cref="Normalize(string)"/>, but whitespace is compared as it is: kramdown's blank lines and indentation are
    /// what templates' <c>strip_html | truncate</c> and <c>strip_newlines</c> count and keep.
    /// </summary>
    public static string NormalizeKeepingLayout(string html) => Normalize(html, keepLayout: true);

    private static string Normalize(string html, bool keepLayout)
    {
        html = AlignStyle().Replace(html, "class=\"align-$1\"");
        html = html.Replace(" tabindex=\"0\"", "").Replace("&quot;", "\"");
        html = VoidTag().Replace(html, "<$1$2 />");
        html = BareAmpersand().Replace(html, "&amp;");
        html = HighlightedCode().Replace(html, m => Span().Replace(m.Value, ""));
        var pres = new List<string>();
        html = Pre().Replace(html, m => { pres.Add(m.Value); return $"\u0001{pres.Count - 1}\u0001"; });
        if (!keepLayout)
        {
            html = Whitespace().Replace(html, " ");
            html = AroundBlockTag().Replace(html, "$1").Trim();
        }
        html = Regex.Replace(html, "\u0001(\\d+)\u0001", m => pres[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);
        return TagWithAttributes().Replace(html, SortAttributes);
    }

    private static string SortAttributes(Match tag)
    {
        var attributes = Attribute().Matches(tag.Groups[2].Value).Select(a => a.Value).ToList();
        var merged = new List<string>();
        var classes = attributes.Where(a => a.StartsWith("class=", StringComparison.Ordinal)).Select(a => a[7..^1]).ToList();
        if (classes.Count > 0) merged.Add($"class=\"{string.Join(' ', classes.SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct())}\"");
        merged.AddRange(attributes.Where(a => !a.StartsWith("class=", StringComparison.Ordinal)));
        merged.Sort(StringComparer.Ordinal);
        return $"<{tag.Groups[1].Value} {string.Join(' ', merged)}{(tag.Groups[3].Value.Length > 0 ? " /" : "")}>";
    }
}
