namespace Blog.Site.Tests.Rendering.Filters;

public class DateFilterTests
{
    private static Task<string> Render(string template, TimeZoneInfo? zone = null)
    {
        var site = new TestSite();
        if (zone is not null) site.Settings = site.Settings with { TimeZone = zone };
        site.AddPost("hello", 14);
        return site.RenderLiquidAsync(template);
    }

    [Fact]
    public async Task Date_to_xmlschema_writes_iso_8601_with_the_offset() =>
        Assert.Equal("2024-02-14T10:00:00+00:00", await Render("{{ site.posts[0].date | date_to_xmlschema }}"));

    [Fact]
    public async Task Date_filters_use_the_site_time_zone() =>
        Assert.Equal("2024-02-14T11:00:00+01:00", await Render("{{ site.posts[0].date | date_to_xmlschema }}", TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));

    [Fact]
    public async Task Date_to_rfc822_writes_the_rss_form() =>
        Assert.Equal("Wed, 14 Feb 2024 10:00:00 +0000", await Render("{{ site.posts[0].date | date_to_rfc822 }}"));

    [Fact]
    public async Task Date_to_string_writes_day_short_month_year() =>
        Assert.Equal("14 Feb 2024", await Render("{{ site.posts[0].date | date_to_string }}"));

    [Fact]
    public async Task Date_to_long_string_writes_the_full_month() =>
        Assert.Equal("14 February 2024", await Render("{{ site.posts[0].date | date_to_long_string }}"));

    [Fact]
    public async Task Date_to_string_ordinal_adds_the_suffix() =>
        Assert.Equal("14th Feb 2024", await Render("{{ site.posts[0].date | date_to_string: 'ordinal' }}"));

    [Fact]
    public async Task Date_to_long_string_ordinal_us_puts_the_month_first() =>
        Assert.Equal("February 14th, 2024", await Render("{{ site.posts[0].date | date_to_long_string: 'ordinal', 'US' }}"));

    [Theory]
    [InlineData(1, "st"), InlineData(2, "nd"), InlineData(3, "rd"), InlineData(4, "th"), InlineData(11, "th"),
     InlineData(12, "th"), InlineData(13, "th"), InlineData(21, "st"), InlineData(22, "nd"), InlineData(23, "rd"), InlineData(31, "st")]
    public void Ordinal_suffixes_follow_english(int day, string suffix) =>
        Assert.Equal(suffix, Blog.Site.Rendering.Liquid.Filters.DateFilters.Ordinal(day));

    [Fact]
    public async Task Date_filters_accept_date_text() =>
        Assert.Equal("2024-02-03T04:05:06+00:00", await Render("{{ '2024-02-03 04:05:06 +0000' | date_to_xmlschema }}"));

    [Fact]
    public async Task Liquid_date_uses_ruby_strftime_formats() =>
        Assert.Equal("2024-02-14 Feb February 14 10:00 Wednesday", await Render("{{ site.posts[0].date | date: '%Y-%m-%d %b %B %-d %H:%M %A' }}"));

    [Fact]
    public async Task Site_time_is_the_build_time() =>
        Assert.Equal("2024-03-01", await Render("{{ site.time | date: '%Y-%m-%d' }}"));

    [Fact]
    public async Task Now_in_the_date_filter_is_the_build_time_so_builds_repeat() =>
        Assert.Equal("2024", await Render("{{ 'now' | date: '%Y' }}"));
}
