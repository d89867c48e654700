using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Liquid's standard filters as Jekyll 4.3's Liquid (5.4, in Ruby) has them, where Fluid's differ: found by rendering
/// generated templates with both.
/// </summary>
internal static class StandardFilters
{

    /// <summary>Filters Fluid adds that Jekyll 4.3's Liquid has not: there, as any unknown filter, they pass their value through.</summary>
    private static readonly string[] FluidOnly =
    [
        "sum", "find_index", "has", "reject", "remove_last", "replace_last", "raw", "handle", "handleize", "json", "time_zone",
        "format_number", "format_string", "format_date", "md5", "sha1", "sha256", "hmac_sha1", "hmac_sha256",
    ];

    public static void Register(FilterCollection filters)
    {
        foreach (var name in FluidOnly) filters.Remove(name);
        filters.AddFilter("truncatewords", TruncateWords);
        // Liquid's strip_html takes out scripts, styles and comments whole, then every '<' up to its '>': a lone '>' stays
        // (Fluid's took out "a -> b"'s).
        filters.AddFilter("strip_html", (input, _, _) => Text(Outputs.HtmlText.StripHtml(input.ToStringValue())));
        // Ruby's String#split: " " splits at runs of white space and ignores it at the start (compress.html relies on it),
        // any other text splits where it stands, keeping empty fields but the trailing ones ("a,,b,," is a, "", b).
        filters.AddFilter("split", (input, arguments, _) => new ValueTask<FluidValue>(new ArrayValue(
            Split(input.ToStringValue(), arguments.At(0).ToStringValue()).Select(part => (FluidValue)StringValue.Create(part)).ToArray())));
        // Ruby's String#capitalize: the first character in upper case and every other in lower case (Fluid's leaves the rest).
        filters.AddFilter("capitalize", (input, _, _) => Text(Capitalized(input.ToStringValue())));
        // Ruby's urlsafe_encode64 keeps the padding (Fluid's drops it).
        filters.AddFilter("base64_url_safe_encode", (input, _, _) =>
            Text(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(input.ToStringValue())).Replace('+', '-').Replace('/', '_')));
        // Liquid's size is Ruby's #size where the value has one, else 0: an integer's is its bytes, nil, a float or a boolean has none.
        Wrap(filters, "size", (input, arguments, context, original) => input switch
        {
            NumberValue number => new ValueTask<FluidValue>(NumberValue.Create(IntegerSize(number.ToNumberValue()))),
            BooleanValue => new ValueTask<FluidValue>(NumberValue.Zero),
            _ when input.IsNil() => new ValueTask<FluidValue>(NumberValue.Zero),
            _ => original(input, arguments, context),
        });
        // Liquid's first and last are Ruby's: an array's item, a hash's first [key, value] pair (a hash has no last), nothing of text.
        foreach (var name in (string[])["first", "last"])
            Wrap(filters, name, (input, arguments, context, original) => input switch
            {
                StringValue => new ValueTask<FluidValue>(NilValue.Instance),
                LiquidHash hash => new ValueTask<FluidValue>(name == "first" ? hash.First() : NilValue.Instance),
                _ => original(input, arguments, context),
            });
        foreach (var (name, all) in (ReadOnlySpan<(string, bool)>)[("replace", true), ("replace_first", false)])
            filters.AddFilter(name, (input, arguments, _) =>
                Text(RubySubstitution.Replace(input.ToStringValue(), arguments.At(0).ToStringValue(), arguments.At(1).ToStringValue(), all)));
        // Liquid's slice takes a nil length for 1 (Fluid stops with an error).
        Wrap(filters, "slice", (input, arguments, context, original) =>
            arguments.Count > 1 && arguments.At(1).IsNil() ? original(input, new FilterArguments(arguments.At(0)), context) : original(input, arguments, context));
        // Liquid's date gives back what it cannot read as a time (Fluid gives nil), and the input when the format is empty;
        // text of digits is seconds since 1970.
        Wrap(filters, "date", (input, arguments, context, original) =>
            input.Type is FluidValues.Boolean or FluidValues.Array or FluidValues.Dictionary || arguments.At(0).ToStringValue().Length == 0
                || DateFilters.Epoch(input) is var time && !time.TryGetDateTimeInput(context, out _)
                ? new ValueTask<FluidValue>(input)
                : original(time, arguments, context));
        // Ruby's modulo takes the divisor's sign (-7 % 3 is 2; Fluid gives -1).
        Wrap(filters, "modulo", (input, arguments, context, original) =>
        {
            var (a, b) = (input.ToNumberValue(), arguments.At(0).ToNumberValue());
            if (b == 0) return original(input, arguments, context);
            return new ValueTask<FluidValue>(NumberValue.Create(Floated(a - b * Math.Floor(a / b), input, arguments.At(0))));
        });
        // Ruby divides as floats when either number is one, and writes a float with its decimal point (4 / 2.0 is 2.0).
        Wrap(filters, "divided_by", async (input, arguments, context, original) =>
        {
            var result = await original(input, arguments, context);
            return result is NumberValue number ? NumberValue.Create(Floated(number.ToNumberValue(), input, arguments.At(0))) : result;
        });
    }

    /// <summary>
    /// Liquid's <c>truncatewords</c>: the first words (at least one) joined by single spaces and the ending
    /// (<c>...</c> unless given), or the text unchanged when it has no more words than that.
    /// </summary>
    private static ValueTask<FluidValue> TruncateWords(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil()) return new ValueTask<FluidValue>(NilValue.Instance);
        var text = input.ToStringValue();
        var count = arguments.At(0).IsNil() ? 15 : Math.Max(1, (int)decimal.Truncate(arguments.At(0).ToNumberValue()));
        var words = text.Split((char[]?)null, count + 1, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= count) return new ValueTask<FluidValue>(StringValue.Create(text));
        var ending = arguments.Count > 1 ? arguments.At(1).ToStringValue() : "...";
        return Text(string.Join(' ', words.Take(count)) + ending);
    }

    /// <summary>A result written as Ruby writes it: with a decimal point when either operand is a float.</summary>
    private static decimal Floated(decimal result, FluidValue left, FluidValue right) =>
        (IsFloat(left) || IsFloat(right)) && result.Scale == 0 ? result + 0.0m : result;

    /// <summary>A number written with a decimal point: a float to Ruby.</summary>
    private static bool IsFloat(FluidValue value) => value is NumberValue number && number.ToNumberValue().Scale > 0
        || value is StringValue && value.ToStringValue().Contains('.');

    private static ValueTask<FluidValue> Text(string text) => new(StringValue.Create(text));

    internal delegate ValueTask<FluidValue> Wrapped(FluidValue input, FilterArguments arguments, TemplateContext context, FilterDelegate original);

    /// <summary>
    /// Ruby's <c>Integer#size</c>: 8 (a machine word) for an integer that fits Ruby's own (below 2^62 either way), else the
    /// bytes its magnitude takes; 0 for a float (a number with decimal places), which has no size.
    /// </summary>
    private static int IntegerSize(decimal number)
    {
        if (number.Scale > 0) return 0;
        var magnitude = System.Numerics.BigInteger.Abs(new System.Numerics.BigInteger(number));
        return magnitude < System.Numerics.BigInteger.One << 62 ? 8 : (int)((magnitude.GetBitLength() + 7) / 8);
    }

    /// <summary>Replaces a filter with one that may call the one registered before (Fluid's own, or Jekyll's).</summary>
    internal static void Wrap(FilterCollection filters, string name, Wrapped filter)
    {
        if (!filters.TryGetValue(name, out var original)) throw new InvalidOperationException($"there is no '{name}' filter to wrap");
        filters.AddFilter(name, (input, arguments, context) => filter(input, arguments, context, original));
    }

    private static string Capitalized(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text[1..].ToLowerInvariant());

    private static IEnumerable<string> Split(string text, string separator)
    {
        if (text.Length == 0) return [];
        if (separator == " ") return text.Split(TextFilters.AsciiWhitespace, StringSplitOptions.RemoveEmptyEntries);
        if (separator.Length == 0) return text.EnumerateRunes().Select(r => r.ToString());
        var parts = text.Split(separator);
        var count = parts.Length;
        while (count > 0 && parts[count - 1].Length == 0) count--;
        return parts.Take(count);
    }
}
