using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class CspTests(SiteFixture fixture)
{
    [Fact]
    public async Task Every_page_is_served_with_the_netlify_content_security_policy()
    {
        var policies = await fixture.OnEveryPageAsync(new BrowserNewContextOptions(), async (page, url) =>
        {
            var response = await page.GotoAsync(url);
            return (url, policy: await response!.HeaderValueAsync("content-security-policy"));
        });

        Assert.All(policies, p => Assert.Equal(fixture.Headers.ContentSecurityPolicy, p.policy));
    }

    [Fact]
    public async Task No_page_violates_the_netlify_content_security_policy()
    {
        var violations = await fixture.OnEveryPageAsync(new BrowserNewContextOptions(), CspViolations.OfAsync);

        Problems.AssertNone(violations.SelectMany(v => v));
    }

    // The check above passes only when nothing is reported: this shows that a violation would be.
    [Fact]
    public async Task An_inline_style_attribute_and_an_inline_script_are_reported_as_violations()
    {
        var folder = Directory.CreateTempSubdirectory("blog-csp-probe-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "probe.html"),
                "<!doctype html><title>probe</title><p style=\"color: red\">styled</p><script>document.title = 'ran';</script>");
            await using var server = await StaticSiteServer.StartAsync(folder.FullName, fixture.Headers);
            await using var context = await fixture.Browser.NewContextAsync();

            var violations = await CspViolations.OfAsync(await context.NewPageAsync(), server.BaseUrl + "/probe.html");

            Assert.Contains(violations, v => v.Contains("style-src") && v.Contains("<p style="));
            Assert.Contains(violations, v => v.Contains("script-src"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
