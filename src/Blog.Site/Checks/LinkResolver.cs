using System.Collections.Concurrent;
using Blog.Site.Config;

namespace Blog.Site.Checks;

/// <summary>
/// Resolves a URL found in a page to the output file a static host would serve for it: relative paths
/// against the page's folder (or its <c>&lt;base href&gt;</c>), the base URL and the site's own absolute URL
/// stripped, query and fragment cut, <c>/dir/</c> served by <c>dir/index.html</c> and an extensionless
/// <c>/about</c> by <c>about.html</c> or <c>about/index.html</c> (as Netlify and <c>jekyll serve</c> do).
/// </summary>
public sealed class LinkResolver
{
    private readonly SiteSettings _site;
    private readonly HashSet<string> _outputs;
    // Navigation, stylesheets and cross-links repeat on every page; a root-relative URL means the same file
    // from any page, so each is resolved once per build.
    private readonly ConcurrentDictionary<string, LinkTarget> _rootRelative = new(StringComparer.Ordinal);

    public LinkResolver(SiteSettings site, IEnumerable<string> outputPaths)
    {
        _site = site;
        _outputs = new HashSet<string>(outputPaths.Select(p => p.TrimStart('/')), StringComparer.Ordinal);
    }

    public bool Exists(string outputPath) => _outputs.Contains(outputPath);

    /// <param name="pageOutputPath">The page the link is in, relative to the destination (<c>blog/post/index.html</c>).</param>
    /// <param name="baseHref">The page's <c>&lt;base href&gt;</c>, if it has one.</param>
    public LinkTarget Resolve(string pageOutputPath, string href, string? baseHref = null)
    {
        var url = href.Trim();
        var fragmentAt = url.IndexOf('#');
        var fragment = fragmentAt >= 0 ? Unescape(url[(fragmentAt + 1)..]) : null;
        if (fragmentAt >= 0) url = url[..fragmentAt];
        var queryAt = url.IndexOf('?');
        if (queryAt >= 0) url = url[..queryAt];

        if (url.Length == 0) return new LinkTarget(LinkStatus.Found, pageOutputPath, fragment);
        var target = url[0] == '/' && (url.Length == 1 || url[1] != '/')
            ? _rootRelative.GetOrAdd(url, path => ResolvePath(pageOutputPath, path, baseHref: null))
            : ResolvePath(pageOutputPath, url, baseHref);
        return target.Status == LinkStatus.Found ? target with { Fragment = fragment } : target;
    }

    /// <summary>Resolves a URL without query and fragment.</summary>
    private LinkTarget ResolvePath(string pageOutputPath, string url, string? baseHref)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return LinkTarget.External;
        if (HasScheme(url))
        {
            if (!IsOwnAbsoluteUrl(url)) return LinkTarget.External;
            // Jekyll's absolute_url joins a url written with a trailing slash into https://host//path; hosts serve the path.
            url = "/" + url[_site.Url.TrimEnd('/').Length..].TrimStart('/');
        }

        string? sitePath;
        if (url.StartsWith('/'))
        {
            sitePath = WithoutBaseUrl(Unescape(url));
        }
        else
        {
            var folder = baseHref is null ? Folder(pageOutputPath) : BaseFolder(pageOutputPath, baseHref);
            if (folder is null) return LinkTarget.External;
            sitePath = Combine(folder, Unescape(url));
        }
        if (sitePath is null) return LinkTarget.Missing;

        var file = Serve(sitePath);
        return file is null ? LinkTarget.Missing : new LinkTarget(LinkStatus.Found, file);
    }

    /// <summary>The output file a host serves for a path below the site root, or null.</summary>
    private string? Serve(string sitePath)
    {
        var path = sitePath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) return Existing(path + "index.html");
        return Existing(path) ?? Existing(path + ".html") ?? Existing(path + "/index.html");
    }

    private string? Existing(string path) => _outputs.Contains(path) ? path : null;

    /// <summary>The folder a <c>&lt;base href&gt;</c> sets, relative to the site root; null when it points elsewhere.</summary>
    private string? BaseFolder(string pageOutputPath, string baseHref)
    {
        var url = baseHref.Trim();
        if (HasScheme(url))
        {
            if (!IsOwnAbsoluteUrl(url)) return null;
            url = url[_site.Url.TrimEnd('/').Length..];
        }
        var path = url.StartsWith('/') ? WithoutBaseUrl(Unescape(url)) : Combine(Folder(pageOutputPath), Unescape(url));
        if (path is null) return null;
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..(slash + 1)].TrimStart('/');
    }

    private string? WithoutBaseUrl(string rootPath)
    {
        var baseUrl = _site.BaseUrl.TrimEnd('/');
        if (baseUrl.Length == 0) return rootPath;
        if (rootPath == baseUrl) return "/";
        return rootPath.StartsWith(baseUrl + "/", StringComparison.Ordinal) ? rootPath[baseUrl.Length..] : null;
    }

    private bool IsOwnAbsoluteUrl(string url)
    {
        var own = _site.Url.TrimEnd('/');
        return own.Length > 0
               && url.StartsWith(own, StringComparison.OrdinalIgnoreCase)
               && (url.Length == own.Length || url[own.Length] == '/');
    }

    /// <summary>Joins a relative path to a folder, applying <c>.</c> and <c>..</c>; null when it climbs above the root.</summary>
    private static string? Combine(string folder, string relative)
    {
        var segments = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var parts = relative.Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            if (part == "..")
            {
                if (segments.Count == 0) return null;
                segments.RemoveAt(segments.Count - 1);
            }
            else if (part is not ("." or ""))
            {
                segments.Add(part);
            }
        }
        var last = parts[^1];
        var trailingSlash = last is "" or "." or "..";
        var joined = string.Join('/', segments);
        return trailingSlash && joined.Length > 0 ? joined + "/" : joined.Length == 0 ? "/" : joined;
    }

    private static string Folder(string outputPath)
    {
        var slash = outputPath.LastIndexOf('/');
        return slash < 0 ? "" : outputPath[..slash];
    }

    private static bool HasScheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return false;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '-' or '.')) return false;
        }
        return false;
    }

    private static string Unescape(string text) => text.Contains('%') ? Uri.UnescapeDataString(text) : text;
}
