using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Outputs;

/// <summary>
/// <c>{% seo %}</c> as jekyll-seo-tag 2.8 writes it, checked with a live Jekyll build: every text through its
/// <c>format_string</c> (markdownify, so curly quotes and dashes; tags stripped; escaped once, in the JSON-LD too). The
/// site is not built by Jekyll, so its generator tag and its Begin/End comments are left out of the comparison.
/// </summary>
public sealed class SeoTagJekyllTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public async Task Titles_and_descriptions_are_formatted_as_jekyll_seo_tag_formats_them()
    {
        _site.With("_config.yml", "title: \"Site & Co\"\nurl: https://e.x\nplugins: [jekyll-seo-tag]\n")
            .With("_posts/2024-01-01-a.md", "---\ntitle: \"What's new -- now & *then*\"\ndescription: \"It's <b>bold</b> & more\"\n---\n{% seo %}\n")
            .With("index.html", "---\n---\n{% seo %}\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        foreach (var file in (string[])["2024/01/01/a.html", "index.html"])
            Assert.Equal(Comparable(File.ReadAllText(Path.Combine(jekyll, file))), Comparable(_site.Output(file)));
    }

    private static string Comparable(string html) => string.Join("\n", html.Split('\n')
        .Where(line => line.Length > 0 && !line.StartsWith("<!--", StringComparison.Ordinal) && !line.Contains("name=\"generator\"", StringComparison.Ordinal)));

    public void Dispose() => _site.Dispose();
}
