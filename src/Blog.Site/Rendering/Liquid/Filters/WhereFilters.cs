using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>where</c>, <c>find</c> (by property value) and <c>where_exp</c>, <c>find_exp</c> (by a Liquid condition). Like
/// Jekyll's, they give back an input that is neither an array nor a hash, and a value to match that is one.
/// </summary>
internal static class WhereFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("where", Where);
        filters.AddFilter("where_exp", WhereExp);
        filters.AddFilter("find", Find);
        filters.AddFilter("find_exp", FindExp);
    }

    private static async ValueTask<FluidValue> Where(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (arguments.Count == 0 || arguments.At(1) is ArrayValue or LiquidHash || !FilterInput.IsCollection(input)) return input;
        var property = arguments.At(0).ToStringValue();
        var matches = new List<FluidValue>();
        foreach (var item in FilterInput.Items(input, context))
            if (FilterInput.Matches(await FilterInput.Property(item, property, context), arguments.At(1))) matches.Add(item);
        return new ArrayValue(matches);
    }

    private static async ValueTask<FluidValue> Find(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (arguments.Count == 0 || arguments.At(1) is ArrayValue or LiquidHash || !FilterInput.IsCollection(input)) return input;
        var property = arguments.At(0).ToStringValue();
        foreach (var item in FilterInput.Items(input, context))
            if (FilterInput.Matches(await FilterInput.Property(item, property, context), arguments.At(1))) return item;
        return NilValue.Instance;
    }

    private static async ValueTask<FluidValue> WhereExp(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!FilterInput.IsCollection(input)) return input;
        var matches = new List<FluidValue>();
        await foreach (var item in Satisfying(input, arguments, context)) matches.Add(item);
        return new ArrayValue(matches);
    }

    private static async ValueTask<FluidValue> FindExp(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (!FilterInput.IsCollection(input)) return input;
        await foreach (var item in Satisfying(input, arguments, context)) return item;
        return NilValue.Instance;
    }

    /// <summary>The items for which the condition (second argument) holds with the item named by the first argument.</summary>
    private static async IAsyncEnumerable<FluidValue> Satisfying(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var variable = arguments.At(0).ToStringValue();
        var condition = RenderServices.From(context).Snippet($"{{% if {arguments.At(1).ToStringValue()} %}}true{{% endif %}}");
        foreach (var item in FilterInput.Items(input, context))
        {
            if (await FilterInput.RenderForAsync(condition, variable, item, context) == "true") yield return item;
        }
    }
}
