using System.Globalization;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// A Liquid hash as Jekyll exposes it: members by name, <c>size</c>, and iteration as <c>[key, value]</c> pairs
/// in insertion order (so <c>{% for c in site.categories %}{{ c[0] }}</c> works).
/// </summary>
internal abstract class LiquidHash : FluidValue
{
    public override FluidValues Type => FluidValues.Dictionary;

    /// <summary>The Jekyll object this hash stands for (the site, a static file), written as Ruby writes it; none for a Ruby hash.</summary>
    public RubyObject? RubyObject { get; init; }

    public abstract IEnumerable<string> Keys { get; }

    public abstract int Count { get; }

    public abstract bool TryGet(string name, out FluidValue value);

    public override ValueTask<FluidValue> GetValueAsync(string name, TemplateContext context)
    {
        if (TryGet(name, out var value)) return new ValueTask<FluidValue>(value);
        if (name == "size") return new ValueTask<FluidValue>(NumberValue.Create(Count));
        // Ruby's Hash#first, which Liquid calls when the hash has no such key (a hash has no #last).
        if (name == "first") return new ValueTask<FluidValue>(First());
        return new ValueTask<FluidValue>(NilValue.Instance);
    }

    /// <summary>Ruby's <c>Hash#first</c>: the first <c>[key, value]</c> pair, nil when empty.</summary>
    public FluidValue First()
    {
        foreach (var key in Keys) return Pair(key);
        return NilValue.Instance;
    }

    public override ValueTask<FluidValue> GetIndexAsync(FluidValue index, TemplateContext context) =>
        GetValueAsync(index.ToStringValue(), context);

    public override IEnumerable<FluidValue> Enumerate(TemplateContext context)
    {
        foreach (var key in Keys) yield return Pair(key);
    }

    private ArrayValue Pair(string key) => new([StringValue.Create(key), TryGet(key, out var value) ? value : NilValue.Instance]);

    public override bool Contains(FluidValue value) => TryGet(value.ToStringValue(), out _);

    public override bool Equals(FluidValue other) => ReferenceEquals(this, other);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    /// <summary>Ruby's <c>to_s</c>: a hash's is its <c>inspect</c> (<c>{"a"=>1}</c>), a Jekyll drop's its class name.</summary>
    public override string ToStringValue() => RubyObject is { } ruby ? ruby.ToS : RubyInspect.Of(this);

    public override object ToObjectValue() => this;

    /// <summary>Printed whole, as Liquid prints anything but an array: its <c>to_s</c>.</summary>
    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) =>
        new(writer.WriteAsync(encoder.Encode(ToStringValue())));

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// A Jekyll object that Liquid reads as a hash (a drop), as Ruby writes it: <paramref name="ToS"/> its <c>to_s</c> (the
/// drop's class name), <paramref name="Inspect"/> its <c>inspect</c> inside an array or a hash, if not the hash's.
/// </summary>
internal sealed record RubyObject(string ToS, string? Inspect = null);

/// <summary>A hash whose values are already Liquid values (site, paginator, categories).</summary>
internal sealed class FixedHash(IReadOnlyList<KeyValuePair<string, FluidValue>> entries) : LiquidHash
{
    private readonly Dictionary<string, FluidValue> _byName = ToLookup(entries);

    public override IEnumerable<string> Keys => entries.Select(e => e.Key);

    public override int Count => entries.Count;

    public override bool TryGet(string name, out FluidValue value)
    {
        if (_byName.TryGetValue(name, out var found)) { value = found; return true; }
        value = NilValue.Instance;
        return false;
    }

    private static Dictionary<string, FluidValue> ToLookup(IReadOnlyList<KeyValuePair<string, FluidValue>> entries)
    {
        var lookup = new Dictionary<string, FluidValue>(entries.Count, StringComparer.Ordinal);
        foreach (var (key, value) in entries) lookup[key] = value;
        return lookup;
    }
}

/// <summary>A hash over plain data (front matter, <c>_data</c> files), converted to Liquid values when read.</summary>
internal sealed class DataHash(IReadOnlyDictionary<string, object?> data, LiquidValueConverter converter) : LiquidHash
{
    public IReadOnlyDictionary<string, object?> Data => data;

    public override IEnumerable<string> Keys => data.Keys;

    public override int Count => data.Count;

    public override bool TryGet(string name, out FluidValue value)
    {
        if (data.TryGetValue(name, out var raw)) { value = converter.Convert(raw); return true; }
        value = NilValue.Instance;
        return false;
    }
}

/// <summary>
/// A hash whose values are made on first read: <c>site</c>'s listings (posts, categories, tags) cost time in
/// proportion to the site, and a rebuild that renders a few pages seldom reads them.
/// </summary>
internal sealed class DeferredHash(IReadOnlyList<KeyValuePair<string, Lazy<FluidValue>>> entries) : LiquidHash
{
    private readonly Dictionary<string, Lazy<FluidValue>> _byName = entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    public override IEnumerable<string> Keys => entries.Select(e => e.Key);

    public override int Count => entries.Count;

    public override bool TryGet(string name, out FluidValue value)
    {
        if (_byName.TryGetValue(name, out var found)) { value = found.Value; return true; }
        value = NilValue.Instance;
        return false;
    }
}
