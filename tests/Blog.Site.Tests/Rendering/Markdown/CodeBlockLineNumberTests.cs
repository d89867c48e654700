using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Markdown;
using Blog.Site.Rendering.Markdown.Code;
using Blog.Site.Tests.Outputs;

namespace Blog.Site.Tests.Rendering.Markdown;

/// <summary>
/// kramdown's <c>syntax_highlighter_opts: block: line_numbers: true</c> (chirpy's and mundana's configs set it): every
/// highlighted code block in Rouge's table of line numbers. The expected HTML is what Jekyll 4.3 wrote for the same
/// Markdown and options, byte for byte.
/// </summary>
public class CodeBlockLineNumberTests
{
    [Fact]
    public void Line_numbers_put_each_highlighted_block_in_rouges_table_from_the_start_line()
    {
        var converter = new MarkdownConverter(new SyntaxHighlighter(), new KramdownOptions(new CodeBlockOptions(LineNumbers: true, StartLine: 5)));

        var html = converter.ToHtml("    a = 1\n    b = 2\n\n```ruby\nx = 1\n```\n\n```mermaid\ng\n```\n");

        Assert.Equal(
            "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><table class=\"rouge-table\"><tbody><tr>" +
            "<td class=\"rouge-gutter gl\"><pre class=\"lineno\">5\n6\n</pre></td><td class=\"rouge-code\"><pre>a = 1\nb = 2\n</pre></td></tr></tbody></table></code></pre></div></div>\n\n" +
            "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><table class=\"rouge-table\"><tbody><tr>" +
            "<td class=\"rouge-gutter gl\"><pre class=\"lineno\">5\n</pre></td><td class=\"rouge-code\"><pre><span class=\"n\">x</span> <span class=\"o\">=</span> <span class=\"mi\">1</span>\n</pre></td></tr></tbody></table></code></pre></div></div>\n\n" +
            "<pre><code class=\"language-mermaid\">g\n</code></pre>\n",
            html);
    }

    [Fact]
    public void The_options_are_kramdowns_with_the_block_ones_over_them()
    {
        var site = Given.Site(values: [("kramdown", new Dictionary<string, object?>
        {
            ["syntax_highlighter_opts"] = new Dictionary<string, object?>
            {
                ["start_line"] = 3,
                ["span"] = new Dictionary<string, object?> { ["line_numbers"] = false },
                ["block"] = new Dictionary<string, object?> { ["line_numbers"] = true },
            },
        })]);

        Assert.Equal(new CodeBlockOptions(true, 3), CodeBlockOptions.From(site));
        Assert.Same(CodeBlockOptions.None, CodeBlockOptions.From(Given.Site()));
    }
}
