namespace Blog.Lab.Liquid.Html;

/// <summary>
/// Maps values to bar lengths. Linear from zero with round ticks, or logarithmic (decades) when the values
/// span more than <see cref="LogThreshold"/> — then a 1 ms bar and a 30 s bar can both be read.
/// </summary>
internal sealed record ChartScale(bool Logarithmic, double Low, double High, IReadOnlyList<double> Ticks)
{
    public const double LogThreshold = 100;

    /// <summary>
    /// A scale for <paramref name="values"/> whose ticks are round in units of <paramref name="tickUnit"/>
    /// (1 for ms; 1 MiB for bytes, so the ticks read 10 MiB, not 9.54 MiB).
    /// </summary>
    public static ChartScale For(IReadOnlyCollection<double> values, double tickUnit = 1)
    {
        var scale = InUnits(values.Select(v => v / tickUnit).ToList());
        return scale with
        {
            Low = scale.Low * tickUnit,
            High = scale.High * tickUnit,
            Ticks = scale.Ticks.Select(t => t * tickUnit).ToList(),
        };
    }

    private static ChartScale InUnits(IReadOnlyCollection<double> values)
    {
        var max = values.Max();
        var min = values.Min();
        if (min > 0 && max / min > LogThreshold)
        {
            var low = Math.Pow(10, Math.Floor(Math.Log10(min)));
            if (low >= min) low /= 10; // keep the smallest bar visible
            var high = Math.Pow(10, Math.Ceiling(Math.Log10(max)));
            var ticks = new List<double>();
            for (var t = low; t <= high * 1.0001; t *= 10) ticks.Add(t);
            return new ChartScale(true, low, high, ticks);
        }
        var step = NiceStep(max / 4);
        var top = Math.Max(step, Math.Ceiling(max / step) * step);
        var linearTicks = Enumerable.Range(0, (int)Math.Round(top / step) + 1).Select(i => i * step).ToList();
        return new ChartScale(false, 0, top, linearTicks);
    }

    /// <summary>Where <paramref name="value"/> falls, from 0 (low end) to 1 (high end), clamped.</summary>
    public double Position(double value)
    {
        var p = Logarithmic
            ? (Math.Log10(Math.Max(value, Low)) - Math.Log10(Low)) / (Math.Log10(High) - Math.Log10(Low))
            : (value - Low) / (High - Low);
        return Math.Clamp(p, 0, 1);
    }

    private static double NiceStep(double rough)
    {
        if (rough <= 0) return 1;
        var decade = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        foreach (var m in new[] { 1, 2, 2.5, 5, 10 })
            if (m * decade >= rough) return m * decade;
        return 10 * decade;
    }
}
