using Blog.Site.Rendering.Highlighting;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Code;

/// <summary>
/// Every code block, fenced or indented, as kramdown with Rouge writes it (Jekyll's default highlighter):
/// <c>div.language-x.highlighter-rouge &gt; div.highlight &gt; pre.highlight &gt; code</c>, highlighted at build
/// time. The language is the fence's first word (without kramdown's <c>?options</c>), else a <c>language-x</c>
/// class from an IAL, else <c>plaintext</c> (Jekyll's <c>default_lang</c>). Other IAL classes and the id go on
/// the outer div, as kramdown puts them. <c>tabindex="0"</c> on the pre is ours: a scrollable region must be
/// reachable by keyboard.
/// </summary>
internal sealed class HighlightedCodeBlockRenderer(SyntaxHighlighter highlighter, KramdownOptions options) : HtmlObjectRenderer<CodeBlock>
{
    /// <summary>What the pre gets so that it can be scrolled by keyboard (<see cref="KramdownOptions.AccessibleMarkup"/>).</summary>
    private string Focus => options.AccessibleMarkup ? " tabindex=\"0\"" : "";

    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        var attributes = block.TryGetAttributes() ?? new HtmlAttributes();
        var language = CodeLanguage.Of(block, attributes);
        var code = block.Lines.ToString() + "\n";
        renderer.EnsureLine();
        if (!RougeNames.Knows(language))
        {
            // kramdown's own code block, for a language Rouge has no lexer for (mermaid, none): no highlighter around it.
            renderer.Write("<pre").WriteAttributes(CodeLanguage.WithoutLanguage(attributes)).Write(Focus).Write("><code class=\"language-")
                .WriteEscape(language).Write("\">").Write(highlighter.Highlight(code, null)).Write("</code></pre>");
            renderer.WriteLine();
            return;
        }
        renderer.Write("<div").WriteAttributes(CodeLanguage.WithRougeClasses(attributes, language)).Write('>')
                .Write("<div class=\"highlight\"><pre class=\"highlight\"").Write(Focus).Write("><code>")
                .Write(options.CodeBlocks.LineNumbers
                    ? RougeTable.Wrap(code, highlighter.Highlight(code, language), "rouge-gutter", "rouge-code", options.CodeBlocks.StartLine)
                    : highlighter.Highlight(code, language))
                .Write("</code></pre></div>");
        // kramdown indents the wrapper's end tag as it does its start tag, right after Rouge's div.
        Layout.BlockLayout.Indent(renderer, Layout.BlockLayout.Depth(block)).Write("</div>");
        renderer.WriteLine();
    }
}
