using System.Text.Encodings.Web;
using System.Text.Json;
using Blog.Site.Content.Documents;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>jsonify</c>: JSON as Ruby's <c>to_json</c> writes it (no HTML escaping, times as Ruby prints them,
/// posts and pages with Jekyll's members in Jekyll's order: <see cref="DocumentDrop.JsonMembersAsync"/>).
/// </summary>
internal static class JsonFilter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = RubyJsonEncoder.Instance };

    public static void Register(FilterCollection filters) =>
        filters.AddFilter("jsonify", async (input, _, context) => StringValue.Create(await ToJsonAsync(input, context, indented: false)));

    /// <param name="indented">Ruby's <c>JSON.pretty_generate</c> (two-space indent), which a Jekyll drop's <c>inspect</c> gives.</param>
    public static async ValueTask<string> ToJsonAsync(FluidValue value, TemplateContext context, bool indented)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, Options with { Indented = indented })) await WriteAsync(writer, value, context, depth: 0);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <param name="depth">How deep in the JSON the value is (0 at the top): Jekyll collapses a post's neighbours from depth 2.</param>
    private static async ValueTask WriteAsync(Utf8JsonWriter writer, FluidValue value, TemplateContext context, int depth)
    {
        if (depth > 32) { writer.WriteNullValue(); return; } // posts link to posts; stop long before a cycle hurts
        switch (value)
        {
            case var _ when value.IsNil():
                writer.WriteNullValue();
                break;
            case BooleanValue:
                writer.WriteBooleanValue(value.ToBooleanValue());
                break;
            case NumberValue:
                writer.WriteNumberValue(value.ToNumberValue());
                break;
            case var _ when value.Type == FluidValues.DateTime:
                writer.WriteStringValue(value is TimeValue ? value.ToStringValue() : RubyText.Time((DateTimeOffset)value.ToObjectValue()));
                break;
            case ArrayValue array:
                writer.WriteStartArray();
                foreach (var item in array.Values) await WriteAsync(writer, item, context, depth + 1);
                writer.WriteEndArray();
                break;
            case DocumentDrop drop:
                writer.WriteStartObject();
                foreach (var (key, member) in await drop.JsonMembersAsync(context, collapsed: false))
                {
                    writer.WritePropertyName(key);
                    // Jekyll's hash_for_json: from depth 2 a post's neighbours lose their rendered members and neighbours.
                    if (depth >= 2 && key is "next" or "previous" && member is DocumentDrop neighbour)
                        await WriteObjectAsync(writer, await neighbour.JsonMembersAsync(context, collapsed: true), context, depth + 1);
                    else
                        await WriteAsync(writer, member, context, depth + 1);
                }
                writer.WriteEndObject();
                break;
            case LiquidHash hash:
                await WriteObjectAsync(writer, hash.Keys.Select(k => new KeyValuePair<string, FluidValue>(k, hash.TryGet(k, out var v) ? v : NilValue.Instance)), context, depth);
                break;
            default:
                writer.WriteStringValue(value.ToStringValue());
                break;
        }
    }

    private static async ValueTask WriteObjectAsync(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, FluidValue>> members, TemplateContext context, int depth)
    {
        writer.WriteStartObject();
        foreach (var (key, member) in members)
        {
            writer.WritePropertyName(key);
            await WriteAsync(writer, member, context, depth + 1);
        }
        writer.WriteEndObject();
    }
}
