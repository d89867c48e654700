namespace Blog.Site.Content.Permalinks;

/// <summary>
/// A page's URL (Jekyll's <c>Page#url</c>): its permalink, else its folder and name shaped by the site's permalink style
/// (<c>index.html</c> → the folder, non-HTML pages keep their extension). Only <c>:path</c>, <c>:basename</c> and
/// <c>:output_ext</c> are placeholders for pages; anything else stays as written.
/// </summary>
public static class PageUrl
{
    private static readonly string[] HtmlExtensions = [".html", ".xhtml", ".htm"];

    public static string Template(string baseName, string outputExtension, string sitePermalink)
    {
        if (!HtmlExtensions.Contains(outputExtension)) return "/:path/:basename:output_ext";
        if (baseName == "index") return "/:path/";
        return PermalinkStyle.WithPageSuffix("/:path/:basename", sitePermalink);
    }

    /// <param name="directory">The page's folder relative to the source, e.g. <c>docs/guides</c> or empty.</param>
    public static string Fill(string template, string directory, string baseName, string outputExtension)
    {
        string result = template;
        (string Key, string Value)[] values = [("path", directory.Length == 0 ? "" : "/" + directory), ("basename", baseName), ("output_ext", outputExtension)];
        foreach (var (key, value) in values)
        {
            if (!result.Contains(':')) break;
            result = result.Replace(":" + key, UrlPath.Escape(value), StringComparison.Ordinal);
        }
        return UrlPath.Sanitize(result);
    }
}
