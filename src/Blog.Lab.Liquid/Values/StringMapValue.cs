using Fluid;
using Fluid.Values;

namespace Blog.Lab.Liquid.Values;

/// <summary>A result's facts or provenance: names to text; an unknown name is an error on the page.</summary>
internal sealed class StringMapValue(IReadOnlyDictionary<string, string> values, string path, LabUsage usage) : ObjectValueBase(values)
{
    public override async ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        if (values.TryGetValue(name, out var value)) return StringValue.Create(value);
        await usage.ErrorAsync(context, path, $"lab {path} has no '{name}' (has: {string.Join(", ", values.Keys)})");
        return NilValue.Instance;
    }

    public override string ToStringValue() => string.Join(", ", values.Select(p => $"{p.Key}: {p.Value}"));
}
