using Blog.Site.Rendering.Highlighting;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// Fenced code with a language, highlighted at build time and wrapped as kramdown with Rouge wraps it
/// (<c>div.language-x.highlighter-rouge &gt; div.highlight &gt; pre.highlight &gt; code</c>); other code blocks as usual.
/// </summary>
internal sealed class HighlightedCodeBlockRenderer(SyntaxHighlighter highlighter, CodeBlockRenderer plain) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is not FencedCodeBlock { Info: { Length: > 0 } language })
        {
            ((Markdig.Renderers.IMarkdownObjectRenderer)plain).Write(renderer, block);
            return;
        }

        var code = block.Lines.ToString() + "\n";
        renderer.EnsureLine();
        renderer.Write("<div class=\"language-").WriteEscape(language).Write(" highlighter-rouge\">")
                .Write("<div class=\"highlight\"><pre class=\"highlight\" tabindex=\"0\"><code>")
                .Write(highlighter.Highlight(code, language))
                .Write("</code></pre></div></div>");
        renderer.WriteLine();
    }
}
