using Markdig.Extensions.DefinitionLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Layout;

/// <summary>
/// A definition list as kramdown writes it: each term and each definition a level in, a definition as
/// <see cref="ItemLayout"/> has it (its first paragraph bare by kramdown's rule, <see cref="Lists.KramdownLists"/>).
/// </summary>
internal sealed class DefinitionListLayoutRenderer : HtmlObjectRenderer<DefinitionList>
{
    protected override void Write(HtmlRenderer renderer, DefinitionList list)
    {
        var depth = BlockLayout.Depth(list);
        renderer.EnsureLine();
        renderer.Write("<dl").WriteAttributes(list).WriteLine(">");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = false;
        var definition = new List<Block>();
        foreach (var block in list)
        {
            var item = (DefinitionItem)block;
            foreach (var part in item)
            {
                if (part is not DefinitionTerm term)
                {
                    definition.Add(part);
                    continue;
                }
                WriteDefinition(renderer, item, definition, depth + 1);
                BlockLayout.Indent(renderer, depth + 1).Write("<dt").WriteAttributes(term).Write('>').WriteLeafInline(term).WriteLine("</dt>");
            }
            WriteDefinition(renderer, item, definition, depth + 1);
        }
        renderer.ImplicitParagraph = implicitParagraph;
        BlockLayout.Indent(renderer, depth).WriteLine("</dl>");
    }

    /// <summary>The definition whose blocks have been gathered, if any; the list is emptied for the next.</summary>
    private static void WriteDefinition(HtmlRenderer renderer, DefinitionItem item, List<Block> blocks, int depth)
    {
        if (blocks.Count == 0) return;
        ItemLayout.Write(renderer, "dd", item.TryGetAttributes(), blocks, depth);
        blocks.Clear();
    }
}
