using Blog.Site.Config;
using Blog.Site.Diagnostics;

namespace Blog.Cli.Commands;

/// <summary>"Now" as the site sees it: the clock's time in the <c>timezone:</c> of the site's config (UTC by default).</summary>
public static class NewSiteTime
{
    public static DateTimeOffset Now(string source, TimeProvider clock)
    {
        var errors = new ErrorCollector();
        var settings = ConfigLoader.Load(new BuildOptions { Source = source, Destination = Path.Combine(source, "_site") }, errors);
        errors.ThrowIfAny();
        return TimeZoneInfo.ConvertTime(clock.GetUtcNow(), settings.TimeZone);
    }
}
