using System.Diagnostics;
using System.Text.RegularExpressions;
using Blog.Site.Build;

namespace Blog.Site.Tests.Content.Collections;

/// <summary>
/// A small site with two collections (one written with its own permalink and sort_by, one not written but listed on a
/// page, a static file in a collection, a defaults entry scoped by type) built by the installed Jekyll 4.3 and by
/// <see cref="SiteBuilder"/>: the same files, and every HTML page and the sitemap the same text once whitespace is collapsed.
/// </summary>
public sealed class CollectionJekyllLiveTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    internal static void WriteSite(TempSite site) => site
        .WithConfig("""
            title: Cols
            url: https://example.org
            plugins: [jekyll-sitemap]
            time: 2025-06-01 12:00:00 +0000
            collections:
              recipes:
                output: true
                permalink: /cook/:path/
                sort_by: rank
              authors:
                output: false
            defaults:
              - scope: { path: "", type: recipes }
                values: { layout: recipe, cuisine: Italian }
            """)
        .With("_layouts/recipe.html", """
            <html><body><h1>{{ page.title }}</h1>
            <p>{{ page.cuisine }} | {{ page.collection }} | {{ page.relative_path }} | {{ page.id }} | {{ page.slug }} | {{ page.url }}</p>
            {{ content }}
            <a href="{{ page.next.url }}">next</a> <a href="{{ page.previous.url }}">previous</a>
            </body></html>
            """)
        .With("_recipes/pasta.md", "---\ntitle: Pasta al pomodoro\nrank: 2\n---\nBoil **water**.\n\nThen the rest.\n")
        .With("_recipes/2024-05-01-soup.md", "---\nrank: 1\n---\nSoup: {{ page.title }} of {{ page.date | date: \"%Y-%m-%d\" }}.\n")
        .With("_recipes/sub/cake.markdown", "---\nrank: 3\ncuisine: French\n---\n# Cake\n\nSweet.\n")
        .With("_recipes/photo.txt", "not a document\n")
        .With("_authors/alice.md", "---\nname: Alice\n---\nAlice cooks.\n\nA lot.\n")
        .With("_authors/bob.md", "---\nname: Bob\ntitle: Robert\n---\nBob eats.\n")
        .With("_posts/2024-01-01-hello.md", "---\n---\nHello.\n")
        .With("authors.html", """
            ---
            title: Authors
            ---
            <ul>{% for a in site.authors %}<li>{{ a.name }} {{ a.url }} {{ a.title }} {{ a.collection }} {{ a.excerpt | strip_html | strip }}</li>{% endfor %}</ul>
            {% for c in site.collections %}<p>{{ c.label }} {{ c.output }} {{ c.docs.size }} {{ c.files.size }} {{ c.relative_directory }} {{ c.permalink }} {{ c.sort_by }}</p>{% endfor %}
            {% assign italian = site.recipes | where: "cuisine", "Italian" %}<p>{{ italian.size }} Italian</p>
            <p>{% for r in site.recipes %}{{ r.url }} {% endfor %}</p>
            <p>{% assign sorted = site.recipes | sort: "title" %}{% for r in sorted %}{{ r.title }}, {% endfor %}</p>
            <p>{% assign groups = site.recipes | group_by: "cuisine" %}{% for g in groups %}{{ g.name }}={{ g.size }} {% endfor %}</p>
            <p>{{ site.documents.size }} documents</p>
            """);

    [Fact]
    public async Task A_site_with_collections_builds_as_Jekyll_builds_it()
    {
        WriteSite(_site);
        string jekyllOut = Path.Combine(_site.Root, "jekyll");
        await RunJekyllAsync(_site.Source, jekyllOut);

        await new SiteBuilder().BuildAsync(_site.Options);

        var expected = Files(jekyllOut);
        Assert.Equal(expected, Files(_site.Destination));
        foreach (var file in expected.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            Assert.Equal(file + ": " + Collapsed(Path.Combine(jekyllOut, file)), file + ": " + Collapsed(Path.Combine(_site.Destination, file)));
        // The sitemap's entries, in order (the XML declaration and attributes are written differently).
        Assert.Equal(SitemapEntries(jekyllOut), SitemapEntries(_site.Destination));
        Assert.Equal(File.ReadAllText(Path.Combine(jekyllOut, "cook/photo.txt")), File.ReadAllText(Path.Combine(_site.Destination, "cook/photo.txt")));
    }

    [Fact]
    public async Task Collections_dir_pretty_urls_and_an_order_list_build_as_Jekyll_builds_them()
    {
        _site.WithConfig("""
                title: Dir
                time: 2025-06-01 12:00:00 +0000
                permalink: pretty
                collections_dir: content
                collections:
                  guides:
                    output: true
                    order: [setup.md, intro/welcome.md]
                  people: { output: false }
                """)
            .With("content/_guides/setup.md", "---\ntitle: Setup\n---\nSee {% link _guides/intro/welcome.md %}.\n")
            .With("content/_guides/intro/welcome.md", "---\n---\nWelcome {{ page.relative_path }} {{ page.previous.title }}.\n")
            .With("content/_guides/zz.md", "---\n---\nLast {{ page.url }} {{ page.id }}.\n")
            .With("content/_guides/files/notes.txt", "notes\n")
            .With("content/_posts/2024-02-02-inside.md", "---\n---\nInside {{ page.categories | join: ',' }}.\n")
            .With("_posts/2024-02-03-outside.md", "---\n---\nOutside.\n")
            .With("index.html", "---\n---\n{% for g in site.guides %}[{{ g.title }} {{ g.url }} {{ g.relative_path }}]{% endfor %}{% for p in site.posts %}({{ p.url }}){% endfor %}{% for f in site.static_files %}<{{ f.name }}>{% endfor %}\n");
        string jekyllOut = Path.Combine(_site.Root, "jekyll");
        await RunJekyllAsync(_site.Source, jekyllOut);

        await new SiteBuilder().BuildAsync(_site.Options);

        var expected = Files(jekyllOut);
        Assert.Equal(expected, Files(_site.Destination));
        foreach (var file in expected.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            Assert.Equal(file + ": " + Collapsed(Path.Combine(jekyllOut, file)), file + ": " + Collapsed(Path.Combine(_site.Destination, file)));
    }

    private static List<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
        .Where(f => !f.StartsWith(".jekyll-cache/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();

    private static List<string> SitemapEntries(string folder) =>
        Regex.Matches(File.ReadAllText(Path.Combine(folder, "sitemap.xml")), "<(loc|lastmod)>[^<]*").Select(m => m.Value).ToList();

    private static string Collapsed(string path) => Regex.Replace(File.ReadAllText(path), @"\s+", " ").Trim();

    internal static async Task RunJekyllAsync(string site, string destination)
    {
        var start = new ProcessStartInfo("jekyll")
        {
            ArgumentList = { "build", "--quiet", "--disable-disk-cache", "-s", site, "-d", destination },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["TZ"] = "UTC";
        start.Environment["JEKYLL_NO_BUNDLER_REQUIRE"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        Assert.True(process.ExitCode == 0, $"jekyll build failed ({process.ExitCode}): {await stdout}{await stderr}");
    }
}
