using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// Markdig writes a column's alignment as <c>style="text-align: …"</c>, which a Content-Security-Policy
/// without 'unsafe-inline' blocks. This moves it into classes (<c>align-left|center|right</c>, styled by the
/// theme) before rendering. Tables also get <c>tabindex="0"</c>: on small screens they scroll sideways on
/// their own, and a scrollable region must be reachable by keyboard.
/// </summary>
internal static class TableAlignmentClasses
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            table.GetAttributes().AddProperty("tabindex", "0");
            foreach (var row in table.OfType<TableRow>())
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];
                    var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                    if (column >= table.ColumnDefinitions.Count) continue;
                    var align = table.ColumnDefinitions[column].Alignment;
                    if (align is not null) cell.GetAttributes().AddClass($"align-{align.Value.ToString().ToLowerInvariant()}");
                }
            foreach (var definition in table.ColumnDefinitions) definition.Alignment = null;
        }
    }
}
