namespace Blog.Site.Content.Permalinks;

/// <summary>Where Jekyll writes a document or page for its URL (<c>Document#destination</c>, <c>Page#destination</c>).</summary>
public static class OutputPath
{
    /// <summary>Posts: a URL ending in <c>/</c> gets <c>index.html</c>; otherwise the output extension unless already there.</summary>
    public static string ForPost(string url, string outputExtension)
    {
        string path = UrlPath.Unescape(url).TrimStart('/');
        if (url.EndsWith('/')) return path + "index.html";
        return path.EndsWith(outputExtension, StringComparison.Ordinal) ? path : path + outputExtension;
    }

    /// <summary>Pages: a URL ending in <c>/</c> gets <c>index</c> plus the output extension (so <c>feed.xml</c> at <c>/feed/</c> is <c>feed/index.xml</c>).</summary>
    public static string ForPage(string url, string outputExtension)
    {
        string path = UrlPath.Unescape(url).TrimStart('/');
        if (url.EndsWith('/')) path += "index";
        return path.EndsWith(outputExtension, StringComparison.Ordinal) ? path : path + outputExtension;
    }
}
