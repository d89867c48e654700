using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>Jekyll's <c>number_of_words</c>, <c>array_to_sentence_string</c>, <c>normalize_whitespace</c>, <c>to_integer</c>, <c>markdownify</c> and <c>smartify</c> (<see cref="SmartifyFilter"/>).</summary>
internal static partial class TextFilters
{
    [GeneratedRegex(@"[\u1100-\u11FF\u3040-\u309F\u30A0-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]")]
    private static partial Regex CjkCharacter();

    [GeneratedRegex(@"[^\u1100-\u11FF\u3040-\u309F\u30A0-\u30FF\u3130-\u318F\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\s]+")]
    private static partial Regex NonCjkWord();

    /// <summary>What Ruby's <c>split</c> takes for white space: ASCII's only (a no-break space is inside a word).</summary>
    internal static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\v', '\f', '\r'];

    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("number_of_words", (input, arguments, _) =>
            new ValueTask<FluidValue>(NumberValue.Create(NumberOfWords(input.ToStringValue(), arguments.At(0).IsNil() ? null : arguments.At(0).ToStringValue()))));
        filters.AddFilter("array_to_sentence_string", (input, arguments, context) =>
            new ValueTask<FluidValue>(StringValue.Create(ToSentence(
                input.Enumerate(context).Select(v => v.ToStringValue()).ToList(),
                arguments.Count > 0 && !arguments.At(0).IsNil() ? arguments.At(0).ToStringValue() : "and"))));
        filters.AddFilter("normalize_whitespace", (input, _, _) =>
            new ValueTask<FluidValue>(StringValue.Create(Outputs.HtmlText.NormalizeWhitespace(input.ToStringValue()))));
        filters.AddFilter("to_integer", (input, _, _) =>
            new ValueTask<FluidValue>(NumberValue.Create(input is BooleanValue b ? (b.ToBooleanValue() ? 1 : 0) : decimal.Truncate(input.ToNumberValue()))));
        SmartifyFilter.Register(filters);
        filters.AddFilter("markdownify", (input, _, context) =>
            new ValueTask<FluidValue>(StringValue.Create(RenderServices.From(context).Markdown.ToHtml(input.IsNil() ? "" : input.ToStringValue()))));
    }

    /// <summary>Whitespace-separated words; with <c>"cjk"</c> each CJK character counts as a word, <c>"auto"</c> does so only when there are some.</summary>
    public static int NumberOfWords(string text, string? mode)
    {
        // Ruby's split without a pattern splits at ASCII white space only: a no-break space (kramdown's before a footnote's
        // back link) is inside a word.
        var plain = text.Split(AsciiWhitespace, StringSplitOptions.RemoveEmptyEntries).Length;
        return mode switch
        {
            "cjk" => CjkCharacter().Count(text) + NonCjkWord().Count(text),
            "auto" => CjkCharacter().Count(text) is var cjk && cjk > 0 ? cjk + NonCjkWord().Count(text) : plain,
            _ => plain,
        };
    }

    public static string ToSentence(IReadOnlyList<string> items, string connector) => items.Count switch
    {
        0 => "",
        1 => items[0],
        2 => $"{items[0]} {connector} {items[1]}",
        _ => $"{string.Join(", ", items.Take(items.Count - 1))}, {connector} {items[^1]}",
    };
}
