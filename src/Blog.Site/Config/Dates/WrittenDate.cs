using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Site.Config.Dates;

/// <summary>
/// A front matter date written out in words or year first with slashes, which Ruby's <c>Time.parse</c> reads and Jekyll
/// takes (pixyll's <c>date: "12 October 2014"</c>; <c>October 12, 2014</c>, <c>2014/10/12 10:00</c>, <c>Sun, 12 Oct 2014
/// 10:00:00 +0200</c>). Only forms whose day and month cannot be mistaken are read: with a month's name, or year first.
/// Digits alone (<c>12/10/2014</c>: Ruby reads the day first, .NET the month) and a number (<c>2.5</c>, which Jekyll
/// refuses) stay errors. A time without a zone is a wall-clock time in the site's zone.
/// </summary>
public static partial class WrittenDate
{
    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\A\s*\d{4}/\d{1,2}/\d{1,2}\b")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Year();

    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        value = default;
        if (!Year().IsMatch(text) || !(MonthName().IsMatch(text) || YearFirst().IsMatch(text))) return false;
        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.RoundtripKind, out var wall))
            return false;
        if (wall.Kind != DateTimeKind.Unspecified)
            return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var instant)
                && JekyllDate.TryConvert(instant, zone, out value);
        return JekyllDate.TryConvert(new DateTimeOffset(wall, zone.GetUtcOffset(wall)), zone, out value);
    }
}
