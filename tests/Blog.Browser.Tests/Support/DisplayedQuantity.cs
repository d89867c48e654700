using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Browser.Tests.Support;

/// <summary>
/// A number as a page shows it (<c>358 ms</c>, <c>1.2 s</c>, <c>41.5 MiB</c>, <c>564 KiB</c>, <c>3.1×</c>, <c>1,024</c>), converted
/// back to the unit the results store (ms, bytes, ratio, count) with the precision its digits carry.
/// </summary>
public sealed partial record DisplayedQuantity(double Value, string Unit, double HalfStep)
{
    public static DisplayedQuantity Parse(string text)
    {
        var m = Shape().Match(text.Trim());
        if (!m.Success) throw new FormatException($"'{text}' is not a number with a unit");
        var digits = m.Groups["n"].Value.Replace(",", "");
        var number = double.Parse(digits, CultureInfo.InvariantCulture);
        var decimals = digits.Contains('.') ? digits.Length - digits.IndexOf('.') - 1 : 0;
        var halfStep = 0.5 * Math.Pow(10, -decimals);
        var (factor, unit) = m.Groups["u"].Value switch
        {
            "ms" => (1.0, "ms"),
            "s" => (1000.0, "ms"),
            "MiB" => (1024.0 * 1024, "bytes"),
            "KiB" => (1024.0, "bytes"),
            "×" => (1.0, "ratio"),
            "" => (1.0, "count"),
            var other => (1.0, other),
        };
        return new DisplayedQuantity(number * factor, unit, halfStep * factor);
    }

    /// <summary>True when <paramref name="measured"/> in <paramref name="unit"/> rounds to what is shown.</summary>
    public bool Shows(double measured, string unit) =>
        Unit == unit && Math.Abs(Value - measured) <= HalfStep * 1.0001;

    [GeneratedRegex(@"^(?<n>-?[\d,]+(?:\.\d+)?)\s*(?<u>\S*)$")]
    private static partial Regex Shape();
}
