using System.Globalization;
using Blog.Lab.Results;
using Fluid;
using Fluid.Values;

namespace Blog.Lab.Liquid.Values;

/// <summary>
/// One metric of a result: <c>median</c>, <c>mean</c>, <c>min</c>, <c>max</c>, <c>iqr</c>, <c>q1</c>, <c>q3</c>,
/// <c>stddev</c>, <c>ci_low</c>, <c>ci_high</c>, <c>n</c>, <c>outliers</c>, <c>unit</c>, <c>description</c>,
/// <c>samples</c>. Printed bare, it is its median in its unit (<c>221 ms</c>); as a number, its median.
/// </summary>
internal sealed class LabMetricValue(MetricResult metric, string id, string name, LabUsage usage) : ObjectValueBase(metric)
{
    public MetricResult Metric => metric;

    public override async ValueTask<FluidValue> GetValueAsync(string field, TemplateContext context)
    {
        var s = metric.Summary;
        switch (field)
        {
            case "median": return Number(s.Median);
            case "mean": return Number(s.Mean);
            case "min": return Number(s.Min);
            case "max": return Number(s.Max);
            case "iqr": return Number(s.Iqr);
            case "q1": return Number(s.Q1);
            case "q3": return Number(s.Q3);
            case "stddev": return Number(s.StdDev);
            case "ci_low": return Number(s.CiLow);
            case "ci_high": return Number(s.CiHigh);
            case "n": return NumberValue.Create(s.N);
            case "outliers": return NumberValue.Create(s.Outliers);
            case "unit": return StringValue.Create(metric.Unit);
            case "description": return StringValue.Create(metric.Description);
            case "samples": return new ArrayValue(metric.Samples.Select(Number).ToArray());
        }
        await usage.ErrorAsync(context, id,
            $"lab metric '{id}.{name}' has no '{field}' (median, mean, min, max, iqr, q1, q3, stddev, ci_low, ci_high, n, outliers, unit, description, samples)");
        return NilValue.Instance;
    }

    public override decimal ToNumberValue() => (decimal)metric.Summary.Median;

    public override string ToStringValue() => ValueFormat.Of(metric.Summary.Median, metric.Unit);

    private static FluidValue Number(double value) => NumberValue.Create((decimal)value);
}
