using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Markdown.HtmlSpans;

/// <summary>
/// A tag of an element without a body (<c>br</c>, <c>img</c>, <c>hr</c>, <c>input</c>...) as kramdown writes it again
/// from what its HTML parser read: <c>&lt;br&gt;</c> is <c>&lt;br /&gt;</c>, attribute names in lower case, every value in
/// double quotes (<c>checked</c> is <c>checked=""</c>, <c>width=100</c> is <c>width="100"</c>), with <c>&lt; &gt; "</c>
/// and an <c>&amp;</c> that starts no character reference escaped. Templates that count the words of a page's HTML
/// (<c>content | number_of_words</c>) count <c>/&gt;</c> too. A tag kramdown's parser would not read (an unquoted value
/// that is not one word) is left as written.
/// </summary>
internal static partial class KramdownVoidTags
{
    /// <summary>kramdown's <c>HTML_ELEMENTS_WITHOUT_BODY</c>, in either case (<see cref="VoidTagInText"/> names them too).</summary>
    internal static readonly FrozenSet<string> WithoutBody = FrozenSet.ToFrozenSet(
        ["area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"],
        StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"\A<([A-Za-z][A-Za-z0-9]*)((?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:""[^""]*""|'[^']*'|[\p{L}\p{N}_]+))?)*)\s*/?>\z")]
    private static partial Regex VoidTag();

    [GeneratedRegex(@"\s+([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:""([^""]*)""|'([^']*)'|([\p{L}\p{N}_]+)))?")]
    private static partial Regex Attribute();

    /// <summary>Any tag of an element without a body, in a raw HTML block's text.</summary>
    [GeneratedRegex(@"<!--.*?-->|<(?:area|base|br|col|command|embed|hr|img|input|keygen|link|meta|param|source|track|wbr)\b(?:[^<>""']|""[^""]*""|'[^']*')*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex VoidTagInText();

    /// <summary>The tag as kramdown writes it, or null when it is no tag of an element without a body that kramdown reads.</summary>
    public static string? Written(string tag)
    {
        if (VoidTag().Match(tag) is not { Success: true } match || !WithoutBody.Contains(match.Groups[1].Value)) return null;
        var written = new StringBuilder("<").Append(match.Groups[1].Value.ToLowerInvariant());
        foreach (Match attribute in Attribute().Matches(match.Groups[2].Value))
        {
            var value = attribute.Groups[2].Success ? attribute.Groups[2].Value
                : attribute.Groups[3].Success ? attribute.Groups[3].Value
                : attribute.Groups[4].Value;
            written.Append(' ').Append(attribute.Groups[1].Value.ToLowerInvariant()).Append("=\"").Append(AttributeText().Replace(value, Escape)).Append('"');
        }
        return written.Append(" />").ToString();
    }

    /// <summary>A raw HTML block's text with each tag of an element without a body written as kramdown writes it (comments left as they are).</summary>
    public static string InText(string html) =>
        VoidTagInText().Replace(html, tag => tag.Value.StartsWith("<!--", StringComparison.Ordinal) ? tag.Value : Written(tag.Value) ?? tag.Value);

    [GeneratedRegex(@"[<>""]|&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")]
    private static partial Regex AttributeText();

    private static string Escape(Match token) => token.Value switch
    {
        "&" => "&amp;",
        "<" => "&lt;",
        ">" => "&gt;",
        _ => "&quot;",
    };
}
