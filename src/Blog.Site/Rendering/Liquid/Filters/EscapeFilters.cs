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

    /// <summary>Ruby's <c>CGI.escapeHTML</c>: the five XML special characters, as attributes are escaped.</summary>
    public static string XmlEscape(string text) => Outputs.HtmlAttribute.Escape(text);
}
