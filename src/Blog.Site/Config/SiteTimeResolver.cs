using System.Globalization;
using Blog.Site.Config.Dates;
using Blog.Site.Diagnostics;

namespace Blog.Site.Config;

/// <summary>
/// The build's <c>site.time</c>: the config's <c>time</c>, else SOURCE_DATE_EPOCH (reproducible builds), else now;
/// always expressed in the site's zone.
/// </summary>
internal static class SiteTimeResolver
{
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    public static DateTimeOffset Resolve(object? configured, SourcePosition at, TimeZoneInfo zone,
        Func<string, string?> environment, TimeProvider clock, ErrorCollector errors)
    {
        switch (configured)
        {
            case DateTimeOffset time:
                return TimeZoneInfo.ConvertTime(time, zone);
            case null:
                break;
            default:
                string text = Convert.ToString(configured, CultureInfo.InvariantCulture) ?? "";
                if (JekyllDate.TryParse(text, zone, out var parsed)) return parsed;
                errors.Error(at, $"invalid time '{text}': use YYYY-MM-DD HH:MM:SS +/-TTTT");
                break;
        }

        if (environment(SourceDateEpoch) is { Length: > 0 } epoch)
        {
            if (long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
                return TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(seconds), zone);
            errors.Error(new SourcePosition(SourceDateEpoch), $"'{epoch}' is not a number of seconds since 1970");
        }
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone);
    }
}
