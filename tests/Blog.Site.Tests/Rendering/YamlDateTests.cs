using System.Text.RegularExpressions;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering;

/// <summary>
/// A YAML date without a time (<c>updated: 2024-02-14</c>) is a Ruby <c>Date</c> to Jekyll, not a time: printed alone, as
/// JSON and joined it is the date; <c>date</c> formats it as midnight at offset zero; Jekyll's own date filters, a
/// document's <c>date</c> and the sitemap turn it into midnight in the site's zone. Checked against a live Jekyll build,
/// in a zone away from UTC so that each of those shows.
/// </summary>
public sealed partial class YamlDateTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public async Task Dates_without_a_time_are_written_as_Jekyll_writes_them()
    {
        const string probes =
            "a[{{ page.updated }}] b[{{ page.date }}] c[{{ site.data.x.d }}] d[{{ page.updated | date: \"%Y %H:%M %z %Z %s\" }}] " +
            "e[{{ page.updated | jsonify }}] f[{{ page.updated | date_to_xmlschema }}] g[{{ site.data.x.list | sort | join: \",\" }}] " +
            "h[{{ page.updated | date_to_string }}] i[{{ site.data.x | jsonify }}] j[{{ page.updated | append: \"x\" }}] " +
            "k[{{ page.updated | date_to_rfc822 }}] l[{% if page.updated == site.data.x.d %}equal{% endif %}] " +
            "m[{{ site.data.x.list | first | date: \"%s\" }}] n[{{ page.updated | inspect }}] o[{{ site.data.x.d | date_to_long_string: \"ordinal\" }}]\n";
        _site.With("_config.yml", "title: T\ntimezone: Europe/Berlin\nurl: https://example.com\nplugins: [jekyll-sitemap, jekyll-seo-tag]\n")
            .With("_data/x.yml", "d: 2024-02-14\nlist:\n  - 2024-03-01\n  - 2023-01-05\n")
            .With("_posts/2024-01-10-post.md", "---\nupdated: 2024-02-14\nlast_modified_at: 2024-02-20\n---\n" + probes)
            .With("_layouts/seo.html", "<head>{% seo %}</head>{{ content }}\n")
            .With("_posts/2024-06-10-seo.md", "---\nlayout: seo\nlast_modified_at: 2024-06-30\n---\nx\n")
            .With("about.md", "---\ndate: 2024-02-14\nlast_modified_at: 2024-06-30\n---\n" +
                "p[{{ page.date }}] q[{{ page.date | date: \"%s %z\" }}] r[{{ page.date | inspect }}] s[{{ page.date | date_to_xmlschema }}]\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        foreach (var page in new[] { "2024/01/10/post.html", "about.html" })
            Assert.Equal(File.ReadAllText(Path.Combine(jekyll, page)), _site.Output(page));
        Assert.Contains("[2024-02-14]", _site.Output("about.html"));
        // The sitemap's lastmod of a page and of a post whose last_modified_at is a date: the start of that day in the site's zone.
        Assert.Equal(LastModified(File.ReadAllText(Path.Combine(jekyll, "sitemap.xml"))), LastModified(_site.Output("sitemap.xml")));
        Assert.Contains("<lastmod>2024-06-30T00:00:00+02:00</lastmod>", _site.Output("sitemap.xml"));
        // {% seo %}'s dateModified likewise.
        var seo = "2024/06/10/seo.html";
        Assert.Equal(DateModified(File.ReadAllText(Path.Combine(jekyll, seo))), DateModified(_site.Output(seo)));
        Assert.Equal("\"dateModified\":\"2024-06-30T00:00:00+02:00\"", DateModified(_site.Output(seo)));
    }

    private static string DateModified(string page) => DateModifiedPattern().Match(page).Value;

    [GeneratedRegex("\"dateModified\":\"[^\"]*\"")]
    private static partial Regex DateModifiedPattern();

    private static IReadOnlyList<string> LastModified(string sitemap) =>
        [.. LastModifiedPattern().Matches(sitemap).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex("<lastmod>[^<]*</lastmod>")]
    private static partial Regex LastModifiedPattern();

    public void Dispose() => _site.Dispose();
}
