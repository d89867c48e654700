using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>Jekyll's <c>group_by</c> (by property) and <c>group_by_exp</c> (by a Liquid expression).</summary>
internal static class GroupFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("group_by", GroupBy);
        filters.AddFilter("group_by_exp", GroupByExp);
    }

    private static async ValueTask<FluidValue> GroupBy(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var property = arguments.At(0).ToStringValue();
        return await Group(input, context, async item => RubyText(await FilterInput.Property(item, property, context)));
    }

    private static async ValueTask<FluidValue> GroupByExp(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var variable = arguments.At(0).ToStringValue();
        var expression = RenderServices.From(context).Snippet($"{{{{ {arguments.At(1).ToStringValue()} }}}}");
        return await Group(input, context, item => FilterInput.RenderForAsync(expression, variable, item, context).AsTask());
    }

    /// <summary>Jekyll's groups: <c>{"name", "items", "size"}</c> per distinct key, in order of first appearance.</summary>
    private static async ValueTask<FluidValue> Group(FluidValue input, TemplateContext context, Func<FluidValue, Task<string>> key)
    {
        var groups = new Dictionary<string, List<FluidValue>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in FilterInput.Items(input, context))
        {
            var name = await key(item);
            if (!groups.TryGetValue(name, out var members))
            {
                groups[name] = members = [];
                order.Add(name);
            }
            members.Add(item);
        }
        return new ArrayValue(order.Select(name => (FluidValue)new FixedHash(
        [
            new("name", StringValue.Create(name)),
            new("items", new ArrayValue(groups[name])),
            new("size", NumberValue.Create(groups[name].Count)),
        ])).ToList());
    }

    /// <summary>Ruby's <c>to_s</c>, which <c>group_by</c> keys on: arrays print as <c>["a", "b"]</c>, nil as empty.</summary>
    private static string RubyText(FluidValue value) => value switch
    {
        ArrayValue array => "[" + string.Join(", ", array.Values.Select(v => v is StringValue ? $"\"{v.ToStringValue()}\"" : RubyText(v))) + "]",
        _ when value.IsNil() => "",
        _ => value.ToStringValue(),
    };
}
