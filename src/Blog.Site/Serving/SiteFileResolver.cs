namespace Blog.Site.Serving;

/// <summary>What a request path maps to in the built site.</summary>
public abstract record Resolution
{
    public sealed record File(string FullPath) : Resolution;
    /// <summary>A folder asked for without its trailing slash: the browser is sent to the slashed URL, so relative links resolve.</summary>
    public sealed record Redirect(string Location) : Resolution;
    /// <summary>No such file; <see cref="Page"/> is the site's 404.html when it has one.</summary>
    public sealed record NotFound(string? Page) : Resolution;
}

/// <summary>
/// Netlify's routing of a static site (which the blog is deployed to): <c>/dir/</c> serves <c>dir/index.html</c>,
/// <c>/dir</c> redirects to <c>/dir/</c>, <c>/about</c> also finds <c>about.html</c>, and anything else is the
/// site's <c>404.html</c>. The site is mounted at <c>baseurl</c>, as <c>jekyll serve</c> does.
/// </summary>
public sealed class SiteFileResolver(string root, string baseUrl)
{
    private readonly string _root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);

    public Resolution Resolve(string requestPath)
    {
        var notFound = new Resolution.NotFound(ExistingFile(Path.Combine(_root, "404.html")));
        if (!requestPath.StartsWith(baseUrl + "/", StringComparison.Ordinal)) return notFound;
        var relative = requestPath[(baseUrl.Length + 1)..];
        if (relative.Split('/').Any(segment => segment is ".." or "." || segment.Contains('\\'))) return notFound;

        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return notFound;

        if (relative.Length == 0 || relative.EndsWith('/'))
            return ExistingFile(Path.Combine(full, "index.html")) is { } index ? new Resolution.File(index) : notFound;
        if (ExistingFile(full) is { } file) return new Resolution.File(file);
        if (Directory.Exists(full)) return new Resolution.Redirect(requestPath + "/");
        if (ExistingFile(full + ".html") is { } page) return new Resolution.File(page);
        return notFound;
    }

    private static string? ExistingFile(string path) => System.IO.File.Exists(path) ? path : null;
}
