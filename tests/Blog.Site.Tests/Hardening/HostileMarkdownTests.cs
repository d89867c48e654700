using System.Diagnostics;
using System.Text;
using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Markdown;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// Hostile Markdown for kramdown's constructs (IALs, ALDs, extensions, math, HTML blocks, footnotes): each converts
/// without throwing, in well under a second's work per hundred kilobytes, whatever nests or stays unclosed.
/// </summary>
public class HostileMarkdownTests
{
    private static readonly MarkdownConverter Converter = new(new SyntaxHighlighter());

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    public static TheoryData<string, string> Inputs() => new()
    {
        { "ten thousand nested IAL braces", Repeat("{:", 10_000) + Repeat("}", 10_000) },
        { "a long line of unclosed IALs", Repeat("{: .a ", 50_000) },
        { "ten thousand IAL lines under one paragraph", "para\n" + Repeat("{: .a #b k=\"v\" ref}\n", 10_000) },
        { "ALDs that refer to each other", "{:a: a b a b .x}\n{:b: b a b a .y}\n\npara\n{: a b a b}\n" },
        { "ten thousand unclosed $$ blocks", Repeat("$$ x\n\n", 10_000) },
        { "unclosed inline $$", Repeat("a $$ b ", 20_000) },
        { "ten thousand unclosed block extensions", Repeat("{::comment}\nx\n", 10_000) },
        { "ten thousand unclosed span extensions", Repeat("x {::nomarkdown} y ", 10_000) },
        { "ten thousand unclosed HTML blocks", Repeat("<div>\n\n    x\n", 10_000) },
        { "ten thousand nested markdown=1 elements", Repeat("<div markdown=\"1\">\n", 10_000) + "*x*\n" },
        { "a hundred nested blockquotes", Repeat(">", 100) + " quoted\n" },
        { "a giant footnote id", "x[^" + new string('a', 100_000) + "]\n\n[^" + new string('a', 100_000) + "]: note\n" },
        { "a hundred thousand quotes", Repeat("'\"", 100_000) },
        { "a hundred tables of contents", Repeat("* x\n{:toc}\n\n", 100) + Repeat("# h\n\n", 100) },
        { "unclosed comments and tags", Repeat("<!-- ", 10_000) + Repeat("<section ", 10_000) },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Hostile_markdown_converts_without_throwing_or_hanging(string name, string markdown)
    {
        var watch = Stopwatch.StartNew();
        var html = Converter.ToHtml(markdown);
        watch.Stop();
        Assert.NotNull(html);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{name} took {watch.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void Ten_thousand_nested_blockquotes_are_a_markdown_error_not_a_crash() =>
        Assert.Throws<MarkdownTooDeepException>(() => Converter.ToHtml(Repeat(">", 10_000) + " quoted\n"));

    [Fact]
    public void A_footnote_reference_in_an_images_alt_text_is_its_number_not_markup()
    {
        var html = Converter.ToHtml("![alt[^1]](img.png)\n\n[^1]: note\n");
        Assert.StartsWith("<p><img src=\"img.png\" alt=\"alt1\" /></p>", html);
    }

    [Fact]
    public void Referring_ALDs_resolve_to_their_classes_once()
    {
        var html = Converter.ToHtml("{:a: a b .x}\n{:b: b a .y}\n\npara\n{: a}\n");
        Assert.Equal("\n<p class=\"x y\">para</p>\n", html);
    }
}
