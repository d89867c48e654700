using System.Net;
using Blog.Browser.Tests.Support;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class LinkTests(SiteFixture fixture)
{
    // Every URL the page itself refers to, as the browser resolves it (base URL, relative paths, srcset).
    private const string CollectLinks = """
        () => {
          const urls = [];
          for (const e of document.querySelectorAll('[href]')) urls.push(e.href.baseVal ?? e.href);
          for (const e of document.querySelectorAll('[src]')) urls.push(e.src);
          for (const e of document.querySelectorAll('[srcset]'))
            for (const part of e.srcset.split(',')) { const u = part.trim().split(/\s+/)[0]; if (u) urls.push(new URL(u, document.baseURI).href); }
          return urls;
        }
        """;

    [Fact]
    public async Task Every_internal_link_on_every_page_answers_200()
    {
        using var http = new HttpClient();
        var toVisit = new Queue<string>([fixture.Url("/"), .. fixture.PageUrls]);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var checkedUrls = new Dictionary<string, HttpStatusCode>(StringComparer.Ordinal);
        var broken = new List<string>();
        var page = await fixture.Browser.NewPageAsync();

        while (toVisit.TryDequeue(out var url))
        {
            if (!visited.Add(url)) continue;
            await page.GotoAsync(url);
            var origin = new Uri(url).Authority;
            foreach (var link in await page.EvaluateAsync<string[]>(CollectLinks))
            {
                var uri = new Uri(link);
                if (uri.Scheme is not ("http" or "https") || uri.Authority != origin) continue;
                var target = uri.GetLeftPart(UriPartial.Query);
                if (!checkedUrls.TryGetValue(target, out var status))
                {
                    using var response = await http.GetAsync(target);
                    checkedUrls[target] = status = response.StatusCode;
                    if (status == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
                        toVisit.Enqueue(uri.GetLeftPart(UriPartial.Path));
                }
                if (status != HttpStatusCode.OK) broken.Add($"{url} → {link}: {(int)status}");
            }
        }
        await page.CloseAsync();

        Assert.True(visited.Count > 1, "the crawl found no pages beyond /");
        Problems.AssertNone(broken);
    }
}
