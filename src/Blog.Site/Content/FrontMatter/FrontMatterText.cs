namespace Blog.Site.Content.FrontMatter;

/// <summary>
/// Splits a file into its YAML front matter and body with Jekyll's rule (its <c>YAML_FRONT_MATTER_REGEXP</c>): the file
/// starts with a <c>---</c> line and the front matter ends at the first later line that is <c>---</c> or <c>...</c>
/// (trailing blanks allowed); blank lines right after the closing line belong to it, not to the body. The YAML keeps
/// the opening line so its line numbers are the file's. A hand-written scan, because a regex over every post's whole
/// text costs more than the YAML parse.
/// </summary>
public readonly record struct FrontMatterText(string? Yaml, string Body, int BodyLine)
{
    public bool HasFrontMatter => Yaml is not null;

    public static FrontMatterText Split(string text)
    {
        var span = text.AsSpan();
        if (!span.StartsWith("---")) return new(null, text, 1);

        // Opening: "---", blanks, up to the last newline of that blank run.
        int blankEnd = SkipBlanks(span, 3);
        int openEnd = LastNewline(span, 3, blankEnd);
        if (openEnd < 0) return new(null, text, 1);

        for (int lineStart = openEnd + 1; lineStart < span.Length; lineStart = NextLine(span, lineStart))
        {
            if (lineStart < 0) break;
            var rest = span[lineStart..];
            if (!rest.StartsWith("---") && !rest.StartsWith("...")) continue;
            int after = SkipBlanks(span, lineStart + 3);
            int bodyStart;
            if (after == span.Length)
                bodyStart = span.Length; // only blanks left: all of them close the front matter
            else
            {
                int newline = LastNewline(span, lineStart + 3, after);
                if (newline < 0) continue; // "---x" or "--- x": not a closing line
                bodyStart = newline + 1;
            }
            int bodyLine = 1 + span[..bodyStart].Count('\n');
            return new(text[..lineStart], text[bodyStart..], bodyLine);
        }
        return new(null, text, 1);
    }

    /// <summary>
    /// Jekyll's <c>has_yaml_header?</c>: whether the first line is <c>---</c> (trailing blanks allowed). This alone decides
    /// whether a file outside <c>_posts</c> is a page or a static file copied as is.
    /// </summary>
    public static bool StartsWithHeader(ReadOnlySpan<byte> firstBytes)
    {
        if (firstBytes.Length < 4 || firstBytes[0] != '-' || firstBytes[1] != '-' || firstBytes[2] != '-') return false;
        for (int i = 3; i < firstBytes.Length; i++)
        {
            byte b = firstBytes[i];
            if (b == '\n') return true;
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v')) return false;
        }
        return false;
    }

    // Ruby's \s: ASCII blanks including newlines.
    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';

    private static int SkipBlanks(ReadOnlySpan<char> span, int from)
    {
        while (from < span.Length && IsBlank(span[from])) from++;
        return from;
    }

    private static int LastNewline(ReadOnlySpan<char> span, int from, int to)
    {
        int index = span[from..to].LastIndexOf('\n');
        return index < 0 ? -1 : from + index;
    }

    private static int NextLine(ReadOnlySpan<char> span, int lineStart)
    {
        int newline = span[lineStart..].IndexOf('\n');
        return newline < 0 ? -1 : lineStart + newline + 1;
    }
}
