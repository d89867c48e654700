using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// Finds markup that a browser would execute or that would take over a page, in HTML as a browser parses it
/// (AngleSharp's HTML5 parser): scripts other than JSON-LD data, <c>on*</c> event attributes, <c>javascript:</c>
/// and similar URLs, and elements that load or redirect (iframe, object, base, meta refresh...).
/// </summary>
public static class ExecutableMarkup
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset"];
    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:text/html"];
    private static readonly HashSet<string> DangerousElements = new(StringComparer.OrdinalIgnoreCase)
        { "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form", "input", "details", "math", "svg", "style", "img" };

    /// <returns>One line per problem found in the page; empty when none.</returns>
    public static IReadOnlyList<string> InPage(string html)
    {
        var problems = new List<string>();
        var document = Parser.ParseDocument(html);
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (IsThemeScript(script)) continue;
            if (!string.Equals(script.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"an executable <script>: {Short(script.OuterHtml)}");
                continue;
            }
            problems.AddRange(InJsonLd(script.TextContent));
        }
        // A script element can only end at "</script": one opened in raw text that the parser closed early shows here.
        int raw = CountOf(html, "<script");
        var scripts = document.QuerySelectorAll("script").Length;
        if (raw != scripts) problems.Add($"{raw} '<script' in the text but {scripts} script elements");
        problems.AddRange(InElements(document.All));
        return problems;
    }

    /// <summary>
    /// A script file of the site's own theme (the search box's, <c>/assets/js/search.js?v=…</c>): a path on the site
    /// under <c>/assets/js/</c> with nothing inside the element. Front matter cannot put a file there, and the site's
    /// Content-Security-Policy runs scripts from the site's own files only.
    /// </summary>
    private static bool IsThemeScript(IElement script) =>
        script.GetAttribute("src") is { } src && src.StartsWith("/assets/js/", StringComparison.Ordinal) && !src.Contains("//", StringComparison.Ordinal)
        && !src.Contains(':') && script.TextContent.Length == 0 && script.Attributes.All(a => a.LocalName is "src" or "defer");

    /// <summary>An HTML fragment (a feed's <c>type="html"</c> text, once its XML escaping is undone).</summary>
    public static IReadOnlyList<string> InFragment(string html)
    {
        var document = Parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
        var problems = InElements(document.Body!.QuerySelectorAll("*")).ToList();
        if (document.QuerySelectorAll("script").Length > 0) problems.Add($"a <script> in: {Short(html)}");
        return problems;
    }

    public static bool IsDangerousUrl(string value)
    {
        var squeezed = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return DangerousSchemes.Any(s => squeezed.StartsWith(s, StringComparison.Ordinal));
    }

    private static IEnumerable<string> InJsonLd(string json)
    {
        if (json.Contains("</script", StringComparison.OrdinalIgnoreCase) || json.Contains("<!--", StringComparison.Ordinal))
            yield return $"JSON-LD holds a raw '</script' or '<!--': {Short(json)}";
        string? error = null;
        try { using var _ = JsonDocument.Parse(json); }
        catch (JsonException e) { error = e.Message; }
        if (error is not null) yield return $"JSON-LD does not parse as JSON ({error}): {Short(json)}";
    }

    private static IEnumerable<string> InElements(IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            if (DangerousElements.Contains(element.LocalName)) yield return $"an injected <{element.LocalName}>: {Short(element.OuterHtml)}";
            if (element.LocalName == "meta" && element.HasAttribute("http-equiv")) yield return $"a <meta http-equiv>: {Short(element.OuterHtml)}";
            foreach (var attribute in element.Attributes)
            {
                if (attribute.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"an event attribute {attribute.Name} on <{element.LocalName}>: {Short(element.OuterHtml)}";
                if (UrlAttributes.Contains(attribute.LocalName, StringComparer.OrdinalIgnoreCase) && IsDangerousUrl(attribute.Value))
                    yield return $"a {attribute.Value} URL in {attribute.Name} of <{element.LocalName}>";
            }
        }
    }

    private static int CountOf(string text, string what)
    {
        int count = 0;
        for (int at = text.IndexOf(what, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.OrdinalIgnoreCase)) count++;
        return count;
    }

    private static string Short(string text) => text.Length > 200 ? text[..200] + "..." : text;
}
