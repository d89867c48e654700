using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>jsonify</c>: JSON as Ruby's <c>to_json</c> writes it (no HTML escaping, times as Ruby prints them,
/// posts as their data without rendered content).
/// </summary>
internal static class JsonFilter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Register(FilterCollection filters) =>
        filters.AddFilter("jsonify", (input, _, context) => new ValueTask<FluidValue>(StringValue.Create(ToJson(input, context))));

    public static string ToJson(FluidValue value, TemplateContext context)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) Write(writer, value, context, depth: 0);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Ruby's <c>JSON.pretty_generate</c> (two-space indent), which a Jekyll drop's <c>inspect</c> gives.</summary>
    public static string ToPrettyJson(FluidValue value, TemplateContext context)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options with { Indented = true })) Write(writer, value, context, depth: 0);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, FluidValue value, TemplateContext context, int depth)
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
            case DateTimeValue:
                var time = (DateTimeOffset)value.ToObjectValue();
                writer.WriteStringValue(time.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + DateFilters.Offset(time, withColon: false));
                break;
            case ArrayValue array:
                writer.WriteStartArray();
                foreach (var item in array.Values) Write(writer, item, context, depth + 1);
                writer.WriteEndArray();
                break;
            case DocumentDrop drop:
                WriteObject(writer, drop.JsonMembers(), context, depth);
                break;
            case LiquidHash hash:
                WriteObject(writer, hash.Keys.Select(k => new KeyValuePair<string, FluidValue>(k, hash.TryGet(k, out var v) ? v : NilValue.Instance)), context, depth);
                break;
            default:
                writer.WriteStringValue(value.ToStringValue());
                break;
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, FluidValue>> members, TemplateContext context, int depth)
    {
        writer.WriteStartObject();
        foreach (var (key, member) in members)
        {
            writer.WritePropertyName(key);
            Write(writer, member, context, depth + 1);
        }
        writer.WriteEndObject();
    }
}
