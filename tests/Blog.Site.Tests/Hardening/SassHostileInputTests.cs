using System.Text;
using Blog.Site.Build;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Rendering;
using Blog.Site.Rendering.Sass;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// A stylesheet that does not compile fails the build with one error at the line (and column) of the stylesheet or
/// partial that has the mistake, and leaves the previous output byte for byte: syntax errors, missing partials,
/// import loops, nesting too deep for the compiler, a missing compiler.
/// </summary>
public sealed class SassHostileInputTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: T\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\n")
        .With("index.html", "---\n---\nHome\n")
        .With("assets/css/style.scss", "---\n---\na { b: c; }\n");

    private async Task<BuildError> SingleError(IReadOnlyDictionary<string, byte[]> before)
    {
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));
        var after = _site.OutputTree();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
        return Assert.Single(failed.Errors);
    }

    [Fact]
    public async Task A_syntax_error_is_reported_at_its_line_in_the_stylesheet_counting_the_front_matter()
    {
        var before = await BuiltOutput();
        _site.With("assets/css/style.scss", "---\ntitle: x\n---\na { b: c; }\nd { e: f\n");

        var error = await SingleError(before);

        Assert.Equal("assets/css/style.scss:5:9: Sass: Invalid CSS after \"d { e: f\": expected \"}\", was \"\"", error.ToString());
    }

    [Fact]
    public async Task An_error_in_a_partial_is_reported_in_the_partial()
    {
        var before = await BuiltOutput();
        _site.With("_sass/_bad.scss", "a {\n  b: $undefined;\n}\n").With("assets/css/style.scss", "---\n---\n@import \"bad\";\n");

        var error = await SingleError(before);

        Assert.Equal("_sass/_bad.scss:2:6: Sass: Undefined variable: \"$undefined\".", error.ToString());
    }

    [Fact]
    public async Task A_missing_partial_is_reported_at_its_import()
    {
        var before = await BuiltOutput();
        _site.With("assets/css/style.scss", "---\n---\na { b: c; }\n  @import \"nowhere\";\n");

        var error = await SingleError(before);

        Assert.Equal("assets/css/style.scss:4:3: Sass: File to import not found or unreadable: nowhere.", error.ToString());
    }

    [Fact]
    public async Task An_import_loop_is_an_error_in_the_partial_that_closes_it()
    {
        var before = await BuiltOutput();
        _site.With("_sass/_a.scss", "@import \"b\";\n").With("_sass/_b.scss", "x { y: z; }\n@import \"a\";\n")
            .With("assets/css/style.scss", "---\n---\n@import \"a\";\n");

        var error = await SingleError(before);

        Assert.Equal(new SourcePosition("_sass/_b.scss", 2, 1), error.Position);
        Assert.StartsWith("Sass: An @import loop has been found:", error.Message);
    }

    [Fact]
    public async Task Nesting_deeper_than_the_compiler_allows_is_an_error_not_a_crash()
    {
        var before = await BuiltOutput();
        _site.With("assets/css/style.scss", "---\n---\n" + Repeat("a{", 100_000) + Repeat("}", 100_000));

        var error = await SingleError(before);

        Assert.Equal(("assets/css/style.scss", 3), (error.Position.Path, error.Position.Line));
        Assert.Contains("too deeply nested", error.Message);
    }

    [Fact]
    public async Task A_huge_stylesheet_with_a_stray_brace_at_its_end_is_reported_after_the_last_rule()
    {
        var before = await BuiltOutput();
        _site.With("assets/css/style.scss", "---\n---\n" + Repeat(".rule { color: red; margin: 0 auto; }\n", 20_000) + "}\n");

        var error = await SingleError(before);

        Assert.Equal(new SourcePosition("assets/css/style.scss", 20_002, 38), error.Position);
    }

    [Fact]
    public async Task A_missing_compiler_is_one_error_naming_the_stylesheet_and_the_package_to_install()
    {
        var compiler = new SassCompiler(SassOptions.From(new Blog.Site.Config.SiteSettings { Source = _site.Source, Destination = _site.Destination }),
            "/nonexistent/sassc");
        var errors = new List<Exception>();
        foreach (var name in new[] { "a.scss", "b.scss" })
            errors.Add(await Assert.ThrowsAnyAsync<Exception>(async () => await compiler.CompileAsync(Stylesheet(name), "a { b: c; }", CancellationToken.None)));

        var reported = Assert.IsType<StylesheetException>(errors[0]);
        Assert.Equal("a.scss:3:1", reported.Position.ToString());
        Assert.Contains("apt-get install sassc", reported.Message);
        Assert.IsType<TemplateAlreadyReportedException>(errors[1]);
    }

    private static Document Stylesheet(string name) => new()
    {
        RelativePath = name, Kind = DocumentKind.Page, Data = new Dictionary<string, object?>(), Body = "", BodyLine = 3,
        Extension = ".scss", Url = "/" + name, OutputPath = name,
    };

    private async Task<IReadOnlyDictionary<string, byte[]>> BuiltOutput()
    {
        await new SiteBuilder().BuildAsync(_site.Options());
        return _site.OutputTree();
    }

    private static string Repeat(string text, int times) => new StringBuilder().Insert(0, text, times).ToString();

    public void Dispose() => _site.Dispose();
}
