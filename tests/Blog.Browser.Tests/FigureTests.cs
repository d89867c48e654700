using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

/// <summary>The seed post's figure, as Chromium shows it: its space kept before it loads, and the WebP version served.</summary>
[Collection(SiteCollection.Name)]
public sealed class FigureTests(SiteFixture fixture)
{
    private const string Figure = "figure img[src$='layers-the-lab-measured.png']";

    [Fact]
    public async Task The_posts_figure_keeps_its_space_before_it_loads_and_shows_the_webp_version_without_layout_shift()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var images = new List<(string Url, string? Type)>();
        page.Response += (_, response) =>
        {
            if (response.Request.ResourceType == "image") images.Add((response.Url, response.Headers.GetValueOrDefault("content-type")));
        };
        await page.AddInitScriptAsync("""
            window.__shift = 0;
            window.__sources = [];
            new PerformanceObserver(list => {
              for (const e of list.getEntries()) if (!e.hadRecentInput) {
                window.__shift += e.value;
                for (const s of e.sources || []) window.__sources.push(s.node ? s.node.nodeName + (s.node.className ? '.' + s.node.className : '') : '?');
              }
            })
              .observe({ type: 'layout-shift', buffered: true });
            """);
        var response = await page.GotoAsync(fixture.Url(SiteFixture.PostPath));
        Assert.True(response?.Ok);

        var img = page.Locator(Figure);
        // Lazy and below the first screen: not loaded yet, but its box already has the image's proportions.
        var before = await img.EvaluateAsync<double[]>("i => [i.complete && i.naturalWidth > 0 ? 1 : 0, i.getBoundingClientRect().width, i.getBoundingClientRect().height]");
        Assert.Equal("lazy", await img.GetAttributeAsync("loading"));
        Assert.Equal(("1200", "640"), (await img.GetAttributeAsync("width"), await img.GetAttributeAsync("height")));
        Assert.True(before[1] > 0 && Math.Abs(before[2] / before[1] - 640.0 / 1200) < 0.01, $"box before loading: {before[1]} × {before[2]}");

        // Shifts from here on are the figure's: the page's own load (fonts, the charts' first draw), done before, is not
        // what this test is about, and under a loaded machine it could land in the count (seen once in CI).
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync("() => document.fonts.ready.then(() => { window.__shift = 0; window.__sources = []; })");
        await img.ScrollIntoViewIfNeededAsync();
        await page.WaitForFunctionAsync($"() => {{ const i = document.querySelector(\"{Figure}\"); return i.complete && i.naturalWidth > 0; }}");
        var shown = await img.EvaluateAsync<string[]>("i => [i.currentSrc, String(i.naturalWidth), String(i.getBoundingClientRect().height)]");

        Assert.EndsWith(".webp", shown[0]);
        Assert.True(int.Parse(shown[1]) > 0);
        Assert.Equal(before[2], double.Parse(shown[2], System.Globalization.CultureInfo.InvariantCulture), 1);
        Assert.Contains(images, i => i.Url == shown[0] && i.Type == "image/webp");
        Assert.DoesNotContain(images, i => i.Url.EndsWith("layers-the-lab-measured.png", StringComparison.Ordinal));
        var shift = await page.EvaluateAsync<double>("() => window.__shift");
        Assert.True(shift < 0.001, $"the page shifted ({shift}) while the figure loaded: {await page.EvaluateAsync<string>("() => window.__sources.join(', ')")}");
        await context.CloseAsync();
    }
}
