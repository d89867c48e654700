using System.Text;
using Blog.Site.Config;

namespace Blog.Site.Outputs;

/// <summary>
/// Jekyll's <c>relative_url</c> and <c>absolute_url</c> for the generated outputs: base URL and site URL
/// prefixed, and characters a URL cannot carry raw percent-encoded (what Addressable's normalize does).
/// </summary>
public static class SiteUrls
{
    public static string Relative(SiteSettings site, string path)
    {
        if (IsAbsolute(path)) return path;
        var withSlash = path.StartsWith('/') ? path : "/" + path;
        return Encode(site.BaseUrl.TrimEnd('/') + withSlash);
    }

    /// <summary>The URL with scheme and host when <c>url</c> is configured; the relative URL otherwise, as Jekyll does.</summary>
    public static string Absolute(SiteSettings site, string path) =>
        IsAbsolute(path) ? path : site.Url.TrimEnd('/') + Relative(site, path);

    /// <summary>jekyll-sitemap and jekyll-seo-tag name a folder, not its index file.</summary>
    public static string WithoutIndexFile(string url) => url.Replace("/index.html", "/", StringComparison.Ordinal);

    public static bool IsAbsolute(string path) => path.Contains("://", StringComparison.Ordinal);

    private static string Encode(string url)
    {
        if (!NeedsEncoding(url)) return url;
        var builder = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c > ' ' && c < 0x7F && c is not ('"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\' or '^'))
            {
                builder.Append(c);
                continue;
            }
            var length = char.IsHighSurrogate(c) && i + 1 < url.Length
                ? Encoding.UTF8.GetBytes(url.AsSpan(i++, 2), bytes)
                : Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            foreach (var b in bytes[..length]) builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }

    private static bool NeedsEncoding(string url)
    {
        foreach (var c in url)
            if (c <= ' ' || c >= 0x7F || c is '"' or '<' or '>' or '`' or '{' or '}' or '|' or '\\' or '^') return true;
        return false;
    }
}
