namespace Blog.Site.Outputs.Pages.Redirects;

/// <summary>
/// One redirect of jekyll-redirect-from: the URL path it redirects from (a leading slash, no base URL) and where to,
/// as <c>page.redirect.to</c> has it (the site's absolute URL of the target, or an external URL as written).
/// </summary>
/// <param name="Origin">The document whose front matter asked for it.</param>
/// <param name="Target">The target as the document gives it: its own URL path (<c>redirect_from</c>) or <c>redirect_to</c>'s value.</param>
/// <param name="IsRedirectTo">Whether the document itself redirects (<c>redirect_to</c>) rather than an old path to it.</param>
public sealed record Redirect(Content.Document Origin, string From, string To, string Target, bool IsRedirectTo)
{
    /// <summary>The plugin's test for a target it leaves as written rather than passing through <c>absolute_url</c>.</summary>
    public static bool IsExternal(string target) =>
        target.StartsWith("http://", StringComparison.Ordinal) || target.StartsWith("https://", StringComparison.Ordinal);
}
