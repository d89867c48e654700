using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Paragraphs;

/// <summary>
/// The spaces at the end of a paragraph's line, as kramdown keeps them: a hard line break is the last two spaces before
/// the line's end, and any spaces before those stay as text (<c>three···</c> is <c>three &lt;br /&gt;</c>); spaces before
/// a line's end without a break are text too (<c>one·</c> stays <c>one </c>). Markdig, as CommonMark, drops them all.
/// Only the paragraph's last line loses its trailing spaces, in both. And the spaces and tabs a line starts with, as
/// kramdown keeps them (<c>a</c> then <c>·b</c> is <c>a\n·b</c>; Markdig drops them): here for the document's own
/// paragraphs, whose lines have no container's markers or indentation before them.
/// </summary>
internal static class KramdownLineEnds
{
    /// <param name="markdown">The text the document was parsed from: a line break's span starts at its line's end there.</param>
    public static void Apply(MarkdownDocument document, string markdown)
    {
        // Most documents have no line that ends or starts with a space: they are not walked.
        var ends = markdown.Contains(" \n", StringComparison.Ordinal);
        var starts = markdown.Contains("\n ", StringComparison.Ordinal) || markdown.Contains("\n\t", StringComparison.Ordinal);
        if (!ends && !starts) return;
        foreach (var lineBreak in document.Descendants<LineBreakInline>().ToList())
        {
            var newline = lineBreak.Span.Start;
            if (newline <= 0 || newline >= markdown.Length || markdown[newline] != '\n') continue;
            if (starts) KeepIndentation(lineBreak, markdown, newline);
            if (!ends) continue;
            var spaces = 0;
            while (newline - spaces > 0 && markdown[newline - spaces - 1] == ' ') spaces++;
            // Text before the line's end: a break never starts a paragraph.
            if (lineBreak.PreviousSibling is not { } previous) continue;
            var literal = previous as LiteralInline;
            var kept = (lineBreak.IsHard ? spaces - 2 : spaces) - TrailingSpaces(literal);
            if (kept <= 0) continue;
            if (literal is not null) literal.Content = new StringSlice(literal.Content.ToString() + new string(' ', kept));
            // After an element (*em*···): InsertAfter, since Markdig's InsertBefore leaves the new inline's previous sibling unset.
            else previous.InsertAfter(new LiteralInline(new string(' ', kept)));
        }
    }

    /// <summary>The spaces and tabs the line after a break in one of the document's own paragraphs starts with, kept as text after the break.</summary>
    private static void KeepIndentation(LineBreakInline lineBreak, string markdown, int newline)
    {
        ContainerInline? root = lineBreak.Parent;
        while (root?.Parent is { } parent) root = parent;
        if (root?.ParentBlock is not ParagraphBlock { Parent: MarkdownDocument }) return;
        var end = newline + 1;
        while (end < markdown.Length && markdown[end] is ' ' or '\t') end++;
        if (end > newline + 1 && end < markdown.Length && markdown[end] is not ('\n' or '\r'))
            lineBreak.InsertAfter(new LiteralInline(markdown[(newline + 1)..end]));
    }

    private static int TrailingSpaces(LiteralInline? literal)
    {
        if (literal is null) return 0;
        var text = literal.Content.AsSpan();
        return text.Length - text.TrimEnd(' ').Length;
    }
}
