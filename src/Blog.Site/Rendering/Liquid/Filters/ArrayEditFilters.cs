using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>Jekyll's <c>push</c>, <c>unshift</c>, <c>pop</c> and <c>shift</c>: new arrays, the input left as it was.</summary>
internal static class ArrayEditFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("push", (input, arguments, context) => Array([.. FilterInput.Items(input, context), arguments.At(0)]));
        filters.AddFilter("unshift", (input, arguments, context) => Array([arguments.At(0), .. FilterInput.Items(input, context)]));
        filters.AddFilter("pop", (input, _, context) => Array(FilterInput.Items(input, context).SkipLast(1).ToList()));
        filters.AddFilter("shift", (input, _, context) => Array(FilterInput.Items(input, context).Skip(1).ToList()));
    }

    private static ValueTask<FluidValue> Array(IReadOnlyList<FluidValue> items) => new(new ArrayValue(items));
}
