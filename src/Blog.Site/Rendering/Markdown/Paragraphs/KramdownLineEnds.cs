using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Paragraphs;

/// <summary>
/// The spaces at the end of a paragraph's line, as kramdown keeps them: a hard line break is the last two spaces before
/// the line's end, and any spaces before those stay as text (<c>three···</c> is <c>three &lt;br /&gt;</c>); spaces before
/// a line's end without a break are text too (<c>one·</c> stays <c>one </c>). Markdig, as CommonMark, drops them all.
/// Only the paragraph's last line loses its trailing spaces, in both.
/// </summary>
internal static class KramdownLineEnds
{
    /// <param name="markdown">The text the document was parsed from: a line break's span starts at its line's end there.</param>
    public static void Apply(MarkdownDocument document, string markdown)
    {
        // Most documents have no line ending in a space: they are not walked.
        if (!markdown.Contains(" \n", StringComparison.Ordinal)) return;
        foreach (var lineBreak in document.Descendants<LineBreakInline>().ToList())
        {
            var newline = lineBreak.Span.Start;
            if (newline <= 0 || newline >= markdown.Length || markdown[newline] != '\n') continue;
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

    private static int TrailingSpaces(LiteralInline? literal)
    {
        if (literal is null) return 0;
        var text = literal.Content.AsSpan();
        return text.Length - text.TrimEnd(' ').Length;
    }
}
