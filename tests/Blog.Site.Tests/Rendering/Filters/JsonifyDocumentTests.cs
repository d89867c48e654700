using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Filters;

/// <summary>
/// <c>jsonify</c> and <c>inspect</c> of a page and of posts write Jekyll 4.3's members in Jekyll's order (a post's
/// neighbours collapsed from the second level), checked against a live Jekyll build. The posts are HTML, so that their
/// content does not depend on the Markdown converter.
/// </summary>
public sealed class JsonifyDocumentTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public async Task Pages_and_posts_are_written_as_Jekyll_writes_them()
    {
        _site.With("_config.yml", "title: T\ntimezone: UTC\ndefaults:\n  - scope: {path: \"\"}\n    values: {author: ann}\n")
            .With("_posts/2024-02-14-hello.html", "---\ntitle: Hello \"x\"\ntags: [a, b]\ncategories: [dev]\nextra: 5\nlayout: none\n---\nBody one.\n\nSecond part.\n")
            .With("_posts/2024-02-10-older.html", "---\ntitle: Older\n---\nOld.\n")
            .With("_posts/2024-01-01-oldest.html", "---\n---\nOldest.\n")
            .With("docs/about.html", "---\ntitle: About\nx: [1, 2.5, \"s\", null, true]\n---\nP: {{ page | jsonify }}\nQ: {{ site.posts[1] | jsonify }}\n" +
                "A: {{ site.posts | jsonify }}\nI: {{ page | inspect }}\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        var expected = File.ReadAllLines(Path.Combine(jekyll, "docs/about.html"));
        var actual = _site.Output("docs/about.html").Split('\n');
        foreach (var (line, i) in expected.Select((l, i) => (l, i))) Assert.Equal(line, actual[i]);
    }

    public void Dispose() => _site.Dispose();
}
