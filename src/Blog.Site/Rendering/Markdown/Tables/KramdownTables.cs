using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Tables;

/// <summary>
/// Tables as kramdown reads them (its own syntax, which its GFM parser keeps): every line of the block has a pipe
/// outside code spans, the block stands between block boundaries (blank lines, the container's start or end, an IAL), a
/// separator line (<c>|---+--:|</c>, made of <c>|+:-</c>) after the first rows makes them the header and gives the
/// columns' alignment, a later one starts another body, one of <c>=</c> starts the footer, and a single line with a pipe
/// is a table of one row (<c>Home | About</c>). A table without a body is text. Found as Markdig closes a paragraph,
/// before its text is parsed, so each cell's text is parsed as Markdown (links to references anywhere in the document).
/// </summary>
internal sealed partial class KramdownTables : IMarkdownExtension
{
    private const string SectionKey = "kramdown-table-section";

    /// <summary>kramdown's <c>TABLE_SEP_LINE</c>: these characters only, a dash among them (<c>|---+--:|</c>).</summary>
    private static bool IsSeparator(ReadOnlySpan<char> line) => line.Contains('-') && line.IndexOfAnyExcept("+|: \t-") < 0;

    /// <summary>kramdown's <c>TABLE_FSEP_LINE</c>: these characters only, an equals sign among them (<c>|===|</c>).</summary>
    private static bool IsFooterSeparator(ReadOnlySpan<char> line) => line.Contains('=') && line.IndexOfAnyExcept("+|: \t=") < 0;

    [GeneratedRegex(@"[ \t]?(:?)-+(:?)[ \t]?")]
    private static partial Regex Alignment();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<ParagraphBlockParser>() is { } paragraphs) paragraphs.Closed += (_, block) =>
        {
            // A paragraph closed as a setext heading is one no more.
            if (block is ParagraphBlock paragraph) Convert(paragraph);
        };
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>The section a row is in (<c>thead</c>, <c>tbody</c>, <c>tfoot</c>) and which body it is: written by the table's renderer.</summary>
    public static (string Name, int Group) SectionOf(TableRow row) =>
        row.GetData(SectionKey) is (string name, int group) ? (name, group) : (row.IsHeader ? "thead" : "tbody", 0);

    private static void Convert(ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not { } parent || paragraph.Lines.Count == 0) return;
        var lines = paragraph.Lines;
        var source = lines.Lines[0].Slice.Text;
        var first = lines.Lines[0].Slice;
        var lineStart = first.Start > 0 ? source.LastIndexOf('\n', first.Start - 1) + 1 : 0;
        if (!first.AsSpan().Contains('|') || !AfterBoundary(parent, paragraph, source, lineStart)
            || !BeforeBoundary(parent, source, lines.Lines[lines.Count - 1].Slice.End + 1)) return;
        if (Table(paragraph, lines) is not { } table) return;
        parent[parent.IndexOf(paragraph)] = table;
    }

    private static Table? Table(ParagraphBlock paragraph, StringLineGroup lines)
    {
        var table = new Table(null) { Line = paragraph.Line, Column = paragraph.Column, Span = paragraph.Span };
        var leadingPipe = lines.Lines[0].Slice.AsSpan().TrimStart().StartsWith('|');
        var rows = new List<TableRow>();
        var alignments = new List<TableColumnAlign?>();
        var (group, hasHeader, hasFooter, hasBody, columns) = (0, false, false, false, 0);

        void Flush(string name)
        {
            foreach (var row in rows)
            {
                row.SetData(SectionKey, (name, group));
                row.IsHeader = name == "thead";
                table.Add(row);
            }
            hasBody |= name == "tbody" && rows.Count > 0;
            if (rows.Count > 0) group++;
            rows.Clear();
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            var text = slice.AsSpan().TrimEnd();
            if (!HasPipe(text)) return null;
            if (IsSeparator(text))
            {
                if (rows.Count == 0) continue;
                if (!hasHeader && alignments.Count == 0 && !hasFooter)
                {
                    Flush("thead");
                    hasHeader = true;
                    foreach (Match column in Alignment().Matches(text.ToString()))
                        alignments.Add((column.Groups[1].Length > 0, column.Groups[2].Length > 0) switch
                        {
                            (true, true) => TableColumnAlign.Center,
                            (true, false) => TableColumnAlign.Left,
                            (false, true) => TableColumnAlign.Right,
                            _ => null,
                        });
                }
                else if (!hasFooter) Flush("tbody");
                continue;
            }
            if (IsFooterSeparator(text))
            {
                if (rows.Count > 0) Flush("tbody");
                hasFooter = true;
                continue;
            }
            var row = new TableRow { Line = lines.Lines[i].Line };
            var cells = Cells(slice, leadingPipe);
            foreach (var cell in cells) row.Add(cell);
            columns = System.Math.Max(columns, cells.Count);
            rows.Add(row);
        }
        if (rows.Count > 0) Flush(hasFooter ? "tfoot" : "tbody");
        if (!hasBody) return null;

        foreach (var row in table.OfType<TableRow>())
            while (row.Count < columns) row.Add(new TableCell());
        for (var column = 0; column < columns; column++)
            table.ColumnDefinitions.Add(new TableColumnDefinition { Alignment = column < alignments.Count ? alignments[column] : null });
        return table;
    }

    /// <summary>
    /// A row's cells: split at the pipes outside code spans, an escaped pipe (<c>\|</c>) part of a cell's text; an empty first
    /// cell of a table whose first line starts with a pipe, and an empty last cell, are no cells.
    /// </summary>
    private static List<TableCell> Cells(StringSlice line, bool leadingPipe)
    {
        var text = line.Text;
        var bounds = new List<(int Start, int End)>();
        var start = line.Start;
        for (var i = line.Start; i <= line.End; i++)
        {
            if (text[i] == '\\' && i < line.End && text[i + 1] == '|') { i++; continue; }
            if (text[i] == '`')
            {
                i = CodeSpanEnd(text, i, line.End);
                continue;
            }
            if (text[i] != '|') continue;
            bounds.Add((start, i - 1));
            start = i + 1;
        }
        bounds.Add((start, line.End));
        if (leadingPipe && bounds.Count > 0 && IsBlank(text, bounds[0])) bounds.RemoveAt(0);
        if (bounds.Count > 0 && IsBlank(text, bounds[^1])) bounds.RemoveAt(bounds.Count - 1);

        var cells = new List<TableCell>(bounds.Count);
        foreach (var (from, to) in bounds)
        {
            var cell = new TableCell();
            var slice = new StringSlice(text, from, to);
            slice.Trim();
            if (!slice.IsEmpty)
            {
                // kramdown unescapes the pipe before the cell's text is parsed.
                var content = slice.AsSpan().Contains("\\|", StringComparison.Ordinal) ? new StringSlice(slice.ToString().Replace("\\|", "|")) : slice;
                var paragraph = new ParagraphBlock { Span = new SourceSpan(slice.Start, slice.End) };
                paragraph.AppendLine(ref content, 0, 0, slice.Start, false);
                cell.Add(paragraph);
            }
            cells.Add(cell);
        }
        return cells;
    }

    private static bool IsBlank(string text, (int Start, int End) range) => range.End < range.Start || text.AsSpan(range.Start, range.End - range.Start + 1).IsWhiteSpace();

    /// <summary>Where the code span whose backticks start at <paramref name="at"/> ends (its closing run of as many backticks), or the opening run's end when none closes it.</summary>
    private static int CodeSpanEnd(ReadOnlySpan<char> text, int at, int end)
    {
        var run = 0;
        while (at + run <= end && text[at + run] == '`') run++;
        for (var i = at + run; i <= end; i++)
        {
            if (text[i] != '`') continue;
            var closing = 0;
            while (i + closing <= end && text[i + closing] == '`') closing++;
            if (closing == run) return i + closing - 1;
            i += closing - 1;
        }
        return at + run - 1;
    }

    /// <summary>kramdown's <c>TABLE_PIPE_CHECK</c>, outside code spans: a pipe that no backslash escapes, or one the line starts with.</summary>
    private static bool HasPipe(ReadOnlySpan<char> text)
    {
        var line = text.TrimStart();
        if (line.StartsWith('|')) return true;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '`') { i = CodeSpanEnd(line, i, line.Length - 1); continue; }
            if (line[i] == '|' && i > 0 && line[i - 1] != '\\') return true;
        }
        return false;
    }

    /// <summary>kramdown's <c>after_block_boundary?</c>: the block is its container's first, or comes after a blank line, an end-of-block marker or an IAL.</summary>
    private static bool AfterBoundary(ContainerBlock parent, ParagraphBlock paragraph, string source, int lineStart)
    {
        var index = parent.IndexOf(paragraph);
        if (index == 0 || lineStart == 0) return true;
        var previous = PreviousLine(source, lineStart);
        return previous.IsWhiteSpace() || previous.StartsWith("^") || previous.StartsWith("{:");
    }

    /// <summary>
    /// kramdown's <c>before_block_boundary?</c>: what follows is a blank line, an end-of-block marker, an IAL or the end (in
    /// a list item, the next item: kramdown reads an item's text on its own, which ends there).
    /// </summary>
    private static bool BeforeBoundary(ContainerBlock parent, string source, int afterLastLine)
    {
        var next = source.IndexOf('\n', System.Math.Min(afterLastLine, source.Length));
        if (next < 0) return true;
        var end = source.IndexOf('\n', next + 1);
        var line = Unquoted(source.AsSpan(next + 1, (end < 0 ? source.Length : end) - next - 1));
        return line.IsWhiteSpace() || line.StartsWith("^") || line.StartsWith("{:") || (parent is ListItemBlock && ListMarker().IsMatch(line));
    }

    [GeneratedRegex(@"\A(?:[*+-]|\d+[.)])(?:[ \t]|\z)")]
    private static partial Regex ListMarker();

    /// <summary>The line before the one starting at <paramref name="lineStart"/>, without the block quotes' markers.</summary>
    private static ReadOnlySpan<char> PreviousLine(string source, int lineStart)
    {
        var end = lineStart - 1; // its '\n'
        var start = end > 0 ? source.LastIndexOf('\n', end - 1) + 1 : 0;
        return Unquoted(source.AsSpan(start, System.Math.Max(0, end - start)));
    }

    private static ReadOnlySpan<char> Unquoted(ReadOnlySpan<char> line) => line.TrimStart(" \t>").TrimEnd('\r');
}
