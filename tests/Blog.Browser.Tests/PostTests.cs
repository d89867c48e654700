using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class PostTests(SiteFixture fixture)
{
    // Every detail table's row groups: the group header (experiment title, how often it ran) and each metric row's
    // experiment, metric and "median ± IQR" cell as the reader sees it.
    private const string LabTableGroups = """
        () => [...document.querySelectorAll('table.lab-table:not(.lab-summary) tbody')].map(tbody => ({
          header: tbody.querySelector('tr.lab-group').textContent,
          rows: [...tbody.querySelectorAll('tr[data-experiment]')].map(tr =>
            [tr.dataset.experiment, tr.dataset.metric, tr.querySelector('td.lab-median').textContent])
        }))
        """;

    private const string ChartBarWidths = """
        () => [...document.querySelectorAll('figure.lab-chart svg rect.lab-bar')].map(r => r.getBBox().width)
        """;

    public static TheoryData<string> Pages => new("post", "lab sample");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Lab_tables_show_the_committed_medians_iqrs_and_sample_counts(string which)
    {
        var committed = CommittedResults.Read();
        var page = await OpenAsync(which, new BrowserNewContextOptions());

        var groups = await page.EvaluateAsync<LabTableGroup[]>(LabTableGroups);

        Assert.True(groups.Length > 0, $"the {which} page shows no lab table");
        Assert.All(groups, group =>
        {
            Assert.NotEmpty(group.Rows);
            Assert.All(group.Rows, row =>
            {
                var (id, name, shown) = (row[0], row[1], row[2]);
                var expected = committed.SingleOrDefault(c => c.ExperimentId == id && c.Name == name);
                Assert.True(expected is not null, $"row {id}.{name} matches no committed result");
                Assert.Contains(expected.N == 1 ? "measured once" : $"{expected.N} runs", group.Header);
                var parts = shown.Split('±', StringSplitOptions.TrimEntries);
                Assert.True(DisplayedQuantity.Parse(parts[0]).Shows(expected.Median, expected.Unit),
                    $"{id}.{name}: page shows {shown}, committed median is {expected.Median} {expected.Unit}");
                if (expected.N == 1)
                    Assert.True(parts.Length == 1, $"{id}.{name} was measured once but shows a spread: {shown}");
                else
                    Assert.True(DisplayedQuantity.Parse(parts[1]).Shows(expected.Iqr, expected.Unit),
                        $"{id}.{name}: page shows {shown}, committed IQR is {expected.Iqr} {expected.Unit}");
            });
        });
    }

    [Fact]
    public async Task Each_experiment_heads_one_row_group_and_is_not_repeated_on_its_rows()
    {
        var page = await OpenAsync("post", new BrowserNewContextOptions());

        var groups = await page.EvaluateAsync<LabTableGroup[]>(LabTableGroups);

        Assert.All(groups, g => Assert.Single(g.Rows.Select(r => r[0]).Distinct()));
        var rowNames = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('table.lab-table tr[data-experiment] th')].map(th => th.textContent)");
        var titles = CommittedResults.Read().Select(c => c.Title).ToHashSet();
        Assert.DoesNotContain(rowNames, titles.Contains);
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
    [InlineData(1280, ColorScheme.Light)]
    [InlineData(375, ColorScheme.Light)]
    [InlineData(1280, ColorScheme.Dark)]
    [InlineData(375, ColorScheme.Dark)]
    public async Task Screenshots_of_the_post_are_kept_as_artifacts_and_for_the_readme(int width, ColorScheme scheme)
    {
        var page = await OpenAsync("post", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, ColorScheme = scheme });
        var name = $"post-{width}-{scheme.ToString().ToLowerInvariant()}.png";
        Directory.CreateDirectory(Repository.Screenshots);

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, name), FullPage = true });
        // The README's pictures: the summary and what follows it, one screen's worth, so the PNGs stay small.
        var top = await page.EvaluateAsync<double>("() => document.getElementById('at-a-glance').getBoundingClientRect().top + window.scrollY - 16");
        var readme = await page.ScreenshotAsync(new PageScreenshotOptions
        {
            FullPage = true,
            Clip = new Clip { X = 0, Y = (float)top, Width = width, Height = width > 600 ? 1100 : 1500 },
        });
        if (Environment.GetEnvironmentVariable("BLOG_UPDATE_SCREENSHOTS") == "1")
            await File.WriteAllBytesAsync(Path.Combine(Repository.ReadmeScreenshots, name), readme);

        Assert.True(readme.Length > 1000 && readme[1] == 'P' && readme[2] == 'N' && readme[3] == 'G', $"{name} is not a PNG");
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

/// <summary>A detail table's row group as the page shows it (settable: Playwright fills it from the page's JSON).</summary>
public sealed class LabTableGroup
{
    public string Header { get; set; } = "";
    public string[][] Rows { get; set; } = [];
}
