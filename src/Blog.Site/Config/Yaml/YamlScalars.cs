using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Site.Config.Dates;

namespace Blog.Site.Config.Yaml;

/// <summary>
/// Resolves a plain (unquoted) YAML scalar to the type Ruby's Psych gives it, because Jekyll sites are
/// written against Psych: <c>yes</c>/<c>off</c> are booleans, <c>2024-02-14</c> is a date (<see cref="CalendarDate"/>,
/// not a time), and a timestamp
/// without a zone is UTC (a quoted one is a string that Jekyll later reads in the site's zone).
/// </summary>
internal static partial class YamlScalars
{
    public static object? ResolvePlain(string text, TimeZoneInfo dateZone)
    {
        if (text.Length == 0) return null;
        switch (text)
        {
            case "~" or "null" or "Null" or "NULL": return null;
        }
        if (IsOneOf(text, "true", "yes", "on")) return true;
        if (IsOneOf(text, "false", "no", "off")) return false;

        char first = text[0];
        bool numeric = char.IsAsciiDigit(first) || first is '-' or '+' or '.';
        if (!numeric) return text;

        if (DecimalInteger().IsMatch(text) &&
            long.TryParse(text.Replace("_", "").Replace(",", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n))
            return n;
        if (HexInteger().IsMatch(text)) return ParseRadix(text, 16, "0x");
        if (OctalInteger().IsMatch(text)) return ParseRadix(text, 8, "0");
        if (Float().IsMatch(text))
        {
            string t = text.Replace("_", "").Replace(",", "");
            if (t.EndsWith("inf", StringComparison.OrdinalIgnoreCase))
                return t.StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;
            if (t.EndsWith("nan", StringComparison.OrdinalIgnoreCase)) return double.NaN;
            if (t.EndsWith('.')) t += "0";
            return double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        if (SexagesimalIntegerPattern().IsMatch(text)) return SexagesimalInteger(text);
        if (SexagesimalFloatPattern().IsMatch(text)) return SexagesimalFloat(text);
        if (DateOnlyPattern().IsMatch(text))
            return CalendarDate.TryParse(text, out var date) ? date : text;
        if (TimestampPattern().IsMatch(text))
            return JekyllDate.TryParse(text, TimeZoneInfo.Utc, out var stamp) && JekyllDate.TryConvert(stamp, dateZone, out var local) ? local : text;
        return text;
    }

    private static bool IsOneOf(string text, string a, string b, string c) =>
        text.Equals(a, StringComparison.OrdinalIgnoreCase) || text.Equals(b, StringComparison.OrdinalIgnoreCase) ||
        text.Equals(c, StringComparison.OrdinalIgnoreCase);

    private static object ParseRadix(string text, int radix, string prefix)
    {
        bool negative = text.StartsWith('-');
        string digits = text.TrimStart('-', '+');
        digits = digits[prefix.Length..].Replace("_", "").Replace(",", "");
        if (digits.Length == 0) return 0L;
        try
        {
            long value = Convert.ToInt64(digits, radix);
            return negative ? -value : value;
        }
        catch (OverflowException) { return text; }
    }

    [GeneratedRegex(@"^[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^[-+]?0x[0-9a-fA-F_,]+$")]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"^[-+]?0[0-7_,]+$")]
    private static partial Regex OctalInteger();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex Float();

    /// <summary>
    /// YAML 1.1's base 60 (<c>1:30:00</c>), as Psych reads it: each part times 60 to the power of its distance from the
    /// third, so <c>1:30:00</c> is 5400 and <c>12:30</c> is 45000 (not 750), and the sign is only the first part's
    /// (<c>-1:30</c> is -1800). Past a long it stays text.
    /// </summary>
    private static object SexagesimalInteger(string text)
    {
        var parts = text.Split(':');
        try
        {
            var value = 0L;
            for (var i = 0; i < parts.Length; i++)
                value = checked(value + long.Parse(parts[i].Replace("_", ""), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) * (long)Math.Pow(60, Math.Abs(i - 2)));
            return value;
        }
        catch (OverflowException)
        {
            return text;
        }
    }

    /// <summary>Base 60 with a fraction on its last part (<c>1:30:00.5</c>): a float, read as <see cref="SexagesimalInteger(string)"/>.</summary>
    private static double SexagesimalFloat(string text)
    {
        var parts = text.Split(':');
        var value = 0.0;
        for (var i = 0; i < parts.Length; i++)
            value += double.Parse(parts[i].Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture) * Math.Pow(60, Math.Abs(i - 2));
        return value;
    }

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}$")]
    private static partial Regex SexagesimalIntegerPattern();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\.[0-9_]*$")]
    private static partial Regex SexagesimalFloatPattern();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex DateOnlyPattern();

    [GeneratedRegex(@"^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$")]
    private static partial Regex TimestampPattern();
}
