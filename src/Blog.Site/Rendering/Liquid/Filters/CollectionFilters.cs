using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's array filters: <c>where</c>, <c>where_exp</c>, <c>find</c>, <c>find_exp</c>, <c>group_by</c>,
/// <c>group_by_exp</c>, <c>sort</c>, <c>push</c>, <c>pop</c>, <c>shift</c>, <c>unshift</c>, with Jekyll's rules for
/// properties (dotted paths, numeric text compared as numbers) rather than Liquid's.
/// </summary>
internal static partial class CollectionFilters
{
    [GeneratedRegex(@"\A\s*-?\d+\s*\z")]
    private static partial Regex IntegerLike();

    [GeneratedRegex(@"\A\s*-?(?:\d+\.?\d*|\.\d+)\s*\z")]
    private static partial Regex FloatLike();

    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("where", Where);
        filters.AddFilter("where_exp", WhereExp);
        filters.AddFilter("find", Find);
        filters.AddFilter("find_exp", FindExp);
        filters.AddFilter("group_by", GroupBy);
        filters.AddFilter("group_by_exp", GroupByExp);
        filters.AddFilter("sort", Sort);
        filters.AddFilter("push", (input, arguments, context) => Array([.. Items(input, context), arguments.At(0)]));
        filters.AddFilter("unshift", (input, arguments, context) => Array([arguments.At(0), .. Items(input, context)]));
        filters.AddFilter("pop", (input, _, context) => Array(Items(input, context).SkipLast(1).ToList()));
        filters.AddFilter("shift", (input, _, context) => Array(Items(input, context).Skip(1).ToList()));
    }

    private static ValueTask<FluidValue> Array(IReadOnlyList<FluidValue> items) => new(new ArrayValue(items));

    /// <summary>The elements of an array; a hash gives its values (as Jekyll's filters take them).</summary>
    private static List<FluidValue> Items(FluidValue input, TemplateContext context) => input switch
    {
        ArrayValue array => array.Values.ToList(),
        LiquidHash hash => hash.Keys.Select(k => hash.TryGet(k, out var v) ? v : NilValue.Instance).ToList(),
        _ when input.IsNil() => [],
        _ => input.Enumerate(context).ToList(),
    };

    /// <summary>Jekyll's <c>item_property</c>: a dotted path, with numeric text read as a number.</summary>
    private static async ValueTask<FluidValue> Property(FluidValue item, string property, TemplateContext context)
    {
        var value = await PropertyPath.ReadAsync(item, property, context);
        if (value is not StringValue) return value;
        var text = value.ToStringValue();
        if (IntegerLike().IsMatch(text) || FloatLike().IsMatch(text))
            return NumberValue.Create(decimal.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture));
        return value;
    }

    /// <summary>Jekyll's <c>compare_property_vs_target</c>: text compared as text, anything else element by element.</summary>
    private static bool Matches(FluidValue property, FluidValue target)
    {
        if (target.IsNil()) return property.IsNil();
        var wanted = target.ToStringValue();
        if (property is StringValue) return property.ToStringValue() == wanted;
        if (property is ArrayValue array) return array.Values.Any(v => v.ToStringValue() == wanted);
        return !property.IsNil() && property.ToStringValue() == wanted;
    }

    private static async ValueTask<FluidValue> Where(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (arguments.Count == 0 || arguments.At(1) is ArrayValue or LiquidHash) return input;
        var property = arguments.At(0).ToStringValue();
        var matches = new List<FluidValue>();
        foreach (var item in Items(input, context))
            if (Matches(await Property(item, property, context), arguments.At(1))) matches.Add(item);
        return new ArrayValue(matches);
    }

    private static async ValueTask<FluidValue> Find(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (arguments.Count == 0) return NilValue.Instance;
        var property = arguments.At(0).ToStringValue();
        foreach (var item in Items(input, context))
            if (Matches(await Property(item, property, context), arguments.At(1))) return item;
        return NilValue.Instance;
    }

    private static async ValueTask<FluidValue> WhereExp(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var matches = new List<FluidValue>();
        await foreach (var item in Satisfying(input, arguments, context)) matches.Add(item);
        return new ArrayValue(matches);
    }

    private static async ValueTask<FluidValue> FindExp(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        await foreach (var item in Satisfying(input, arguments, context)) return item;
        return NilValue.Instance;
    }

    /// <summary>The items for which the condition (second argument) holds with the item named by the first argument.</summary>
    private static async IAsyncEnumerable<FluidValue> Satisfying(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var variable = arguments.At(0).ToStringValue();
        var condition = RenderServices.From(context).Snippet($"{{% if {arguments.At(1).ToStringValue()} %}}true{{% endif %}}");
        foreach (var item in Items(input, context))
        {
            if (await Evaluate(condition, variable, item, context) == "true") yield return item;
        }
    }

    private static async ValueTask<string> Evaluate(IFluidTemplate snippet, string variable, FluidValue item, TemplateContext context)
    {
        context.EnterChildScope();
        try
        {
            context.SetValue(variable, item);
            var output = new StringWriter();
            await snippet.RenderAsync(output, NullEncoder.Default, context);
            return output.ToString();
        }
        finally
        {
            context.ReleaseScope();
        }
    }

    private static async ValueTask<FluidValue> GroupBy(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var property = arguments.At(0).ToStringValue();
        return await Group(input, context, async item => RubyText(await Property(item, property, context)));
    }

    private static async ValueTask<FluidValue> GroupByExp(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var variable = arguments.At(0).ToStringValue();
        var expression = RenderServices.From(context).Snippet($"{{{{ {arguments.At(1).ToStringValue()} }}}}");
        return await Group(input, context, item => Evaluate(expression, variable, item, context).AsTask());
    }

    /// <summary>Jekyll's groups: <c>{"name", "items", "size"}</c> per distinct key, in order of first appearance.</summary>
    private static async ValueTask<FluidValue> Group(FluidValue input, TemplateContext context, Func<FluidValue, Task<string>> key)
    {
        var groups = new Dictionary<string, List<FluidValue>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var item in Items(input, context))
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

    /// <summary>
    /// Jekyll's <c>sort</c>: by value, or by a property with nil properties <c>"first"</c> (the default) or
    /// <c>"last"</c>. Stable, so equal items keep their order.
    /// </summary>
    private static async ValueTask<FluidValue> Sort(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input.IsNil()) throw new InvalidOperationException("cannot sort a null object");
        var items = Items(input, context);
        if (arguments.Count == 0 || arguments.At(0).IsNil())
            return new ArrayValue(items.Order(LiquidComparer.Instance).ToList());

        var property = arguments.At(0).ToStringValue();
        var nils = arguments.Count > 1 ? arguments.At(1).ToStringValue() : "first";
        if (nils is not ("first" or "last"))
            throw new InvalidOperationException($"invalid nils order '{nils}': it must be 'first' or 'last'");
        var keyed = new List<(FluidValue Key, FluidValue Item)>(items.Count);
        foreach (var item in items) keyed.Add((await Property(item, property, context), item));
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
