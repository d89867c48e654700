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
        value = m.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "" or "s" => TimeSpan.FromSeconds(n),
            "m" or "min" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            _ => default,
        };
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
