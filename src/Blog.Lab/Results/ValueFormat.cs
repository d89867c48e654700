using System.Globalization;

namespace Blog.Lab.Results;

/// <summary>
/// How the lab writes a measured number for people: three significant digits (the samples rarely justify
/// more), a unit, invariant culture. The command line and the pages share it, so they print the same.
/// </summary>
public static class ValueFormat
{
    private const double MiB = 1024 * 1024;

    public static string Ms(double ms) => $"{Significant(ms)} ms";
    public static string Seconds(double ms) => $"{Significant(ms / 1000)} s";
    public static string Mib(double bytes) => $"{Significant(bytes / MiB)} MiB";
    public static string Ratio(double ratio) => $"{Significant(ratio)}×";

    /// <summary>A value in its unit's natural form: <c>ms</c> as ms (s from 10 s up), <c>bytes</c> as MiB, counts whole.</summary>
    public static string Of(double value, string unit) => unit switch
    {
        "ms" => Math.Abs(value) >= 10_000 ? Seconds(value) : Ms(value),
        "bytes" => Mib(value),
        "ratio" => Ratio(value),
        "count" when value == Math.Round(value) => Number(value),
        _ => $"{Significant(value)} {unit}".TrimEnd(),
    };

    /// <summary>A wait or a run's length in whole seconds, the way people say it: <c>42 s</c>, <c>5 min 26 s</c>, <c>3 min</c>, <c>1 h 2 min</c>.</summary>
    public static string Elapsed(TimeSpan elapsed)
    {
        var seconds = (long)Math.Round(Math.Max(0, elapsed.TotalSeconds));
        var (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
        return h > 0 ? (m > 0 ? $"{h} h {m} min" : $"{h} h")
            : m > 0 ? (s > 0 ? $"{m} min {s} s" : $"{m} min")
            : $"{s} s";
    }

    /// <summary>Whole numbers with thousands separators, others to three significant digits.</summary>
    public static string Number(double value) =>
        value == Math.Round(value) && Math.Abs(value) < 1e15
            ? value.ToString("#,0", CultureInfo.InvariantCulture)
            : Significant(value);

    /// <summary><paramref name="value"/> to <paramref name="digits"/> significant digits, never in exponent form.</summary>
    public static string Significant(double value, int digits = 3)
    {
        if (value == 0 || double.IsNaN(value) || double.IsInfinity(value)) return value.ToString(CultureInfo.InvariantCulture);
        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Max(0, digits - 1 - magnitude);
        var rounded = Math.Round(value, Math.Min(decimals, 15));
        return rounded.ToString(decimals == 0 ? "#,0" : "#,0." + new string('#', decimals), CultureInfo.InvariantCulture) is var text && text != "-0" ? text : "0";
    }
}
