namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// Fluid parses and renders blocks, brackets and filter chains recursively, so a hostile template (ten thousand
/// nested <c>if</c>s) would overflow the stack and end the process instead of failing the build. This light scan,
/// run before Fluid sees the text, refuses nesting far beyond what any real template needs, at the tag that
/// goes too deep.
/// </summary>
internal static class LiquidNesting
{
    public const int MaxBlockDepth = 100;
    public const int MaxBracketDepth = 32;
    public const int MaxFilters = 200;

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
        { "if", "unless", "for", "case", "capture", "tablerow", "highlight" };

    /// <returns>Where the text nests too deep (index into it) and why, or null when it is fine.</returns>
    public static (int Index, string Message)? Problem(string text)
    {
        int depth = 0;
        for (int at = text.IndexOf('{'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('{', at + 1))
        {
            char kind = text[at + 1];
            if (kind is not ('%' or '{')) continue;
            int end = text.IndexOf(kind == '%' ? "%}" : "}}", at + 2, StringComparison.Ordinal);
            if (end < 0) return null; // unclosed: Fluid reports that itself, without recursing
            var markup = text.AsSpan(at + 2, end - at - 2).Trim("- \t\r\n");
            if (MarkupProblem(markup) is { } markupProblem) return (at, markupProblem);
            if (kind == '%')
            {
                var name = TagName(markup);
                if (name is "raw" or "comment")
                {
                    // Their content is not Liquid: skip to the closing tag.
                    int close = IndexOfClosing(text, "end" + name, end);
                    if (close < 0) return null;
                    at = close;
                    continue;
                }
                if (Blocks.Contains(name) && ++depth > MaxBlockDepth)
                    return (at, $"blocks are nested more than {MaxBlockDepth} levels deep here");
                if (name.StartsWith("end", StringComparison.Ordinal) && depth > 0) depth--;
            }
            at = end;
        }
        return null;
    }

    private static string? MarkupProblem(ReadOnlySpan<char> markup)
    {
        int brackets = 0, filters = 0;
        char quote = '\0';
        foreach (char c in markup)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '(' or '[' when ++brackets > MaxBracketDepth:
                    return $"brackets are nested more than {MaxBracketDepth} levels deep here";
                case ')' or ']' when brackets > 0:
                    brackets--;
                    break;
                case '|' when ++filters > MaxFilters:
                    return $"more than {MaxFilters} filters are chained here";
            }
        }
        return null;
    }

    private static string TagName(ReadOnlySpan<char> markup)
    {
        int end = 0;
        while (end < markup.Length && (char.IsAsciiLetterOrDigit(markup[end]) || markup[end] == '_')) end++;
        return markup[..end].ToString();
    }

    private static int IndexOfClosing(string text, string endName, int from)
    {
        for (int at = text.IndexOf("{%", from, StringComparison.Ordinal); at >= 0; at = text.IndexOf("{%", at + 2, StringComparison.Ordinal))
        {
            int end = text.IndexOf("%}", at + 2, StringComparison.Ordinal);
            if (end < 0) return -1;
            if (TagName(text.AsSpan(at + 2, end - at - 2).Trim("- \t\r\n")) == endName) return end;
        }
        return -1;
    }
}
