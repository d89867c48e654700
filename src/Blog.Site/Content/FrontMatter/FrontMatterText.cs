using System.Text.RegularExpressions;

namespace Blog.Site.Content.FrontMatter;

/// <summary>
/// Splits a file into its YAML front matter and body with Jekyll's rule: the file starts with a <c>---</c> line and
/// the front matter ends at the next line that is <c>---</c> or <c>...</c>. The YAML keeps the opening line so its
/// line numbers are the file's.
/// </summary>
public readonly partial record struct FrontMatterText(string? Yaml, string Body, int BodyLine)
{
    public bool HasFrontMatter => Yaml is not null;

    public static FrontMatterText Split(string text)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal)) return new(null, text, 1);
        var match = Pattern().Match(text);
        if (!match.Success) return new(null, text, 1);
        int bodyStart = match.Length;
        int bodyLine = 1 + text.AsSpan(0, bodyStart).Count('\n');
        return new(match.Groups[1].Value, text[bodyStart..], bodyLine);
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

    // Ruby's \s is ASCII whitespace; '.' crosses lines (Ruby's /m).
    [GeneratedRegex(@"\A(---[ \t\r\n\f\v]*\n.*?\n?)^((?:---|\.\.\.)[ \t\r\n\f\v]*$\n?)", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Pattern();
}
