using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Layout;

/// <summary>
/// A table as kramdown writes it: its sections (<c>thead</c>, each <c>tbody</c>, <c>tfoot</c>: <see cref="Tables.KramdownTables"/>)
/// inside it, rows inside those and cells inside rows, each a level further in, a cell's text bare. A column's alignment is the cell's class (<see cref="TableAlignmentClasses"/>).
/// </summary>
internal sealed class TableLayoutRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var depth = BlockLayout.Depth(table);
        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        (string Name, int Group)? section = null;
        foreach (var block in table)
        {
            var row = (TableRow)block;
            var wanted = Tables.KramdownTables.SectionOf(row);
            if (wanted != section)
            {
                if (section is { } open) BlockLayout.Indent(renderer, depth + 1).Write("</").Write(open.Name).WriteLine(">");
                BlockLayout.Indent(renderer, depth + 1).Write('<').Write(wanted.Name).WriteLine(">");
                section = wanted;
            }
            WriteRow(renderer, row, depth + 2);
        }
        if (section is { } last) BlockLayout.Indent(renderer, depth + 1).Write("</").Write(last.Name).WriteLine(">");
        BlockLayout.Indent(renderer, depth).WriteLine("</table>");
    }

    private static void WriteRow(HtmlRenderer renderer, TableRow row, int depth)
    {
        var tag = row.IsHeader ? "th" : "td";
        BlockLayout.Indent(renderer, depth).Write("<tr").WriteAttributes(row).WriteLine(">");
        var implicitParagraph = renderer.ImplicitParagraph;
        renderer.ImplicitParagraph = true;
        foreach (var block in row)
        {
            var cell = (TableCell)block;
            BlockLayout.Indent(renderer, depth + 1).Write('<').Write(tag).WriteAttributes(cell).Write('>');
            // kramdown writes an empty cell, or one a short row lacks, as a no-break space.
            if (cell.Count == 0 || cell is [ParagraphBlock { Inline.FirstChild: null }]) renderer.Write('\u00A0');
            else renderer.Write(cell);
            renderer.Write("</").Write(tag).WriteLine(">");
        }
        renderer.ImplicitParagraph = implicitParagraph;
        BlockLayout.Indent(renderer, depth).WriteLine("</tr>");
    }
}
