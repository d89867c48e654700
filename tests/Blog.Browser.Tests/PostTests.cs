using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class PostTests(SiteFixture fixture)
{
    // Each row of every lab table: experiment title, metric, median and n as the reader sees them.
    private const string LabTableRows = """
        () => [...document.querySelectorAll('table.lab-table tbody tr')].map(tr =>
          [tr.querySelector('th').textContent, ...[...tr.querySelectorAll('td')].map(td => td.textContent)])
        """;

    private const string ChartBarWidths = """
        () => [...document.querySelectorAll('figure.lab-chart svg rect.lab-bar')].map(r => r.getBBox().width)
        """;

    public static TheoryData<string> Pages => new("post", "lab sample");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Lab_tables_show_the_committed_medians_and_sample_counts(string which)
    {
        var committed = CommittedResults.Read(Path.Combine(Repository.Input, "_lab", "results"));
        var page = await OpenAsync(which, new BrowserNewContextOptions());

        var rows = await page.EvaluateAsync<string[][]>(LabTableRows);

        Assert.True(rows.Length > 0, $"the {which} page shows no lab table");
        Assert.All(rows, row =>
        {
            var (title, metric, median, n) = (row[0], row[1], row[2], row[5]);
            var expected = committed.SingleOrDefault(c => c.Title == title && (c.Description == metric || c.Name == metric));
            Assert.True(expected is not null, $"row '{title}' / '{metric}' matches no committed result");
            Assert.True(DisplayedQuantity.Parse(median).Shows(expected.Median, expected.Unit),
                $"{expected.ExperimentId}.{expected.Name}: page shows {median}, committed median is {expected.Median} {expected.Unit}");
            Assert.Equal(expected.N.ToString(), n.Trim());
        });
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Lab_charts_render_every_bar_wider_than_zero(string which)
    {
        var page = await OpenAsync(which, new BrowserNewContextOptions());

        var widths = await page.EvaluateAsync<double[]>(ChartBarWidths);

        Assert.True(widths.Length > 0, $"the {which} page has no lab chart bars");
        Assert.All(widths, w => Assert.True(w > 0, $"a bar is {w} wide"));
    }

    [Theory]
    [InlineData("desktop", 1280, ColorScheme.Light)]
    [InlineData("mobile", 375, ColorScheme.Light)]
    [InlineData("dark", 1280, ColorScheme.Dark)]
    public async Task A_full_page_screenshot_of_the_post_is_kept_as_an_artifact(string name, int width, ColorScheme scheme)
    {
        var page = await OpenAsync("post", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, ColorScheme = scheme });
        var file = Path.Combine(Repository.Screenshots, $"post-{name}.png");
        Directory.CreateDirectory(Repository.Screenshots);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });

        var png = await File.ReadAllBytesAsync(file);
        Assert.True(png.Length > 1000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"{file} is not a PNG");
    }

    private async Task<IPage> OpenAsync(string which, BrowserNewContextOptions options)
    {
        // Each test gets its own context (its colour scheme, its viewport); closing the fixture's browser closes them.
        var context = await fixture.Browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        var url = which == "post" ? fixture.Url(SiteFixture.PostPath) : fixture.LabSampleUrl;
        var response = await page.GotoAsync(url);
        Assert.True(response?.Ok, $"{url} answered {response?.Status}");
        return page;
    }
}
