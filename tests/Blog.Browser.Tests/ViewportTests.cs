using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class ViewportTests(SiteFixture fixture)
{
    [Fact]
    public async Task No_page_scrolls_horizontally_in_a_375_px_wide_viewport()
    {
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 812 } };
        var overflows = await fixture.OnEveryPageAsync(options, async (page, url) =>
        {
            await page.GotoAsync(url);
            var widths = await page.EvaluateAsync<int[]>(
                "() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
            var (scrollWidth, clientWidth) = (widths[0], widths[1]);
            return scrollWidth > clientWidth ? $"{url}: scrollWidth {scrollWidth} > clientWidth {clientWidth}" : null;
        });

        Problems.AssertNone(overflows.OfType<string>());
    }
}
