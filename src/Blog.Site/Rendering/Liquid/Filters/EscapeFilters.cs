using System.Text;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>Jekyll's <c>xml_escape</c>, <c>cgi_escape</c> and <c>uri_escape</c>.</summary>
internal static class EscapeFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("xml_escape", (input, _, _) => Text(input.IsNil() ? "" : XmlEscape(input.ToStringValue())));
        filters.AddFilter("cgi_escape", (input, _, _) => Text(UriText.FormEncode(input.ToStringValue())));
        filters.AddFilter("uri_escape", (input, _, _) => Text(UriText.Normalize(input.ToStringValue())));
    }

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
