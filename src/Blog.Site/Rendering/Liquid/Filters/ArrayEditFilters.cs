using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>push</c>, <c>unshift</c>, <c>pop</c> and <c>shift</c> (the last two take how many, one by default): new
/// arrays, the input left as it was; anything but an array is given back unchanged.
/// </summary>
internal static class ArrayEditFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("push", (input, arguments, context) => Edit(input, context, items => [.. items, arguments.At(0)]));
        filters.AddFilter("unshift", (input, arguments, context) => Edit(input, context, items => [arguments.At(0), .. items]));
        filters.AddFilter("pop", (input, arguments, context) => Edit(input, context, items => items.SkipLast(Count(arguments)).ToList()));
        filters.AddFilter("shift", (input, arguments, context) => Edit(input, context, items => items.Skip(Count(arguments)).ToList()));
    }

    private static ValueTask<FluidValue> Edit(FluidValue input, TemplateContext context, Func<List<FluidValue>, IReadOnlyList<FluidValue>> edit) =>
        new(input.Type == FluidValues.Array ? new ArrayValue(edit(FilterInput.Items(input, context))) : input);

    private static int Count(FilterArguments arguments) => arguments.At(0).IsNil() ? 1 : Math.Max(0, (int)decimal.Truncate(arguments.At(0).ToNumberValue()));
}
