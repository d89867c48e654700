using System.Collections.Concurrent;
using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class CspTests(SiteFixture fixture)
{
    // Installed before any of the page's own code runs (Playwright injects it outside the page's CSP).
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at line ${e.lineNumber}: ${e.target instanceof Element ? e.target.outerHTML.slice(0, 100) : e.sample}`));
        """;

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
        var violations = await fixture.OnEveryPageAsync(new BrowserNewContextOptions(), async (page, url) =>
        {
            var console = new ConcurrentQueue<string>();
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) console.Enqueue(message.Text);
            };
            await page.AddInitScriptAsync(RecordViolations);
            await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // Violation events are queued as tasks: let two frames pass so every one has been dispatched.
            await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
            var events = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
            return events.Concat(console).Select(v => $"{url}: {v}").ToList();
        });

        Problems.AssertNone(violations.SelectMany(v => v));
    }
}
