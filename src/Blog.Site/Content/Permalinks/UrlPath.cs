using System.Text;

namespace Blog.Site.Content.Permalinks;

/// <summary>
/// Jekyll's <c>URL.escape_path</c>/<c>unescape_path</c>/<c>sanitize_url</c>: how placeholder values are
/// percent-encoded into a URL (Addressable's rules: unreserved, sub-delimiters, <c>: @ / ?</c> stay; <c>#</c>,
/// spaces and non-ASCII are encoded) and how a URL becomes a file path again.
/// </summary>
public static class UrlPath
{
    public static string Escape(string value)
    {
        if (value.Length == 0 || value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '/' or '-')) return value;
        var builder = new StringBuilder(value.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < 128 && IsKept(c))
            {
                builder.Append(c);
                continue;
            }
            int length;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                length = Encoding.UTF8.GetBytes(value.AsSpan(i, 2), bytes);
                i++;
            }
            else
                length = Encoding.UTF8.GetBytes(value.AsSpan(i, 1), bytes);
            for (int b = 0; b < length; b++) builder.Append('%').Append(bytes[b].ToString("X2"));
        }
        return builder.ToString();
    }

    public static string Unescape(string url) => url.Contains('%') ? Uri.UnescapeDataString(url) : url;

    /// <summary>Adds the leading slash, drops <c>..</c> and <c>./</c>, squeezes repeated slashes.</summary>
    public static string Sanitize(string url)
    {
        string result = ("/" + url).Replace("..", "/").Replace("./", "");
        var builder = new StringBuilder(result.Length);
        foreach (char c in result)
            if (c != '/' || builder.Length == 0 || builder[^1] != '/')
                builder.Append(c);
        return builder.ToString();
    }

    /// <summary>Ruby's <c>File.dirname</c> for URL paths: <c>/a/b.html</c> → <c>/a</c>, <c>/a/b/</c> → <c>/a</c>, <c>/x</c> → <c>/</c>.</summary>
    public static string DirName(string url)
    {
        string trimmed = url.TrimEnd('/');
        int slash = trimmed.LastIndexOf('/');
        return slash <= 0 ? "/" : trimmed[..slash];
    }

    private static bool IsKept(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*'
            or '+' or ',' or ';' or '=' or ':' or '@' or '/' or '?';
}
