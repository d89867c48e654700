using System.Globalization;
using System.Text.RegularExpressions;

namespace Blog.Site.Config.Dates;

/// <summary>
/// Reads the date forms Jekyll sites use (what Ruby's <c>Time.parse</c> accepts for them):
/// <c>2024-02-14</c>, <c>2024-02-14 10:30</c>, <c>2024-02-14 10:30:00 +0100</c>, <c>2024-02-14T10:30:00Z</c>,
/// <c>2024-02-14T10:30:00.5+01:00</c>. A date without a zone is a wall-clock time in <paramref name="zone"/>.
/// </summary>
public static partial class JekyllDate
{
    public static bool TryParse(string text, TimeZoneInfo zone, out DateTimeOffset value)
    {
        value = default;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return false;

        int year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["mo"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        int hour = m.Groups["h"].Success ? int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        int minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        int second = m.Groups["s"].Success ? int.Parse(m.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        long ticks = 0;
        if (m.Groups["f"].Success)
        {
            string fraction = (m.Groups["f"].Value + "0000000")[..7];
            ticks = long.Parse(fraction, CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month) ||
            hour > 24 || minute > 59 || second > 60 || year is < 1 or > 9999)
            return false;

        DateTime wall;
        try
        {
            wall = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified)
                .AddHours(hour).AddMinutes(minute).AddSeconds(second).AddTicks(ticks);
        }
        catch (ArgumentOutOfRangeException) { return false; }

        TimeSpan offset;
        var zoneGroup = m.Groups["z"];
        if (!zoneGroup.Success)
            offset = zone.GetUtcOffset(wall);
        else if (zoneGroup.Value is "Z" or "z" or "UTC" or "GMT")
            offset = TimeSpan.Zero;
        else
        {
            int sign = zoneGroup.Value[0] == '-' ? -1 : 1;
            int zh = int.Parse(m.Groups["zh"].ValueSpan, CultureInfo.InvariantCulture);
            int zm = m.Groups["zm"].Success ? int.Parse(m.Groups["zm"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            if (zh > 14 || zm > 59) return false;
            offset = new TimeSpan(sign * zh, sign * zm, 0);
        }

        // 0001-01-01 00:00 +1400 or 9999-12-31 23:59 -1400 are valid text but instants outside what a date can hold.
        long utcTicks = wall.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return false;
        return TryConvert(new DateTimeOffset(wall, offset), zone, out value);
    }

    /// <summary>The same instant in <paramref name="zone"/>; false when its wall clock there falls outside years 1-9999.</summary>
    public static bool TryConvert(DateTimeOffset instant, TimeZoneInfo zone, out DateTimeOffset value)
    {
        try
        {
            value = TimeZoneInfo.ConvertTime(instant, zone);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            value = default;
            return false;
        }
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{1,2})-(?<d>\d{1,2})(?:(?:[Tt]|\s+)(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.(?<f>\d+))?)?)?(?:\s*(?<z>Z|z|UTC|GMT|[-+](?<zh>\d{2}):?(?<zm>\d{2})?|[-+](?<zh>\d{1})))?$")]
    private static partial Regex Pattern();
}
