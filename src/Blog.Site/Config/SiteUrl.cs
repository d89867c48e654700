using Blog.Site.Content.Documents;

namespace Blog.Site.Config;

/// <summary>Normalises <c>url</c> and <c>baseurl</c> so later stages can join them without doubled or missing slashes.</summary>
internal static class SiteUrl
{
    /// <summary><c>https://example.org/</c> → <c>https://example.org</c>: the generator's form for joining paths.</summary>
    public static string Url(object? value) => (value as string ?? "").Trim().TrimEnd('/');

    /// <summary>
    /// The generator's own form, for joining paths (output paths, link checks, feed, sitemap, serve): <c>blog/</c>,
    /// <c>/blog/</c> → <c>/blog</c>; <c>/</c> and empty → empty. Templates never see it: <c>site.baseurl</c> is the config
    /// value as written, and the URL filters use <see cref="FilterBaseUrl"/>.
    /// </summary>
    public static string BaseUrl(object? value)
    {
        string text = (value as string ?? "").Trim().Trim('/');
        return text.Length == 0 ? "" : "/" + text;
    }

    /// <summary>
    /// Jekyll's <c>sanitized_baseurl</c>, what <c>relative_url</c>, <c>absolute_url</c> and <c>link</c> prepend: the value
    /// as Ruby's <c>to_s</c> writes it less one trailing slash (<c>/</c> → empty, <c>/blog/</c> → <c>/blog</c>, <c>blog</c>
    /// stays: the filter adds the leading slash); nothing → empty.
    /// </summary>
    /// <summary>
    /// What <c>absolute_url</c> puts before the relative URL: the value as Ruby's <c>to_s</c> writes it, trailing slash
    /// kept (Jekyll joins <c>https://example.org/</c> and <c>/x</c> into <c>https://example.org//x</c>); nothing → empty.
    /// </summary>
    public static string FilterUrl(object? value) => value is null ? "" : RubyText.Of(value);

    public static string FilterBaseUrl(object? value)
    {
        if (value is null) return "";
        string text = RubyText.Of(value);
        return text.EndsWith('/') ? text[..^1] : text;
    }
}
