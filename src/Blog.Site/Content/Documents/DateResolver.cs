using Blog.Site.Config.Dates;

namespace Blog.Site.Content.Documents;

/// <summary>A front matter <c>date</c> as a time in the site's zone: a YAML timestamp, or text in any Jekyll date form (<see cref="WrittenDate"/> too).</summary>
internal static class DateResolver
{
    public static bool TryResolve(object? value, TimeZoneInfo zone, out DateTimeOffset date)
    {
        switch (value)
        {
            case DateTimeOffset time:
                return JekyllDate.TryConvert(time, zone, out date);
            case CalendarDate day:
                return day.TryIn(zone, out date);
            case string text:
                return JekyllDate.TryParse(text, zone, out date) || WrittenDate.TryParse(text, zone, out date);
            default:
                date = default;
                return false;
        }
    }
}
