using System.Globalization;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>sample</c>: one random item of an array, or a list of <c>n</c> distinct ones (all of them, shuffled, when
/// <c>n</c> is larger); anything but an array comes back as it is; an <c>n</c> that is not an integer counts as 1.
/// Jekyll picks anew on every build; here the pick is seeded by the page's URL, the array and <c>n</c>, so a build is
/// byte-identical to the last one with the same input (a deliberate difference) and pages still differ from each other.
/// </summary>
internal static class SampleFilter
{
    public static void Register(FilterCollection filters) =>
        filters.AddFilter("sample", (input, arguments, context) => new ValueTask<FluidValue>(Sample(input, arguments, context)));

    private static FluidValue Sample(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        if (input is not ArrayValue array) return input;
        var count = Count(arguments.At(0));
        if (count < 0) throw new InvalidOperationException($"sample: negative sample number ({count})");
        var items = array.Values.ToArray();
        var random = new Random(Seed(context, items, count));
        if (count == 1) return items.Length == 0 ? NilValue.Instance : items[random.Next(items.Length)];

        // A partial Fisher–Yates shuffle: the first n places get n distinct items.
        var take = Math.Min(count, items.Length);
        for (var i = 0; i < take; i++)
        {
            var j = random.Next(i, items.Length);
            (items[i], items[j]) = (items[j], items[i]);
        }
        return new ArrayValue(items[..take]);
    }

    /// <summary>Ruby's <c>Liquid::Utils.to_integer</c>, with Jekyll's fallback to 1 when it is not one.</summary>
    private static int Count(FluidValue argument)
    {
        if (argument.IsNil()) return 1;
        if (argument is NumberValue number)
            return decimal.Truncate(number.ToNumberValue()) == number.ToNumberValue() && Math.Abs(number.ToNumberValue()) <= int.MaxValue
                ? (int)number.ToNumberValue()
                : 1;
        return int.TryParse(argument.ToStringValue().Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : 1;
    }

    /// <summary>FNV-1a over the page's URL, the items' text and the count: stable across runs and machines.</summary>
    private static int Seed(TemplateContext context, FluidValue[] items, int count)
    {
        var hash = 14695981039346656037UL;
        void Add(string text)
        {
            foreach (var c in text) hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }
        Add(context.GetValue("page") is DocumentDrop page ? page.Document.Url : "");
        foreach (var item in items) Add(item.ToStringValue());
        Add(count.ToString(CultureInfo.InvariantCulture));
        return (int)(hash ^ (hash >> 32));
    }
}
