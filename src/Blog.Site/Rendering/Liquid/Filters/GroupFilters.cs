using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;
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
        // group_by keys on the property's text (Ruby's to_s: an array's inspect, nil's nothing).
        return await Group(input, context, async item => StringValue.Create(RubyInspect.ToS(await FilterInput.Property(item, property, context))));
    }

    /// <summary>
    /// Jekyll's <c>group_by_exp</c> keys on the expression's value, not its text: a group's <c>name</c> keeps its type, so
    /// just-the-docs' navigation, which groups pages by a <c>size</c> and compares the name with 0 and 1, finds its groups.
    /// </summary>
    private static async ValueTask<FluidValue> GroupByExp(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var variable = arguments.At(0).ToStringValue();
        var snippet = RenderServices.From(context).Snippet($"{{{{ {arguments.At(1).ToStringValue()} }}}}");
        if (snippet is not FluidTemplate { Statements: [OutputStatement { Expression: var expression }] })
            throw new InvalidOperationException($"invalid expression in group_by_exp: '{arguments.At(1).ToStringValue()}'");
        return await Group(input, context, async item =>
        {
            context.EnterChildScope();
            try
            {
                context.SetValue(variable, item);
                return await expression.EvaluateAsync(context);
            }
            finally
            {
                context.ReleaseScope();
            }
        });
    }

    /// <summary>
    /// Jekyll's groups: <c>{"name", "items", "size"}</c> per distinct key, in order of first appearance. Keys are equal as
    /// Ruby's hash keys are: of one kind and the same value (1 and "1" are two groups).
    /// </summary>
    private static async ValueTask<FluidValue> Group(FluidValue input, TemplateContext context, Func<FluidValue, Task<FluidValue>> key)
    {
        var groups = new Dictionary<(FluidValues, string), (FluidValue Name, List<FluidValue> Items)>();
        var order = new List<(FluidValues, string)>();
        foreach (var item in FilterInput.Items(input, context))
        {
            var name = await key(item);
            var identity = (name.Type, RubyInspect.Of(name));
            if (!groups.TryGetValue(identity, out var group))
            {
                groups[identity] = group = (name, []);
                order.Add(identity);
            }
            group.Items.Add(item);
        }
        return new ArrayValue(order.Select(identity => (FluidValue)new FixedHash(
        [
            new("name", groups[identity].Name),
            new("items", new ArrayValue(groups[identity].Items)),
            new("size", NumberValue.Create(groups[identity].Items.Count)),
        ])).ToList());
    }
}
