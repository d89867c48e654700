using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Site.Tests.Serving;

/// <summary>The live reload as a reader sees it, in Debian's Chromium.</summary>
public class BrowserReloadTests
{
    private static readonly float Patience = 60_000;

    [Fact]
    public async Task An_open_page_reloads_itself_after_its_post_is_edited()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = served.Session.Address.ToString() });
        await page.GotoAsync("/2024/02/14/first.html");
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('Hello world')", null, new() { Timeout = Patience });
        // A marker on the window survives only as long as this document: a reload removes it.
        await page.EvaluateAsync("() => window.beforeEdit = true");

        served.Site.With("_posts/2024-02-14-first.md", "---\nlayout: default\ntitle: First\n---\nGoodbye *world*.\n");

        await page.WaitForFunctionAsync("() => document.body.textContent.includes('Goodbye world')", null, new() { Timeout = Patience });
        Assert.Null(await page.EvaluateAsync<bool?>("() => window.beforeEdit"));
    }

    [Fact]
    public async Task A_build_error_shows_over_the_last_good_page()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Blog());
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = served.Session.Address.ToString() });
        await page.GotoAsync("/2024/02/14/first.html");
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('Hello world')", null, new() { Timeout = Patience });

        served.Site.With("_posts/2024-02-14-first.md", "---\nlayout: nope\n---\nBroken.\n");

        var overlay = page.Locator("#__blog-build-error");
        await overlay.WaitForAsync(new() { Timeout = Patience });
        Assert.Contains("_posts/2024-02-14-first.md:2:1: unknown layout", await overlay.TextContentAsync());
        Assert.Contains("Hello world", await page.Locator("body").TextContentAsync());
    }
}
