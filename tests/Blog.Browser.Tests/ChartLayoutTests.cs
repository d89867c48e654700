using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

/// <summary>
/// The lab's charts as Chromium lays them out with the real fonts: every piece of text (bar labels, values, ticks,
/// the axis's unit) lies inside its chart and touches no other text, on a laptop and on a phone, in both schemes.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ChartLayoutTests(SiteFixture fixture)
{
    // Each text box of each chart, against the chart's box and against each other (half a pixel of tolerance for rounding).
    private const string TextProblems = """
        () => {
          const problems = [];
          const inside = (r, box) => r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
          const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
          const page = document.documentElement.clientWidth;
          document.querySelectorAll('figure.lab-chart svg').forEach((svg, i) => {
            const box = svg.getBoundingClientRect();
            const name = `chart ${i + 1} (${svg.querySelector('title').textContent})`;
            if (box.left < -0.5 || box.right > page + 0.5) problems.push(`${name} spans ${box.left}–${box.right}, the page is ${page} wide`);
            const texts = [...svg.querySelectorAll('text')].map(t => ({ text: t.textContent, r: t.getBoundingClientRect() }));
            if (texts.length === 0) problems.push(`${name} has no text`);
            for (const t of texts)
              if (!inside(t.r, box)) problems.push(`${name}: '${t.text}' (${t.r.left.toFixed(1)}–${t.r.right.toFixed(1)}) runs past the chart (${box.left.toFixed(1)}–${box.right.toFixed(1)})`);
            for (let a = 0; a < texts.length; a++)
              for (let b = a + 1; b < texts.length; b++)
                if (overlap(texts[a].r, texts[b].r)) problems.push(`${name}: '${texts[a].text}' overlaps '${texts[b].text}'`);
          });
          return problems;
        }
        """;

    public static TheoryData<string, int, ColorScheme> Layouts => new()
    {
        { "post", 1280, ColorScheme.Light },
        { "post", 375, ColorScheme.Light },
        { "post", 375, ColorScheme.Dark },
        { "lab sample", 1280, ColorScheme.Light },
        { "lab sample", 375, ColorScheme.Light },
    };

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Every_chart_label_lies_inside_its_chart_and_overlaps_no_other_text(string which, int width, ColorScheme scheme)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, ColorScheme = scheme });
        var page = await context.NewPageAsync();
        await page.GotoAsync(which == "post" ? fixture.Url(SiteFixture.PostPath) : fixture.LabSampleUrl);

        var charts = await page.EvaluateAsync<int>("() => document.querySelectorAll('figure.lab-chart svg').length");
        var problems = await page.EvaluateAsync<string[]>(TextProblems);

        Assert.True(charts > 0, $"the {which} page has no chart");
        Problems.AssertNone(problems);
    }

    // The check above passes only when nothing is reported: this shows that a label past the edge would be.
    [Fact]
    public async Task A_label_drawn_past_the_chart_s_edge_is_reported()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("""
            <figure class="lab-chart"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40" width="100" height="40">
            <title>probe</title><text x="10" y="15">inside</text><text x="60" y="35">a label far too long for this chart</text></svg></figure>
            """);

        var problems = await page.EvaluateAsync<string[]>(TextProblems);

        Assert.Contains(problems, p => p.Contains("'a label far too long for this chart'") && p.Contains("runs past the chart"));
    }
}
