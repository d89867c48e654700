using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>Orders Liquid values as Ruby's <c>&lt;=&gt;</c> would for Jekyll's <c>sort</c>: numbers and times by value, the rest as text.</summary>
internal sealed class LiquidComparer : IComparer<FluidValue>
{
    public static readonly LiquidComparer Instance = new();

    public int Compare(FluidValue? x, FluidValue? y)
    {
        if (x is null || y is null) return (x is null ? 0 : 1) - (y is null ? 0 : 1);
        if (x is ArrayValue left && y is ArrayValue right) return CompareElements(left.Values, right.Values);
        if (x is NumberValue && y is NumberValue) return x.ToNumberValue().CompareTo(y.ToNumberValue());
        if (x.ToObjectValue() is DateTimeOffset a && y.ToObjectValue() is DateTimeOffset b) return a.CompareTo(b);
        if (x.ToObjectValue() is DateTime c && y.ToObjectValue() is DateTime d) return c.CompareTo(d);
        return string.CompareOrdinal(x.ToStringValue(), y.ToStringValue());
    }

    /// <summary>Ruby's <c>Array#&lt;=&gt;</c>: element by element, then the shorter first.</summary>
    private int CompareElements(IReadOnlyList<FluidValue> left, IReadOnlyList<FluidValue> right)
    {
        for (var i = 0; i < left.Count && i < right.Count; i++)
        {
            var order = Compare(left[i], right[i]);
            if (order != 0) return order;
        }
        return left.Count.CompareTo(right.Count);
    }
}
