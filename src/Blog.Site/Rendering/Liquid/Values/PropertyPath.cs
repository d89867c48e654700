using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>Reads dotted member paths (<c>author.name</c>) from values and variables, as Jekyll's filters and include parameters do.</summary>
internal static class PropertyPath
{
    public static async ValueTask<FluidValue> ReadAsync(FluidValue item, string path, TemplateContext context)
    {
        var value = item;
        foreach (var member in path.Split('.'))
        {
            if (value.IsNil()) return NilValue.Instance;
            value = await value.GetValueAsync(member, context);
        }
        return value;
    }

    public static ValueTask<FluidValue> ReadVariableAsync(string path, TemplateContext context)
    {
        var dot = path.IndexOf('.');
        var root = context.GetValue(dot < 0 ? path : path[..dot]);
        return dot < 0 ? new ValueTask<FluidValue>(root) : ReadAsync(root, path[(dot + 1)..], context);
    }
}
