using Blog.Site.Config.Dates;

namespace Blog.Site.Tests.Config;

public sealed class JekyllDateTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    [InlineData("2024-02-14", "2024-02-14T00:00:00+01:00")]
    [InlineData("2024-2-4", "2024-02-04T00:00:00+01:00")]
    [InlineData("2024-02-14 10:30", "2024-02-14T10:30:00+01:00")]
    [InlineData("2024-02-14 10:30:15", "2024-02-14T10:30:15+01:00")]
    [InlineData("2024-07-14 10:30:15", "2024-07-14T10:30:15+02:00")]
    [InlineData("2024-02-14 10:30:00 +0000", "2024-02-14T11:30:00+01:00")]
    [InlineData("2024-02-14 10:30:00 -05:00", "2024-02-14T16:30:00+01:00")]
    [InlineData("2024-02-14T10:30:00Z", "2024-02-14T11:30:00+01:00")]
    [InlineData("2024-02-14T10:30:00.250+01:00", "2024-02-14T10:30:00.25+01:00")]
    public void Every_Jekyll_form_reads_in_the_site_zone(string text, string expected)
    {
        Assert.True(JekyllDate.TryParse(text, Berlin, out var date));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, date.Offset);
    }

    [Theory]
    [InlineData("2024-13-01")]
    [InlineData("2024-02-30")]
    [InlineData("yesterday")]
    [InlineData("2024-02-14 25:00")]
    public void Impossible_dates_are_rejected(string text) => Assert.False(JekyllDate.TryParse(text, TimeZoneInfo.Utc, out _));
}
