using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// What Liquid's and Jekyll's filters make of an array or a hash where they want text or a number, as Ruby does: text
/// filters call <c>to_s</c>, which is the value's <c>inspect</c> (<c>["a", "b"] | upcase</c> is <c>["A", "B"]</c>,
/// <c>append</c> of a hash is <c>{"a"=>1}!</c>; Fluid joined the items, or wrote nothing for a hash), and number filters
/// read it as 0 (Fluid counted an array's items). A hash is its own <c>to_s</c> already (<see cref="LiquidHash"/>);
/// arrays are Fluid's, so these filters are wrapped. Registered after every other filter, Jekyll's included.
/// </summary>
internal static class RubyInputs
{
    /// <summary>Filters that read their input as text (<c>input.to_s</c>).</summary>
    private static readonly string[] TextInput =
    [
        "downcase", "upcase", "capitalize", "escape", "escape_once", "url_encode", "url_decode", "strip", "lstrip", "rstrip", "strip_html",
        "strip_newlines", "newline_to_br", "truncate", "truncatewords", "base64_encode", "base64_decode", "base64_url_safe_encode",
        "base64_url_safe_decode", "xml_escape", "relative_url", "absolute_url", "markdownify", "smartify", "normalize_whitespace",
    ];

    /// <summary>Filters that read their input and their arguments as text.</summary>
    private static readonly string[] TextInputAndArguments = ["append", "prepend", "replace", "replace_first", "remove", "remove_first", "split"];

    /// <summary>Filters that read their input and their arguments as numbers (Liquid's <c>Utils.to_number</c>: 0 for an array).</summary>
    private static readonly string[] NumberInputAndArguments =
        ["abs", "plus", "minus", "times", "divided_by", "modulo", "round", "ceil", "floor", "at_least", "at_most"];

    public static void Register(FilterCollection filters)
    {
        foreach (var name in TextInput)
            StandardFilters.Wrap(filters, name, (input, arguments, context, original) => original(Text(input), arguments, context));
        foreach (var name in TextInputAndArguments)
            StandardFilters.Wrap(filters, name, (input, arguments, context, original) => original(Text(input), Each(arguments, Text), context));
        foreach (var name in NumberInputAndArguments)
            StandardFilters.Wrap(filters, name, (input, arguments, context, original) => original(Number(input), Each(arguments, Number), context));
        // join iterates a hash as one item (Liquid's InputIterator), so it is the hash's text.
        StandardFilters.Wrap(filters, "join", (input, arguments, context, original) =>
            input is LiquidHash hash ? new ValueTask<FluidValue>(StringValue.Create(hash.ToStringValue())) : original(input, arguments, context));
        // default takes a hash for nothing only when it is empty, as an empty array or text.
        StandardFilters.Wrap(filters, "default", (input, arguments, context, original) => input switch
        {
            LiquidHash { Count: 0 } => original(NilValue.Instance, arguments, context),
            LiquidHash => new ValueTask<FluidValue>(input),
            _ => original(input, arguments, context),
        });
    }

    private static FluidValue Text(FluidValue value) => value is ArrayValue ? StringValue.Create(RubyInspect.Of(value)) : value;

    private static FluidValue Number(FluidValue value) => value is ArrayValue ? NumberValue.Zero : value;

    private static FilterArguments Each(FilterArguments arguments, Func<FluidValue, FluidValue> convert)
    {
        var any = false;
        for (var i = 0; i < arguments.Count; i++) any |= arguments.At(i) is ArrayValue;
        if (!any) return arguments;
        var converted = new FilterArguments();
        for (var i = 0; i < arguments.Count; i++) converted.Add(convert(arguments.At(i)));
        return converted;
    }
}
