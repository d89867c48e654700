using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Markdown;
using Blog.Site.Rendering.Markdown.Code;
using Blog.Site.Tests.Outputs;

namespace Blog.Site.Tests.Rendering.Markdown;

/// <summary>
/// kramdown's <c>auto_ids</c> and <c>auto_id_prefix</c> from <c>kramdown:</c> in <c>_config.yml</c> (whiteglass sets
/// <c>auto_ids: false</c>). The expected HTML is what Jekyll 4.3 wrote for the same Markdown and options.
/// </summary>
public class HeadingIdOptionTests
{
    private const string Markdown = "* toc\n{:toc}\n\n## Heading\n\n## Heading\n\n## Own {#own}\n";

    [Fact]
    public void Without_auto_ids_a_heading_has_only_the_id_it_is_given_and_the_toc_lists_only_those()
    {
        var converter = new MarkdownConverter(new SyntaxHighlighter(), new KramdownOptions(CodeBlockOptions.None, AutoIds: false));

        Assert.Equal(
            "<ul id=\"markdown-toc\">\n  <li><a href=\"#own\" id=\"markdown-toc-own\">Own</a></li>\n</ul>\n\n" +
            "<h2>Heading</h2>\n\n<h2>Heading</h2>\n\n<h2 id=\"own\">Own</h2>\n",
            converter.ToHtml(Markdown));
    }

    [Fact]
    public void An_id_prefix_goes_before_every_id_made_after_repeats_are_counted()
    {
        var converter = new MarkdownConverter(new SyntaxHighlighter(), new KramdownOptions(CodeBlockOptions.None, AutoIdPrefix: "x-"));

        Assert.Equal(
            "<ul id=\"markdown-toc\">\n  <li><a href=\"#x-heading\" id=\"markdown-toc-x-heading\">Heading</a></li>\n" +
            "  <li><a href=\"#x-heading-1\" id=\"markdown-toc-x-heading-1\">Heading</a></li>\n" +
            "  <li><a href=\"#own\" id=\"markdown-toc-own\">Own</a></li>\n</ul>\n\n" +
            "<h2 id=\"x-heading\">Heading</h2>\n\n<h2 id=\"x-heading-1\">Heading</h2>\n\n<h2 id=\"own\">Own</h2>\n",
            converter.ToHtml(Markdown));
    }

    [Fact]
    public void The_options_are_read_from_the_config()
    {
        var site = Given.Site(values: [("kramdown", new Dictionary<string, object?> { ["auto_ids"] = false, ["auto_id_prefix"] = "p-" })]);

        Assert.Equal(new KramdownOptions(CodeBlockOptions.None, false, "p-"), KramdownOptions.From(site));
        Assert.Equal(KramdownOptions.Default, KramdownOptions.From(Given.Site()));
    }
}
