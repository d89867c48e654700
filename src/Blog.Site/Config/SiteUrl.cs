namespace Blog.Site.Config;

/// <summary>Normalises <c>url</c> and <c>baseurl</c> so later stages can join them without doubled or missing slashes.</summary>
internal static class SiteUrl
{
    /// <summary><c>https://example.org/</c> → <c>https://example.org</c>.</summary>
    public static string Url(object? value) => (value as string ?? "").Trim().TrimEnd('/');

    /// <summary><c>blog/</c>, <c>/blog/</c> → <c>/blog</c>; <c>/</c> and empty → empty.</summary>
    public static string BaseUrl(object? value)
    {
        string text = (value as string ?? "").Trim().Trim('/');
        return text.Length == 0 ? "" : "/" + text;
    }
}
