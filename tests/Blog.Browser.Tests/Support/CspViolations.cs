using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Blog.Browser.Tests.Support;

/// <summary>
/// Loads a page and returns every Content-Security-Policy violation it caused: the page's
/// <c>securitypolicyviolation</c> events and the console messages Chromium writes for blocked content.
/// </summary>
public static class CspViolations
{
    // Installed before any of the page's own code runs (Playwright injects it outside the page's CSP).
    private const string RecordViolations = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
          window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at line ${e.lineNumber}: ${e.target instanceof Element ? e.target.outerHTML.slice(0, 100) : e.sample}`));
        """;

    public static Task<IReadOnlyList<string>> OfAsync(IPage page, string url) => OfAsync(page, url, _ => Task.CompletedTask);

    /// <param name="use">What a reader does on the page once it loaded (type into the search box...), before the violations are read.</param>
    public static async Task<IReadOnlyList<string>> OfAsync(IPage page, string url, Func<IPage, Task> use)
    {
        var console = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) console.Enqueue(message.Text);
        };
        await page.AddInitScriptAsync(RecordViolations);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await use(page);
        // Violation events are queued as tasks: let two frames pass so every one has been dispatched.
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
        var events = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        return [.. events.Concat(console).Select(v => $"{url}: {v}")];
    }
}
