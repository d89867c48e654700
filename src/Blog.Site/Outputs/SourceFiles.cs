using Blog.Site.Content;

namespace Blog.Site.Outputs;

/// <summary>
/// jekyll-feed and jekyll-sitemap write <c>feed.xml</c>, <c>sitemap.xml</c> and <c>robots.txt</c> only when the
/// source has no file of that name: the author's own wins.
/// </summary>
public static class SourceFiles
{
    public static bool Provides(SiteContent content, string relativePath)
    {
        var path = relativePath.TrimStart('/');
        return content.Pages.Any(p => p.Kind != DocumentKind.Generated && string.Equals(p.RelativePath, path, StringComparison.Ordinal))
            || content.StaticFiles.Any(f => string.Equals(f.RelativePath, path, StringComparison.Ordinal));
    }
}
