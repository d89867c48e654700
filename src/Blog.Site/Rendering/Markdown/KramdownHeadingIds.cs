using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// Heading ids as kramdown's <c>auto_ids</c> makes them (Jekyll's default), from the heading's source text: leading
/// non-letters dropped, everything but ASCII letters, digits, spaces and dashes removed, each space a dash,
/// lowercased; <c>section</c> when nothing is left; repeats get <c>-1</c>, <c>-2</c>...
/// </summary>
internal static class KramdownHeadingIds
{
    public static void Assign(MarkdownDocument document, string source)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not null) continue;
            var id = FromText(HeadingText(heading, source));
            if (used.TryGetValue(id, out var count))
            {
                used[id] = ++count;
                id = $"{id}-{count}";
            }
            else
            {
                used[id] = 0;
            }
            attributes.Id = id;
        }
    }

    public static string FromText(string text)
    {
        var start = 0;
        while (start < text.Length && !IsAsciiLetter(text[start])) start++;
        var id = new StringBuilder(text.Length - start);
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ') id.Append('-');
            else if (IsAsciiLetter(c) || char.IsAsciiDigit(c) || c == '-') id.Append(char.ToLowerInvariant(c));
        }
        return id.Length == 0 ? "section" : id.ToString();
    }

    private static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    /// <summary>kramdown uses the heading's raw text: markup characters are then removed by the id rules.</summary>
    private static string HeadingText(HeadingBlock heading, string source)
    {
        if (heading.Span.IsEmpty || heading.Span.End >= source.Length) return "";
        var text = source.Substring(heading.Span.Start, heading.Span.Length);
        if (heading.IsSetext)
        {
            var underline = text.LastIndexOf('\n');
            return (underline < 0 ? text : text[..underline]).Trim();
        }
        text = text.TrimStart().TrimStart('#').Trim();
        var closing = text.TrimEnd('#');
        if (closing.Length < text.Length && (closing.Length == 0 || closing.EndsWith(' '))) text = closing.TrimEnd();
        return text;
    }
}
