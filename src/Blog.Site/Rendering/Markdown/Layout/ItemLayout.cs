using Blog.Site.Rendering.Markdown.Lists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Layout;

/// <summary>
/// A list item or a definition as kramdown writes one (its <c>convert_li</c>): bare text right after the start tag, or
/// the blocks on lines of their own below it, and the end tag after the text or indented on a line of its own.
/// </summary>
internal static class ItemLayout
{
    public static void Write(HtmlRenderer renderer, string tag, HtmlAttributes? attributes, IReadOnlyList<Block> blocks, int depth)
    {
        BlockLayout.Indent(renderer.EnsureLine(), depth).Write('<').Write(tag).WriteAttributes(attributes).Write('>');
        // Only the blocks that write an element count: Markdig keeps a blank line inside a definition as a block.
        var written = 0;
        var bare = false;
        foreach (var block in blocks)
        {
            if (!BlockLayout.Writes(block)) continue;
            if (written++ == 0) bare = block is ParagraphBlock first && KramdownLists.IsBare(first);
        }
        if (written > 0 && !bare) renderer.WriteLine();
        foreach (var block in blocks) renderer.Write(block);
        if (written > (bare ? 1 : 0)) BlockLayout.Indent(renderer.EnsureLine(), depth);
        renderer.Write("</").Write(tag).WriteLine(">");
    }
}
