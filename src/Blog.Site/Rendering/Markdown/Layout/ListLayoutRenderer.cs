using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Layout;

/// <summary>
/// A list as kramdown writes it: its items indented inside it, each as <see cref="ItemLayout"/> has it. No <c>start</c>
/// or <c>type</c>: kramdown numbers every ordered list from 1 (<see cref="Lists.KramdownLists"/>).
/// </summary>
internal sealed class ListLayoutRenderer : HtmlObjectRenderer<ListBlock>
{
    protected override void Write(HtmlRenderer renderer, ListBlock list)
    {
        var depth = BlockLayout.Depth(list);
        var tag = list.IsOrdered ? "ol" : "ul";
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(list).WriteLine(">");
        // Whether an item's first paragraph is bare is kramdown's rule, per item (ItemParagraphRenderer); anything deeper has its tags.
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        foreach (var block in list)
        {
            var item = (ListItemBlock)block;
            ItemLayout.Write(renderer, "li", item.TryGetAttributes(), item, depth + 1);
        }
        renderer.ImplicitParagraph = implicitParagraph;
        BlockLayout.Indent(renderer, depth).Write("</").Write(tag).WriteLine(">");
    }
}
