using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// The unit a number is shown in, and how many stored units (ms, bytes) make one of it. Chosen once per value
/// for a table cell (its median and its IQR share the median's unit, as hyperfine prints them) and once per axis
/// for a chart, so one axis never mixes <c>1,000 ms</c> and <c>10 s</c>.
/// </summary>
internal sealed record DisplayUnit(string Symbol, double Factor, string StoredUnit)
{
    private const double KiB = 1024;
    private const double MiB = 1024 * 1024;

    /// <summary>The unit that shows <paramref name="value"/> (in <paramref name="storedUnit"/>) most readably.</summary>
    public static DisplayUnit For(double value, string storedUnit) => storedUnit switch
    {
        // From a second up seconds read better (8.01 s, not 8,007 ms); below, milliseconds.
        "ms" => Math.Abs(value) >= 1_000 ? new("s", 1000, storedUnit) : new("ms", 1, storedUnit),
        // Below 1 MiB (an idle container's anonymous memory), KiB avoids "0.0469 MiB".
        "bytes" => Math.Abs(value) is > 0 and < MiB ? new("KiB", KiB, storedUnit) : new("MiB", MiB, storedUnit),
        _ => new(storedUnit, 1, storedUnit),
    };

    /// <summary>
    /// One unit for a whole axis: the one its largest value reads best in, unless its smallest non-zero value would
    /// then print below 0.1 (a log axis from 0.1 ms to 10 s stays in ms).
    /// </summary>
    public static DisplayUnit ForRange(IReadOnlyCollection<double> values, string storedUnit)
    {
        var largest = For(values.Max(Math.Abs), storedUnit);
        var smallest = values.Where(v => v != 0).Select(Math.Abs).DefaultIfEmpty(0).Min();
        return smallest > 0 && smallest / largest.Factor < 0.1 ? For(smallest, storedUnit) : largest;
    }

    /// <summary>A value in this unit, three significant digits: <c>297 ms</c>, <c>8.01 s</c>, <c>1.89 MiB</c>, <c>16.1×</c>.</summary>
    public string Format(double value) => StoredUnit switch
    {
        "ratio" => ValueFormat.Ratio(value),
        "count" => ValueFormat.Number(value),
        _ => $"{Number(value)} {Symbol}".TrimEnd(),
    };

    /// <summary>The number alone (for axis ticks, whose unit is written once under the axis).</summary>
    public string Number(double value) => ValueFormat.Significant(value / Factor);

    /// <summary>The unit's name under an axis.</summary>
    public string AxisName => Symbol switch
    {
        "ms" => "milliseconds",
        "s" => "seconds",
        "ratio" => "times",
        "count" => "count",
        _ => Symbol,
    };
}
