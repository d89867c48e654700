using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Outputs.Liquid.Seo;

/// <summary>
/// Reads values from a template's variables through Fluid's own member access, so it works with whatever
/// <see cref="FluidValue"/> the renderer gives <c>page</c> (a dictionary, an object, a custom value).
/// </summary>
internal sealed class TemplateValues(TemplateContext context)
{
    private static readonly string[] MapKeys = ["name", "email", "uri", "url", "twitter", "type", "path", "facebook"];

    public async ValueTask<FluidValue> GetAsync(FluidValue owner, string key) =>
        owner.IsNil() ? NilValue.Instance : await owner.GetValueAsync(key, context);

    public async ValueTask<string?> TextAsync(FluidValue owner, string key)
    {
        var value = await GetAsync(owner, key);
        if (value.IsNil() || value.Type is FluidValues.Dictionary or FluidValues.Array) return null;
        var text = value.ToStringValue();
        return text.Length == 0 ? null : text;
    }

    public async ValueTask<int?> NumberAsync(FluidValue owner, string key)
    {
        var value = await GetAsync(owner, key);
        return value.IsNil() ? null : (int)value.ToNumberValue();
    }

    public async ValueTask<DateTimeOffset?> DateAsync(FluidValue owner, string key, TimeZoneInfo zone)
    {
        var value = await GetAsync(owner, key);
        if (value.IsNil()) return null;
        if (value is TimeValue time) return time.In(zone);
        return DataValues.Date(value.ToObjectValue(), zone) ?? DataValues.Date(value.ToStringValue(), zone);
    }

    /// <summary>A name or a map (author, image) turned back into the plain shapes the outputs read.</summary>
    public async ValueTask<object?> PlainAsync(FluidValue owner, string key) => await PlainAsync(await GetAsync(owner, key));

    public async ValueTask<object?> PlainAsync(FluidValue value)
    {
        switch (value.Type)
        {
            case FluidValues.Nil:
                return null;
            case FluidValues.Array:
                var items = new List<object?>();
                foreach (var item in value.Enumerate(context)) items.Add(await PlainAsync(item));
                return items;
            case FluidValues.Dictionary or FluidValues.Object:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var key in MapKeys)
                    if (await TextAsync(value, key) is { } text) map[key] = text;
                return map.Count > 0 ? map : value.ToStringValue();
            default:
                return value.ToStringValue();
        }
    }
}
