using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>sort</c>: by value, or by a property with nil properties <c>"first"</c> (the default) or
/// <c>"last"</c>. Stable, so equal items keep their order.
/// </summary>
internal static class SortFilter
{
    public static void Register(FilterCollection filters) => filters.AddFilter("sort", Sort);

    private static async ValueTask<FluidValue> Sort(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil()) throw new InvalidOperationException("cannot sort a null object");
        // A hash sorts as Ruby's Hash#sort: its [key, value] pairs, by key.
        var items = input is LiquidHash ? input.Enumerate(context).ToList() : FilterInput.Items(input, context);
        if (arguments.Count == 0 || arguments.At(0).IsNil())
            return new ArrayValue(items.Order(LiquidComparer.Instance).ToList());

        var property = arguments.At(0).ToStringValue();
        var nils = arguments.Count > 1 ? arguments.At(1).ToStringValue() : "first";
        if (nils is not ("first" or "last"))
            throw new InvalidOperationException($"invalid nils order '{nils}': it must be 'first' or 'last'");
        var keyed = new List<(FluidValue Key, FluidValue Item)>(items.Count);
        foreach (var item in items) keyed.Add((await FilterInput.Property(item, property, context), item));
        var nilOrder = nils == "first" ? -1 : 1;
        var sorted = keyed.OrderBy(k => k.Key, Comparer<FluidValue>.Create((a, b) =>
            (a.IsNil(), b.IsNil()) switch
            {
                (true, true) => 0,
                (true, false) => nilOrder,
                (false, true) => -nilOrder,
                _ => LiquidComparer.Instance.Compare(a, b),
            }));
        return new ArrayValue(sorted.Select(k => k.Item).ToList());
    }
}
