using System.Globalization;
using Blog.Site.Config.Dates;

namespace Blog.Site.Tests.Config;

/// <summary>Front matter dates in words or year first, as Jekyll 4.3 (Ruby's Time.parse) read them for the same site zone.</summary>
public sealed class WrittenDateTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("12 October 2014", "2014-10-12T00:00:00-04:00")]
    [InlineData("October 12, 2014", "2014-10-12T00:00:00-04:00")]
    [InlineData("2014/10/12 10:00", "2014-10-12T10:00:00-04:00")]
    [InlineData("Sun, 12 Oct 2014 10:00:00 +0200", "2014-10-12T04:00:00-04:00")]
    [InlineData("12 Oct 2014 23:30", "2014-10-12T23:30:00-04:00")]
    public void A_date_in_words_or_year_first_reads_as_Jekyll_reads_it(string text, string expected)
    {
        Assert.True(WrittenDate.TryParse(text, NewYork, out var date));
        var want = DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture);
        Assert.Equal((want, want.Offset), (date, date.Offset));
    }

    [Theory]
    [InlineData("12/10/2014")] // Ruby reads the day first, .NET the month: not guessed
    [InlineData("2.5")] // Jekyll refuses it
    [InlineData("Page 28")]
    [InlineData("October")]
    public void Digits_that_could_be_read_two_ways_and_text_without_a_date_are_not_read(string text) =>
        Assert.False(WrittenDate.TryParse(text, NewYork, out _));
}
