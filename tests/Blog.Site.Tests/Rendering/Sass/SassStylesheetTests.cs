using System.Text.RegularExpressions;
using Blog.Site.Build;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Sass;

/// <summary>
/// Stylesheets with front matter compile as Debian's Jekyll 4.3 compiles them (jekyll-sass-converter 2.2.0 with
/// libsass): each case builds the same site with real Jekyll and with the generator and compares every stylesheet,
/// ignoring comments and whitespace (Jekyll adds a source map comment), and the list of files written (without .map).
/// </summary>
public sealed partial class SassStylesheetTests : IDisposable
{
    private readonly TempSite _site = new();

    /// <summary>
    /// Files the generator writes for every site (Jekyll only with its plugins listed), and the source map Jekyll
    /// writes beside a stylesheet (the generator writes none): not part of what these tests compare.
    /// </summary>
    private static readonly HashSet<string> GeneratorOnly = ["feed.xml", "sitemap.xml", "robots.txt"];

    private static readonly string SharedSites = "/work/shared/jekyll-sites";

    [Fact]
    public async Task Scss_with_partials_from_sass_dir_liquid_and_a_sub_folder_compile_as_Jekyll_compiles_them()
    {
        _site.With("_config.yml", "title: T\ncolor: \"#606c71\"\ndefaults:\n  - scope: {path: \"\"}\n    values: {layout: default}\n")
            .With("_layouts/default.html", "<html>{{ content }}</html>\n")
            .With("_sass/_variables.scss", "$width: 64em;\n@mixin big { font-size: 2em; }\n")
            .With("_sass/theme/_buttons.scss", ".btn { padding: 1px 2px; &:hover { color: red; } }\n")
            .With("assets/css/style.scss",
                "---\n---\n@import 'variables';\n@import \"theme/buttons\";\nbody { color: {{ site.color }}; max-width: $width; h1 { @include big; } }\n" +
                "@media (max-width: $width / 2) { .x { margin: 0 auto; } }\n.é { content: \"é\"; }\n")
            .With("root.scss", "---\ntitle: root\n---\n// {{ page.title }}\n@import \"assets/css/local\";\na { b: c }\n")
            .With("assets/css/_local.scss", ".local { d: e; }\n")
            .With("plain.scss", "no front matter: copied { as: is }\n")
            .With("index.html", "---\n---\nhome\n");

        await AssertSameAsJekyllAsync();
    }

    [Fact]
    public async Task An_empty_stylesheet_is_an_empty_css_file_as_Jekyll_writes_it()
    {
        // libsass refuses an empty text; Jekyll writes an empty stylesheet (and warns only that it has no source map).
        _site.With("style.scss", "---\n---\n").With("index.html", "---\n---\nhome\n");

        await AssertSameAsJekyllAsync();
    }

    [Fact]
    public async Task Indented_sass_compiles_as_Jekyll_compiles_it()
    {
        _site.With("_config.yml", "title: T\n")
            .With("_sass/_mixins.sass", "=rounded($r)\n  border-radius: $r\n")
            .With("css/main.sass", "---\n---\n@import mixins\n$c: #333\nnav\n  color: $c\n  a\n    +rounded(4px)\n");

        await AssertSameAsJekyllAsync();
    }

    [Theory]
    [InlineData("sass: {style: compressed}")]
    [InlineData("sass: {style: compressed, add_charset: true}")]
    [InlineData("sass:\n  style: \":expanded\"")]
    [InlineData("sass: {style: nested}")]
    [InlineData("sass: {style: bogus}")]
    [InlineData("sass: {sass_dir: styles/partials}")]
    [InlineData("sass: {sass_dir: ../../styles/partials}")]
    [InlineData("sass: {load_paths: [vendor/*/scss], sass_dir: styles/partials}")]
    [InlineData("sass: {line_comments: true}")]
    public async Task Sass_settings_give_the_css_Jekyll_gives(string setting)
    {
        _site.With("_config.yml", "title: T\n" + setting + "\n")
            .With("styles/partials/_a.scss", ".from-sass-dir { x: y; }\n")
            .With("_sass/_a.scss", ".from-default-sass-dir { x: y; }\n")
            .With("vendor/lib/scss/_v.scss", ".vendor { z: w; }\n")
            .With("style.scss", "---\n---\n@import \"a\";\n" + (setting.Contains("vendor") ? "@import \"v\";\n" : "") +
                "a { b: c; d { e: 1.123456789012px; } }\n.é::before { content: \"é\"; }\n");

        await AssertSameAsJekyllAsync();
    }

    [Theory]
    [InlineData("cayman")]
    [InlineData("minimal")]
    [InlineData("flexible-jekyll")]
    public async Task A_real_sites_stylesheets_compile_as_Jekyll_compiles_them(string site)
    {
        JekyllOracle.CopyFolder(Path.Combine(SharedSites, site), _site.Source);

        var (jekyll, ours) = await BuildBothAsync();

        var sheets = JekyllOracle.Files(jekyll).Where(f => f.EndsWith(".css", StringComparison.Ordinal) && f.StartsWith("assets/css/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets)
            Assert.Equal(Normalised(Path.Combine(jekyll, sheet)), Normalised(Path.Combine(ours, sheet)));
    }

    private async Task AssertSameAsJekyllAsync()
    {
        var (jekyll, ours) = await BuildBothAsync();

        var expectedFiles = JekyllOracle.Files(jekyll).Where(f => !f.EndsWith(".map", StringComparison.Ordinal)).ToList();
        Assert.Equal(expectedFiles, JekyllOracle.Files(ours).Where(f => !GeneratorOnly.Contains(f)));
        var sheets = expectedFiles.Where(f => f.EndsWith(".css", StringComparison.Ordinal) || f.EndsWith(".scss", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sheets);
        foreach (var sheet in sheets)
            Assert.Equal(Normalised(Path.Combine(jekyll, sheet)), Normalised(Path.Combine(ours, sheet)));
    }

    /// <summary>Both builds of the site: Jekyll's output folder and the generator's.</summary>
    private async Task<(string Jekyll, string Ours)> BuildBothAsync()
    {
        // Jekyll runs on its own copy, so that its cache or metadata cannot change what the generator reads.
        var jekyllSource = Path.Combine(_site.Root, "jekyll-src");
        JekyllOracle.CopyFolder(_site.Source, jekyllSource);
        var jekyll = Path.Combine(_site.Root, "jekyll-out");
        await JekyllOracle.BuildAsync(jekyllSource, jekyll);

        // An empty theme folder: the sites bring their own stylesheets.
        var theme = Directory.CreateDirectory(Path.Combine(_site.Root, "no-theme")).FullName;
        await new SiteBuilder().BuildAsync(_site.Options() with { Theme = theme });
        return (jekyll, _site.Destination);
    }

    /// <summary>The acceptance check's comparison: comments and whitespace removed, a rule's last semicolon dropped.</summary>
    private static string Normalised(string path)
    {
        var text = Comment().Replace(File.ReadAllText(path), "");
        return Whitespace().Replace(text, "").Replace(";}", "}");
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public void Dispose() => _site.Dispose();
}
