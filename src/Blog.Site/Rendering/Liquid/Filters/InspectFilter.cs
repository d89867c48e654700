using System.Text;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>inspect</c>: the value as Ruby 3.1's <c>inspect</c> writes it (<see cref="RubyInspect"/>), then XML-escaped.
/// A post read on its own is a Jekyll drop, whose <c>inspect</c> is its <c>jsonify</c> members as pretty JSON; a page is
/// the hash of its members.
/// </summary>
internal static class InspectFilter
{
    public static void Register(FilterCollection filters) =>
        filters.AddFilter("inspect", async (input, _, context) =>
            StringValue.Create(EscapeFilters.XmlEscape(await InspectAsync(input, context))));

    public static async ValueTask<string> InspectAsync(FluidValue value, TemplateContext context)
    {
        switch (value)
        {
            case DocumentDrop drop when drop.Document.IsPost:
                return await JsonFilter.ToJsonAsync(drop, context, indented: true);
            case DocumentDrop drop:
                var builder = new StringBuilder();
                RubyInspect.WriteHash(builder, await drop.JsonMembersAsync(context, collapsed: false), 0);
                return builder.ToString();
            default:
                return RubyInspect.Of(value);
        }
    }
}
