using System.Text.Json;
using System.Text.Json.Nodes;
using Blog.Cli.Commands;
using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Outputs;

/// <summary><c>minify: true</c> (or <c>--minify</c>): smaller pages and stylesheets that mean the same, the same bytes every time.</summary>
public sealed class MinifyTests : IDisposable
{
    private const string Pre = "<pre><code>line one\n    indented   twice\n\n\tand a tab  </code></pre>";
    private const string JsonLd = "{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"BlogPosting\",\n  \"headline\": \"A  title  with  spaces\"\n}";
    private const string Svg = "<svg viewBox=\"0 0 10 10\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"a chart\">\n  <linearGradient id=\"g\"><stop offset=\"0\"/></linearGradient>\n  <path d=\"M0 0 L10 10\"/>\n  <text x=\"1\" y=\"5\">a  b</text>\n</svg>";
    private const string Script = "<script>var s = \"<!-- not a comment -->\";  if (a < b) { run(); }</script>";

    private readonly TempSite _site = new TempSite()
        .With("_layouts/default.html", "<!DOCTYPE html>\n<html lang=\"en\">\n  <head>\n    <meta charset=\"utf-8\">\n    <title>{{ page.title }}</title>\n"
            + "    <link rel=\"stylesheet\" href=\"/assets/site.css\">\n    <script type=\"application/ld+json\">" + JsonLd + "</script>\n  </head>\n"
            + "  <body>\n    <!-- a note to the theme's reader -->\n    <main>\n      {{ content }}\n    </main>\n  </body>\n</html>\n")
        .With("index.html", "---\nlayout: default\ntitle: Home\n---\n<p>Some   <em>spaced</em>   text.</p>\n" + Pre + "\n" + Svg + "\n"
            + "<textarea name=\"t\">  kept\n  as is</textarea>\n" + Script + "\n")
        .With("assets/site.css", "/* the site's colours */\nbody {\n  color: #000000;\n  margin: 0 auto;\n}\n\na:hover { color : red ; }\n");

    public void Dispose() => _site.Dispose();

    private async Task<BuildReport> BuildAsync(string config, bool? minifyOption = null)
    {
        _site.With("_config.yml", config);
        return await new SiteBuilder().BuildAsync(_site.Options() with { Minify = minifyOption });
    }

    [Fact]
    public async Task Pages_and_stylesheets_are_written_as_rendered_unless_the_site_asks()
    {
        await BuildAsync("title: T\n");

        Assert.Contains("<!-- a note to the theme's reader -->", _site.Output("index.html"));
        Assert.Equal(File.ReadAllText(Path.Combine(_site.Source, "assets/site.css")), _site.Output("assets/site.css"));
    }

    [Fact]
    public async Task A_minified_page_is_smaller_and_loses_comments_and_the_whitespace_HTML_ignores()
    {
        await BuildAsync("title: T\nminify: true\n");
        var html = _site.Output("index.html");

        Assert.DoesNotContain("a note to the theme's reader", html);
        Assert.DoesNotContain("\n    <main>", html);
        Assert.Contains("<p>Some <em>spaced</em> text.</p>", html);
        Assert.True(html.Length < File.ReadAllText(Path.Combine(_site.Source, "index.html")).Length + 300, $"not smaller: {html}");
    }

    [Fact]
    public async Task Preformatted_text_textareas_and_scripts_keep_every_character()
    {
        await BuildAsync("title: T\nminify: true\n");
        var html = _site.Output("index.html");

        Assert.Contains(Pre, html);
        Assert.Contains("<textarea name=\"t\">  kept\n  as is</textarea>", html);
        Assert.Contains(Script, html);
    }

    [Fact]
    public async Task JSON_LD_stays_the_same_data()
    {
        await BuildAsync("title: T\nminify: true\n");
        var html = _site.Output("index.html");

        var start = html.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal) + "<script type=\"application/ld+json\">".Length;
        var data = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonLd), JsonNode.Parse(data)), data);
        Assert.Equal("A  title  with  spaces", JsonDocument.Parse(data).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task Inline_SVG_keeps_its_case_sensitive_names_and_its_text()
    {
        await BuildAsync("title: T\nminify: true\n");
        var html = _site.Output("index.html");

        Assert.Contains("viewBox=\"0 0 10 10\"", html);
        Assert.Contains("<linearGradient id=\"g\">", html);
        Assert.Contains("<path d=\"M0 0 L10 10\"", html);
        Assert.Contains(">a  b</text>", html);
    }

    [Fact]
    public async Task A_minified_stylesheet_keeps_its_rules_without_comments_and_spaces()
    {
        await BuildAsync("title: T\nminify: true\n");

        Assert.Equal("body{color:#000000;margin:0 auto}a:hover{color:red}", _site.Output("assets/site.css"));
    }

    [Fact]
    public async Task A_static_HTML_file_is_copied_as_it_is()
    {
        _site.With("raw.html", "<p>\n  copied   as it is <!-- with its comment -->\n</p>\n");

        await BuildAsync("title: T\nminify: true\ncheck_links: off\n");

        Assert.Equal("<p>\n  copied   as it is <!-- with its comment -->\n</p>\n", _site.Output("raw.html"));
    }

    [Fact]
    public async Task Two_minified_builds_are_byte_identical()
    {
        await BuildAsync("title: T\nminify: true\n");
        var first = _site.OutputTree();
        await BuildAsync("title: T\nminify: true\n");
        var second = _site.OutputTree();

        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), path);
    }

    [Fact]
    public async Task The_command_line_option_wins_over_the_config()
    {
        await BuildAsync("title: T\n", minifyOption: true);
        Assert.DoesNotContain("a note to the theme's reader", _site.Output("index.html"));

        await BuildAsync("title: T\nminify: true\n", minifyOption: false);
        Assert.Contains("a note to the theme's reader", _site.Output("index.html"));
    }

    [Fact]
    public void Serve_writes_pages_as_rendered_unless_its_command_line_asks()
    {
        var layout = new RepositoryLayout(_site.Root);

        Assert.False(new ServeSettings().ToServeOptions(layout).Minify);
        Assert.True(new ServeSettings { Minify = true }.ToServeOptions(layout).Minify);
        Assert.True(new BuildSettings { Minify = true }.ToOptions(layout).Minify);
        Assert.Null(new BuildSettings().ToOptions(layout).Minify);
    }

    [Fact]
    public async Task A_minify_setting_that_is_not_true_or_false_fails_at_its_line()
    {
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => BuildAsync("title: T\nminify: yes please\n"));

        var error = Assert.Single(failed.Errors);
        Assert.Equal(2, error.Position.Line);
        Assert.Contains("'minify' should be true or false", error.Message);
    }

    [Fact]
    public async Task A_page_the_minifier_cannot_parse_is_written_as_rendered_with_a_warning_at_its_line()
    {
        _site.With("broken.html", "---\n---\n<p>fine</p>\n<p <b>x</b>\n");

        var report = await BuildAsync("title: T\nminify: true\ncheck_links: off\n");

        Assert.Equal("<p>fine</p>\n<p <b>x</b>\n", _site.Output("broken.html"));
        var warning = Assert.Single(report.Warnings, w => w.Position.Path.EndsWith("broken.html", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal((2, 4), (warning.Position.Line, warning.Position.Column));
        Assert.Contains("not minified", warning.Message);
    }
}
