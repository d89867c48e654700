using System.Xml.Linq;
using Blog.Site.Build;
using Blog.Site.Tests.Content;
using Xunit.Abstractions;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// Known XSS payloads as an author's front matter (title, description, tags, category, author, image) and data
/// (<c>_data/authors.yml</c>), and as site values, built with the repository's real theme and pages: no payload
/// may survive as executable markup in any page, attribute, the SEO tags, the JSON-LD, or the feed.
/// </summary>
public sealed class XssPayloadTests(ITestOutputHelper output) : IDisposable
{
    private readonly Support.TempSite _site = new();

    private static readonly string Repository = Path.GetFullPath(Path.Combine(TempSite.TestsFolder(), "..", ".."));

    private static IReadOnlyList<string> Payloads() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Hardening", "xss-payloads.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#')).ToList();

    // YAML single quotes take any text verbatim; only the quote itself is doubled.
    private static string Yaml(string text) => "'" + text.Replace("'", "''") + "'";

    [Fact]
    public async Task Xss_payloads_in_front_matter_and_data_do_not_survive_unescaped_in_pages_feed_or_json_ld()
    {
        var payloads = Payloads();
        Assert.True(payloads.Count >= 30, $"only {payloads.Count} payloads");
        await BuildSiteWith(payloads);

        var problems = new List<string>();
        var pages = Directory.EnumerateFiles(_site.Destination, "*.html", SearchOption.AllDirectories).ToList();
        foreach (var page in pages)
            problems.AddRange(ExecutableMarkup.InPage(await File.ReadAllTextAsync(page))
                .Select(p => $"{Path.GetRelativePath(_site.Destination, page)}: {p}"));
        problems.AddRange(InFeed(await File.ReadAllTextAsync(Path.Combine(_site.Destination, "feed.xml"))).Select(p => "feed.xml: " + p));
        XDocument.Parse(await File.ReadAllTextAsync(Path.Combine(_site.Destination, "sitemap.xml")));
        problems.AddRange(InSearchIndex(await File.ReadAllTextAsync(Path.Combine(_site.Destination, "search.json")), payloads).Select(p => "search.json: " + p));

        output.WriteLine($"{payloads.Count} payloads, {pages.Count} pages checked");
        Assert.True(pages.Count > payloads.Count, $"only {pages.Count} pages were built");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The feed is XML; its <c>type="html"</c> texts are HTML for the reader once unescaped; its links are links.</summary>
    private static IEnumerable<string> InFeed(string xml)
    {
        var feed = XDocument.Parse(xml);
        foreach (var element in feed.Descendants())
        {
            if ((string?)element.Attribute("type") == "html")
                foreach (var problem in ExecutableMarkup.InFragment(element.Value)) yield return $"<{element.Name.LocalName}>: {problem}";
            foreach (var attribute in element.Attributes().Where(a => a.Name.LocalName is "href" or "url" or "base" && ExecutableMarkup.IsDangerousUrl(a.Value)))
                yield return $"<{element.Name.LocalName} {attribute.Name.LocalName}=\"{attribute.Value}\">";
            if (element.Name.LocalName is "uri" or "id" && ExecutableMarkup.IsDangerousUrl(element.Value))
                yield return $"<{element.Name.LocalName}>{element.Value}</{element.Name.LocalName}>";
        }
    }

    /// <summary>
    /// The search index is JSON the theme's script renders as text: each title is the payload exactly (nothing lost,
    /// nothing decoded twice), and no character HTML gives meaning to is left raw, so the index stays inert even where
    /// it would be put into a page.
    /// </summary>
    private static IEnumerable<string> InSearchIndex(string json, IReadOnlyList<string> payloads)
    {
        foreach (var c in "<>&")
            if (json.Contains(c)) yield return $"a raw '{c}' at {json.IndexOf(c)}";
        var titles = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("posts").EnumerateArray()
            .Select(p => p.GetProperty("t").GetString()).ToHashSet();
        foreach (var payload in payloads.Where(p => !titles.Contains(p))) yield return $"no post titled {payload}";
    }

    private async Task BuildSiteWith(IReadOnlyList<string> payloads)
    {
        foreach (var page in new[] { "_config.yml", "index.html", "categories.html", "tags.html", "about.md", "404.html", "archive.html" })
            _site.With(page, await File.ReadAllTextAsync(Path.Combine(Repository, "input", page)));
        var authors = new List<string>();
        for (int i = 0; i < payloads.Count; i++)
        {
            var p = Yaml(payloads[i]);
            // A category is part of the post's URL, which themes write into href unescaped (Jekyll's too): one holding
            // an entity ("&lt;") makes a link that points elsewhere, which the link check refuses before any XSS test.
            var category = payloads[i].Contains('&') ? "entity" : p;
            // In the text as escaped characters (the author writing about the payload), which the search index holds decoded.
            var shown = System.Net.WebUtility.HtmlEncode(payloads[i]);
            _site.With($"_posts/2024-{1 + i / 28:00}-{1 + i % 28:00}-payload-{i}.md",
                $"---\ntitle: {p}\ndescription: {p}\ntags: [{p}, plain]\ncategories: [{category}]\nauthor: writer{i}\nimage: {p}\nrender_with_liquid: false\n---\nA post about payload {i}.\n\n## {shown}\n\n{shown}\n");
            authors.Add($"writer{i}:\n  name: {p}\n  url: {p}\n  twitter: {p}\n");
        }
        _site.With("_posts/2024-12-01-site-author.md", $"---\ntitle: Plain\nauthor: {Yaml(payloads[0])}\n---\nThe author named directly.\n");
        _site.With("_data/authors.yml", string.Concat(authors));
        _site.With("_site_values.yml", $"title: {Yaml(payloads[1])}\ndescription: {Yaml(payloads[3])}\nauthor:\n  name: {Yaml(payloads[5])}\n  url: {Yaml("javascript:alert(1)")}\n");

        await new SiteBuilder().BuildAsync(_site.Options() with
        {
            Theme = Path.Combine(Repository, "theme"),
            ConfigFiles = [Path.Combine(_site.Source, "_config.yml"), Path.Combine(_site.Source, "_site_values.yml")],
        });
    }

    public void Dispose() => _site.Dispose();
}
