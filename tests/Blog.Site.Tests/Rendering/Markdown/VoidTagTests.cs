using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Markdown;

namespace Blog.Site.Tests.Rendering.Markdown;

/// <summary>
/// Tags of elements without a body as kramdown writes them again (<c>&lt;br /&gt;</c>, values double-quoted and escaped),
/// compared byte for byte: the other Markdown comparisons take <c>&lt;br&gt;</c> and <c>&lt;br /&gt;</c> for the same.
/// The expected HTML is what Jekyll 4.3's kramdown wrote for the same Markdown.
/// </summary>
public class VoidTagTests
{
    private static readonly MarkdownConverter Converter = new(new SyntaxHighlighter());

    [Fact]
    public void In_text_a_tag_without_a_body_is_written_as_kramdown_writes_it() =>
        Assert.Equal("<p>line<br />next<br />x</p>\n\n<p>text <img src=\"a.png\" alt=\"x\" /> and <input type=\"checkbox\" checked=\"\" /> y</p>\n",
            Converter.ToHtml("line<br>next<BR/>x\n\ntext <img src=\"a.png\" alt=\"x\"> and <input type=checkbox checked> y"));

    [Fact]
    public void In_an_html_block_too_but_inside_comments() =>
        Assert.Equal("<div>\n<img src=\"q.png\" alt=\"a &amp; b &amp; c &lt;d&gt;\" /><br />\n<!-- <br> -->\n</div>\n",
            Converter.ToHtml("<div>\n<img src=\"q.png\" alt=\"a &amp; b & c <d>\"><br>\n<!-- <br> -->\n</div>"));
}
