using System.Text;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>Jekyll's <c>xml_escape</c>, <c>cgi_escape</c> and <c>uri_escape</c>, and Liquid's <c>escape</c>, <c>escape_once</c> and <c>url_encode</c> as Ruby's.</summary>
internal static partial class EscapeFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("xml_escape", (input, _, _) => Text(input.IsNil() ? "" : XmlEscape(input.ToStringValue())));
        filters.AddFilter("cgi_escape", (input, _, _) => Text(UriText.FormEncode(input.ToStringValue())));
        filters.AddFilter("uri_escape", (input, _, _) => Text(UriText.Normalize(input.ToStringValue())));
        // Liquid's escape is Ruby's CGI.escapeHTML, which leaves every other character as it is (Fluid's wrote é as &#233;),
        // and gives nil back for nil (Fluid gave "", which is true in a condition).
        filters.AddFilter("escape", (input, _, _) =>
            input.IsNil() ? new ValueTask<FluidValue>(NilValue.Instance) : Text(Outputs.HtmlAttribute.Escape(input.ToStringValue())));
        filters.AddFilter("escape_once", (input, _, _) => Text(EscapeOnce().Replace(input.ToStringValue(), m => Outputs.HtmlAttribute.Escape(m.Value))));
        // Liquid's url_encode is Ruby's CGI.escape: only letters, digits and _ . - ~ stay, a space is +.
        filters.AddFilter("url_encode", (input, _, _) =>
            input.IsNil() ? new ValueTask<FluidValue>(NilValue.Instance) : Text(UriText.FormEncode(input.ToStringValue())));
    }

    /// <summary>What Liquid's <c>escape_once</c> escapes: <c>" &gt; &lt; '</c>, and an <c>&amp;</c> that starts no named or decimal reference.</summary>
    [GeneratedRegex(@"[""><']|&(?!(?:[a-zA-Z]+|#\d+);)")]
    private static partial Regex EscapeOnce();

    private static ValueTask<FluidValue> Text(string text) => new(StringValue.Create(text));

    /// <summary>
    /// Jekyll's <c>xml_escape</c>, Ruby's <c>encode(xml: :attr)</c> without its quotes: the five XML special characters,
    /// the apostrophe as <c>&amp;apos;</c> (not HTML's <c>&amp;#39;</c>).
    /// </summary>
    public static string XmlEscape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                _ => null,
            } ?? c.ToString());
        }
        return builder.ToString();
    }
}
