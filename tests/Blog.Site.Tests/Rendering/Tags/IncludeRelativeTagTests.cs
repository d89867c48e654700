using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Tags;

/// <summary>
/// <c>{% include_relative %}</c> reads a file from the rendered page's folder, as written, with parameters; checked
/// against a live Jekyll build. A name that climbs, or a file that is not there, is an error at the tag.
/// </summary>
public sealed class IncludeRelativeTagTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public async Task Files_beside_the_page_are_included_as_Jekyll_includes_them()
    {
        _site.With("_config.yml", "title: T\n")
            .With("_layouts/doc.html", "<main>{{ content }}</main><aside>{% include_relative aside.html %}</aside>\n")
            .With("docs/guide/index.md", "---\nlayout: doc\ntitle: Guide\n---\n# Guide\n\n{% include_relative snippet.md %}\n\n" +
                "{% include_relative sub/part.html x=\"one\" y=page.title %}\n")
            .With("docs/guide/snippet.md", "Some *snippet* text for {{ page.title }}.\n")
            .With("docs/guide/sub/part.html", "<p>{{ include.x }}/{{ include.y }}</p>")
            .With("docs/guide/aside.html", "aside of {{ page.url }}")
            .With("notes.txt", "---\nfront matter: kept as written\n---\nroot notes")
            .With("root.html", "---\n---\n[{% include_relative notes.txt %}]\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        // Blank lines between Markdown blocks are the Markdown converter's business, not this tag's.
        foreach (var page in new[] { "docs/guide/index.html", "root.html" })
            Assert.Equal(BetweenTags(File.ReadAllText(Path.Combine(jekyll, page))), BetweenTags(_site.Output(page)));
    }

    [Theory]
    [InlineData("{% include_relative ../secret.txt %}", "invalid include_relative file name '../secret.txt'")]
    [InlineData("{% include_relative sub//x.txt %}", "invalid include_relative file name 'sub//x.txt'")]
    [InlineData("{% include_relative nowhere.txt %}", "no file 'docs/nowhere.txt' for include_relative (it is relative to the page's folder)")]
    public async Task A_name_that_climbs_or_is_missing_is_an_error_at_the_tag(string tag, string message)
    {
        _site.With("_config.yml", "title: T\n").With("secret.txt", "s").With("docs/page.html", "---\n---\nline\n  " + tag + "\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        Assert.Equal($"docs/page.html:4:3: {message}", Assert.Single(failed.Errors).ToString());
    }

    [Fact]
    public async Task A_symbolic_link_out_of_the_source_is_refused()
    {
        _site.With("_config.yml", "title: T\n").With("page.html", "---\n---\n{% include_relative leak.txt %}\n");
        File.CreateSymbolicLink(Path.Combine(_site.Source, "leak.txt"), "/etc/hostname");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        Assert.Contains(failed.Errors, e => e.ToString() == "page.html:3:1: 'leak.txt' leads out of the site's source folder");
        Assert.DoesNotContain(File.ReadAllText("/etc/hostname").Trim(), string.Join("\n", failed.Errors));
    }

    private static string BetweenTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, @">\s+<", "><");

    public void Dispose() => _site.Dispose();
}
