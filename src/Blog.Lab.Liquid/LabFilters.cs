using Blog.Lab.Liquid.Values;
using Blog.Lab.Results;
using Fluid;
using Fluid.Values;

namespace Blog.Lab.Liquid;

/// <summary>
/// Formatting filters for lab numbers, sharing <see cref="ValueFormat"/> with the command line:
/// <c>ms</c>, <c>s</c> (from ms), <c>mib</c> (from bytes), <c>ratio</c> (<c>a | ratio: b</c> is a/b),
/// <c>ci</c> (a metric's ± half-width of its 95% CI), <c>number</c>. A metric given where a number is
/// expected stands for its median.
/// </summary>
internal static class LabFilters
{
    public static void Register(Blog.Site.Extensions.LiquidRegistry registry)
    {
        registry.AddFilter("ms", (input, _, _) => Text(ValueFormat.Ms(Value(input))));
        registry.AddFilter("s", (input, _, _) => Text(ValueFormat.Seconds(Value(input))));
        registry.AddFilter("mib", (input, _, _) => Text(ValueFormat.Mib(Value(input))));
        registry.AddFilter("ratio", (input, args, _) =>
            Text(ValueFormat.Ratio(args.Count > 0 ? Value(input) / Value(args.At(0)) : Value(input))));
        registry.AddFilter("ci", (input, _, _) => Text(input is LabMetricValue m
            ? "± " + ValueFormat.Of((m.Metric.Summary.CiHigh - m.Metric.Summary.CiLow) / 2, m.Metric.Unit)
            : "± " + ValueFormat.Significant(Value(input))));
        registry.AddFilter("number", (input, args, _) => Text(args.Count > 0
            ? ValueFormat.Significant(Value(input), (int)args.At(0).ToNumberValue())
            : ValueFormat.Number(Value(input))));
    }

    private static double Value(FluidValue input) => (double)input.ToNumberValue();

    private static ValueTask<FluidValue> Text(string text) => new(StringValue.Create(text));
}
