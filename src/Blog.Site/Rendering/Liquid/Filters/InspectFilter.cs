using System.Globalization;
using System.Text;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>inspect</c>: the value as Ruby 3.1's <c>inspect</c> writes it (<c>"text"</c> with Ruby's escapes,
/// <c>nil</c>, <c>[1, "a"]</c>, <c>{"k"=>"v"}</c>, times as <c>2024-02-14 10:00:00 +0000</c>), then XML-escaped.
/// A post is a Jekyll drop, whose <c>inspect</c> is its <c>jsonify</c> members as pretty JSON.
/// </summary>
internal static class InspectFilter
{
    /// <summary>Deep enough for any data file; posts link to posts, so a cycle stops here.</summary>
    private const int MaxDepth = 32;

    public static void Register(FilterCollection filters) =>
        filters.AddFilter("inspect", async (input, _, context) =>
            StringValue.Create(EscapeFilters.XmlEscape(await InspectAsync(input, context))));

    public static async ValueTask<string> InspectAsync(FluidValue value, TemplateContext context)
    {
        var builder = new StringBuilder();
        await WriteAsync(builder, value, context, 0);
        return builder.ToString();
    }

    private static async ValueTask WriteAsync(StringBuilder builder, FluidValue value, TemplateContext context, int depth)
    {
        if (depth > MaxDepth) { builder.Append("nil"); return; }
        switch (value)
        {
            case var _ when value.IsNil():
                builder.Append("nil");
                break;
            case BooleanValue:
                builder.Append(value.ToBooleanValue() ? "true" : "false");
                break;
            case NumberValue:
                builder.Append(Number(value.ToNumberValue()));
                break;
            case TimeValue { Date: { } date }:
                builder.Append(date.Inspect());
                break;
            case var _ when value.Type == FluidValues.DateTime:
                var time = (DateTimeOffset)value.ToObjectValue();
                builder.Append(time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
                if (time.Ticks % TimeSpan.TicksPerSecond != 0)
                    builder.Append('.').Append((time.Ticks % TimeSpan.TicksPerSecond).ToString("0000000", CultureInfo.InvariantCulture).TrimEnd('0'));
                builder.Append(' ').Append(DateFilters.Offset(time, withColon: false));
                break;
            case ArrayValue array:
                builder.Append('[');
                for (var i = 0; i < array.Values.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    await WriteAsync(builder, array.Values[i], context, depth + 1);
                }
                builder.Append(']');
                break;
            case DocumentDrop drop when drop.Document.IsPost:
                builder.Append(await JsonFilter.ToJsonAsync(drop, context, indented: true));
                break;
            case DocumentDrop drop:
                await WriteHashAsync(builder, await drop.JsonMembersAsync(context, collapsed: false), context, depth);
                break;
            case LiquidHash hash:
                await WriteHashAsync(builder, hash.Keys.Select(k => new KeyValuePair<string, FluidValue>(k, hash.TryGet(k, out var v) ? v : NilValue.Instance)), context, depth);
                break;
            default:
                String(builder, value.ToStringValue());
                break;
        }
    }

    private static async ValueTask WriteHashAsync(StringBuilder builder, IEnumerable<KeyValuePair<string, FluidValue>> members, TemplateContext context, int depth)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, member) in members)
        {
            if (!first) builder.Append(", ");
            first = false;
            String(builder, key);
            builder.Append("=>");
            await WriteAsync(builder, member, context, depth + 1);
        }
        builder.Append('}');
    }

    /// <summary>Integers as integers; other numbers as Ruby prints a Float (at least one decimal, exponent from 1e16).</summary>
    private static string Number(decimal number)
    {
        if (decimal.Truncate(number) == number && number.Scale == 0) return number.ToString(CultureInfo.InvariantCulture);
        var magnitude = Math.Abs(number);
        if (magnitude >= 1e16m || (magnitude < 0.0001m && magnitude != 0))
        {
            var text = ((double)number).ToString("0.0###############e+00", CultureInfo.InvariantCulture);
            return text;
        }
        var plain = number.ToString("0.0###########################", CultureInfo.InvariantCulture);
        return plain;
    }

    /// <summary>Ruby's <c>String#inspect</c> for UTF-8 text.</summary>
    private static void String(StringBuilder builder, string text)
    {
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\t': builder.Append("\\t"); break;
                case '\r': builder.Append("\\r"); break;
                case '\f': builder.Append("\\f"); break;
                case '\v': builder.Append("\\v"); break;
                case '\b': builder.Append("\\b"); break;
                case '\a': builder.Append("\\a"); break;
                case '\u001B': builder.Append("\\e"); break;
                // "#{", "#$" and "#@" would interpolate in Ruby source, so inspect escapes the '#'.
                case '#' when i + 1 < text.Length && text[i + 1] is '{' or '$' or '@': builder.Append("\\#"); break;
                default:
                    var category = char.GetUnicodeCategory(c);
                    if (category is UnicodeCategory.Control or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        builder.Append(c);
                    break;
            }
        }
        builder.Append('"');
    }
}
