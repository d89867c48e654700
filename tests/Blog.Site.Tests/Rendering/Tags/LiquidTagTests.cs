using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Tags;

/// <summary>
/// Liquid 5's <c>{% liquid %}</c> tag (one tag per line) renders as in Jekyll 4.3, includes with literal parameters
/// (<c>n=2</c>, <c>b=true</c>) too: checked against a live Jekyll build.
/// </summary>
public sealed class LiquidTagTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public async Task Statements_one_per_line_render_as_Jekyll_renders_them()
    {
        _site.With("_config.yml", "title: T\n")
            .With("_includes/note.html", "[note {{ include.n | plus: 1 }} {{ include.f }} {{ include.b }}]")
            .With("probe.html", "---\n---\n{% liquid\n  assign xs = \"b,a,c\" | split: \",\"\n  for x in xs\n    if x == \"a\"\n      echo x | upcase\n" +
                "    else\n      echo x\n    endif\n  endfor\n  # a comment line\n  case site.title\n    when \"T\"\n      echo \"-T-\"\n  endcase\n" +
                "  capture c\n    echo 'captured'\n  endcapture\n  include note.html n=2 f=1.5 b=true\n%}|{{ c }}|{% liquid echo 'one line' %}|{% include note.html n=-3 f=2.25 b=false %}\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        Assert.Equal(File.ReadAllText(Path.Combine(jekyll, "probe.html")), _site.Output("probe.html"));
    }

    [Fact]
    public async Task An_unknown_tag_inside_is_a_syntax_error_in_the_page()
    {
        _site.With("_config.yml", "title: T\n").With("bad.html", "---\n---\n{% liquid\n  nosuchtag x\n%}\n");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        var error = Assert.Single(failed.Errors);
        Assert.Equal("bad.html", error.Position.Path);
        Assert.True(error.Position.Line >= 3, error.ToString());
    }

    public void Dispose() => _site.Dispose();
}
