using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Lab.Specs;

/// <summary>Durations as authors write them: <c>500ms</c>, <c>30s</c>, <c>2m</c>, <c>1h</c>; a bare number is seconds.</summary>
public static partial class Duration
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        value = default;
        var m = Pattern().Match(text.Trim());
        if (!m.Success || !double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            return false;
        double milliseconds = n * m.Groups[2].Value switch
        {
            "ms" => 1,
            "" or "s" => 1_000,
            "m" or "min" => 60_000,
            "h" => 3_600_000,
            _ => 0,
        };
        // "99999999999999h" matches the pattern but is no TimeSpan: not a duration, rather than an overflow.
        if (Math.Abs(milliseconds) >= TimeSpan.MaxValue.TotalMilliseconds / 2) return false;
        value = TimeSpan.FromMilliseconds(milliseconds);
        return true;
    }

    /// <summary>The spec's parameter <paramref name="name"/> as a duration, or <paramref name="fallback"/> when absent.</summary>
    public static TimeSpan Parameter(ExperimentSpec spec, string name, TimeSpan fallback)
    {
        var text = spec.Parameter(name);
        if (text is null) return fallback;
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"{spec.Id}: parameter {name}: '{text}' is not a duration (e.g. 500ms, 2s)");
    }

    [GeneratedRegex(@"^(-?[0-9]+(?:\.[0-9]+)?)\s*(ms|s|min|m|h|)$")]
    private static partial Regex Pattern();
}
