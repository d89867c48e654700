using System.Net;
using System.Text.RegularExpressions;

namespace Blog.Site.Outputs;

/// <summary>
/// Liquid's <c>strip_html</c> and <c>normalize_whitespace</c> for the short texts the outputs print
/// (titles, descriptions, summaries); entities are decoded so the writer escapes each character once.
/// </summary>
public static partial class HtmlText
{
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html)) return "";
        var withoutTags = html.Contains('<') ? Tags().Replace(RawText().Replace(html, " "), "") : html;
        var decoded = withoutTags.Contains('&') ? WebUtility.HtmlDecode(withoutTags) : withoutTags;
        return NormalizeWhitespace(decoded);
    }

    /// <summary>
    /// Liquid's <c>strip_html</c>: scripts, styles and comments out whole (as written: <c>&lt;SCRIPT&gt;</c> is only its tags),
    /// then every <c>&lt;</c> up to its <c>&gt;</c>; entities and a lone <c>&gt;</c> stay.
    /// </summary>
    public static string StripHtml(string html) => html.Contains('<') ? LiquidTags().Replace(LiquidRawText().Replace(html, ""), "") : html;

    /// <summary>Liquid's <c>strip_html | normalize_whitespace</c> as jekyll-feed writes a summary into CDATA: entities as they are.</summary>
    public static string ToSummary(string? html) => string.IsNullOrEmpty(html) ? "" : NormalizeWhitespace(StripHtml(html));

    /// <summary>
    /// Jekyll's <c>normalize_whitespace</c>: runs of Ruby's whitespace (ASCII spaces, tabs, line breaks) made one space, none
    /// at either end. A no-break space is not Ruby's whitespace: kramdown writes one before a footnote's back link, and it stays.
    /// </summary>
    public static string NormalizeWhitespace(string text) => Whitespace().Replace(text, " ").Trim(RubyWhitespace);

    /// <summary>What Ruby's <c>\s</c> and <c>String#strip</c> take for whitespace (strip also a NUL).</summary>
    private static readonly char[] RubyWhitespace = [' ', '\t', '\n', '\v', '\f', '\r', '\0'];

    [GeneratedRegex("<script.*?</script>|<!--.*?-->|<style.*?</style>", RegexOptions.Singleline)]
    private static partial Regex LiquidRawText();

    [GeneratedRegex("<.*?>", RegexOptions.Singleline)]
    private static partial Regex LiquidTags();

    /// <summary>
    /// <see cref="ToPlainText"/> for a place a reader renders as HTML (an Atom <c>type="html"</c> title): entities it
    /// decoded into <c>&lt;</c> or <c>&gt;</c> (<c>&amp;lt;script&amp;gt;</c>) are escaped again, so they show as
    /// text and never become markup.
    /// </summary>
    public static string ToHtmlText(string? html) => ToPlainText(html).Replace("<", "&lt;").Replace(">", "&gt;");

    [GeneratedRegex(@"<script.*?</script>|<!--.*?-->|<style.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex RawText();

    [GeneratedRegex(@"<.*?>", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\n\v\f\r]+")]
    private static partial Regex Whitespace();
}
