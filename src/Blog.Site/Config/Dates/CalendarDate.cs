using System.Globalization;

namespace Blog.Site.Config.Dates;

/// <summary>
/// A YAML date without a time (<c>updated: 2024-02-14</c>), which Psych reads as a Ruby <c>Date</c>, not a <c>Time</c>:
/// printed it is the date alone (<c>2024-02-14</c>), formatted by <c>date</c> it is midnight at offset zero (as
/// <c>Date#strftime</c>), and turned into a time by Jekyll (a document's <c>date</c>, <c>date_to_xmlschema</c>, the
/// sitemap's <c>lastmod</c>) it is midnight in the site's zone (as <c>Date#to_time</c> in Jekyll's local zone).
/// </summary>
public readonly record struct CalendarDate(DateOnly Date)
{
    /// <summary>The date of text Psych reads as one (<c>2024-02-14</c>, <c>2024-2-4</c>), if it is a real date.</summary>
    public static bool TryParse(string text, out CalendarDate date)
    {
        date = default;
        if (!JekyllDate.TryParse(text, TimeZoneInfo.Utc, out var midnight)) return false;
        date = new CalendarDate(DateOnly.FromDateTime(midnight.UtcDateTime));
        return true;
    }

    /// <summary>Midnight at offset zero: the instant <c>Date#strftime</c> formats (<c>%z</c> is <c>+0000</c>, <c>%s</c> counts to it).</summary>
    public DateTimeOffset Utc => new(Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The start of the day in <paramref name="zone"/>, as Jekyll turns a date into a time; false where that is no time .NET has (0001-01-01 east of UTC).</summary>
    public bool TryIn(TimeZoneInfo zone, out DateTimeOffset start) => JekyllDate.TryParse(ToString(), zone, out start);

    /// <summary>The start of the day in <paramref name="zone"/> (<see cref="TryIn"/>), or at offset zero where there is none.</summary>
    public DateTimeOffset In(TimeZoneInfo zone) => TryIn(zone, out var start) ? start : Utc;

    /// <summary>Ruby's <c>Date#to_s</c>.</summary>
    public override string ToString() => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Ruby's <c>Date#inspect</c>: the date, its Julian day number, and the fixed parts of a civil date
    /// (<c>#&lt;Date: 2024-02-14 ((2460355j,0s,0n),+0s,2299161j)&gt;</c>).
    /// </summary>
    public string Inspect() => string.Create(CultureInfo.InvariantCulture, $"#<Date: {this} (({Date.DayNumber + JulianDayOfFirstDay}j,0s,0n),+0s,2299161j)>");

    /// <summary>The Julian day number of 0001-01-01 in the proleptic Gregorian calendar (<see cref="DateOnly.DayNumber"/> 0).</summary>
    private const int JulianDayOfFirstDay = 1721426;
}
