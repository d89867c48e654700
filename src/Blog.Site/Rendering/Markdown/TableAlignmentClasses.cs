using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// A column's alignment on its cells, as kramdown writes it (<c>style="text-align: right"</c>), or with
/// <see cref="KramdownOptions.AccessibleMarkup"/> as a class (<c>align-left|center|right</c>, styled by the theme: an
/// inline style is what a Content-Security-Policy without 'unsafe-inline' blocks), the table then also with
/// <c>tabindex="0"</c> (on small screens it scrolls sideways, and a scrollable region must be reachable by keyboard).
/// </summary>
internal static class TableAlignmentClasses
{
    public static void Apply(MarkdownDocument document, bool accessible)
    {
        foreach (var table in document.Descendants<Table>())
        {
            if (accessible) table.GetAttributes().AddProperty("tabindex", "0");
            foreach (var row in table.OfType<TableRow>())
                for (var i = 0; i < row.Count; i++)
                {
                    var cell = (TableCell)row[i];
                    var column = cell.ColumnIndex >= 0 ? cell.ColumnIndex : i;
                    if (column >= table.ColumnDefinitions.Count) continue;
                    var align = table.ColumnDefinitions[column].Alignment;
                    if (align is null) continue;
                    var side = align.Value.ToString().ToLowerInvariant();
                    if (accessible) cell.GetAttributes().AddClass($"align-{side}");
                    else cell.GetAttributes().AddProperty("style", $"text-align: {side}");
                }
            foreach (var definition in table.ColumnDefinitions) definition.Alignment = null;
        }
    }
}
