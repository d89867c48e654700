using System.Globalization;
using System.Text;
using Blog.Site.Content.Documents;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// Ruby 3.1's <c>inspect</c> and <c>to_s</c> of the values Jekyll's Liquid holds: <c>"text"</c> with Ruby's escapes,
/// <c>nil</c>, <c>[1, "a"]</c>, <c>{"k"=>"v"}</c>, times as <c>2024-02-14 10:00:00 +0000</c>, and a document, page or static
/// file inside an array or a hash as Jekyll's object (<c>#&lt;Jekyll::Document _posts/x.md collection=posts&gt;</c>): those
/// arrays hold Jekyll's objects, not the drops a template reads (a drop on its own is the <c>inspect</c> filter's to write).
/// </summary>
internal static class RubyInspect
{
    /// <summary>Deep enough for any data file; posts link to posts, so a cycle stops here.</summary>
    private const int MaxDepth = 32;

    public static string Of(FluidValue value)
    {
        var builder = new StringBuilder();
        Write(builder, value, 0);
        return builder.ToString();
    }

    /// <summary>
    /// Ruby's <c>to_s</c>, which Liquid's filters make of their input (<c>input.to_s</c>): an array's or a hash's
    /// <c>inspect</c> (<c>["a", "b"] | upcase</c> is <c>["A", "B"]</c>), any other value's text.
    /// </summary>
    public static string ToS(FluidValue value) => value is ArrayValue or LiquidHash ? Of(value) : value.ToStringValue();

    public static void Write(StringBuilder builder, FluidValue value, int depth)
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
                builder.Append(' ').Append(RubyText.Time(time)[^5..]);
                break;
            case ArrayValue array:
                builder.Append('[');
                for (var i = 0; i < array.Values.Count; i++)
                {
                    if (i > 0) builder.Append(", ");
                    Write(builder, array.Values[i], depth + 1);
                }
                builder.Append(']');
                break;
            case DocumentDrop { Document: var document }:
                builder.Append(document.IsCollectionDocument
                    ? $"#<Jekyll::Document {document.RelativePath} collection={document.CollectionLabel}>"
                    : $"#<Jekyll::Page @relative_path={Quoted(document.RelativePath)}>");
                break;
            case LiquidHash { RubyObject.Inspect: { } inspect }:
                builder.Append(inspect);
                break;
            case LiquidHash hash:
                WriteHash(builder, hash.Keys.Select(k => new KeyValuePair<string, FluidValue>(k, hash.TryGet(k, out var v) ? v : NilValue.Instance)), depth);
                break;
            default:
                String(builder, value.ToStringValue());
                break;
        }
    }

    /// <summary>Ruby's <c>Hash#inspect</c> of the members: <c>{"k"=>v, ...}</c>.</summary>
    public static void WriteHash(StringBuilder builder, IEnumerable<KeyValuePair<string, FluidValue>> members, int depth)
    {
        builder.Append('{');
        var first = true;
        foreach (var (key, member) in members)
        {
            if (!first) builder.Append(", ");
            first = false;
            String(builder, key);
            builder.Append("=>");
            Write(builder, member, depth + 1);
        }
        builder.Append('}');
    }

    /// <summary>A string as Ruby's <c>String#inspect</c> writes it.</summary>
    public static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        String(builder, text);
        return builder.ToString();
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
