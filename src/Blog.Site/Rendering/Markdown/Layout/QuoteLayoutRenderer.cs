using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Layout;

/// <summary>A block quote as kramdown writes it: its blocks indented inside it, and a blank line at its end when the quote's source has one.</summary>
internal sealed class QuoteLayoutRenderer : HtmlObjectRenderer<QuoteBlock>
{
    protected override void Write(HtmlRenderer renderer, QuoteBlock quote)
    {
        renderer.EnsureLine();
        renderer.Write("<blockquote").WriteAttributes(quote).WriteLine(">");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        renderer.WriteChildren(quote);
        renderer.ImplicitParagraph = implicitParagraph;
        BlockLayout.End(renderer, quote);
        BlockLayout.Indent(renderer.EnsureLine(), BlockLayout.Depth(quote)).WriteLine("</blockquote>");
    }
}
