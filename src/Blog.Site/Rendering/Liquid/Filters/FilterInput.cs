using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>How Jekyll's array filters read their input: the items, their properties, a Liquid snippet per item.</summary>
internal static partial class FilterInput
{
    [GeneratedRegex(@"\A\s*-?\d+\s*\z")]
    private static partial Regex IntegerLike();

    [GeneratedRegex(@"\A\s*-?(?:\d+\.?\d*|\.\d+)\s*\z")]
    private static partial Regex FloatLike();

    /// <summary>An array or a hash: what Jekyll's collection filters work on (Ruby's <c>select</c> and <c>find</c>).</summary>
    public static bool IsCollection(FluidValue input) => input.Type is FluidValues.Array or FluidValues.Dictionary || input is LiquidHash;

    /// <summary>The elements of an array; a hash gives its values (as Jekyll's filters take them).</summary>
    public static List<FluidValue> Items(FluidValue input, TemplateContext context) => input switch
    {
        ArrayValue array => array.Values.ToList(),
        LiquidHash hash => hash.Keys.Select(k => hash.TryGet(k, out var v) ? v : NilValue.Instance).ToList(),
        _ when input.IsNil() => [],
        _ => input.Enumerate(context).ToList(),
    };

    /// <summary>Jekyll's <c>item_property</c>: a dotted path, with numeric text read as a number.</summary>
    public static async ValueTask<FluidValue> Property(FluidValue item, string property, TemplateContext context)
    {
        var value = await PropertyPath.ReadAsync(item, property, context);
        if (value is not StringValue) return value;
        var text = value.ToStringValue();
        if (IntegerLike().IsMatch(text) || FloatLike().IsMatch(text))
            return NumberValue.Create(decimal.Parse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture));
        return value;
    }

    /// <summary>Jekyll's <c>compare_property_vs_target</c>: text compared as text, anything else element by element.</summary>
    public static bool Matches(FluidValue property, FluidValue target)
    {
        if (target.IsNil()) return property.IsNil();
        var wanted = target.ToStringValue();
        if (property is StringValue) return property.ToStringValue() == wanted;
        if (property is ArrayValue array) return array.Values.Any(v => v.ToStringValue() == wanted);
        return !property.IsNil() && property.ToStringValue() == wanted;
    }

    /// <summary>Renders a snippet with <paramref name="item"/> bound to <paramref name="variable"/> (Jekyll's <c>@context.stack</c>).</summary>
    public static async ValueTask<string> RenderForAsync(IFluidTemplate snippet, string variable, FluidValue item, TemplateContext context)
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
}
