using Blog.Site.Content;

namespace Blog.Site.Rendering.Liquid;

/// <summary>Where every source file ends up: what <c>{% link %}</c> and <c>{% post_url %}</c> resolve against.</summary>
internal sealed class UrlIndex
{
    private readonly Dictionary<string, string> _byPath = new(StringComparer.Ordinal);
    private readonly ILookup<string, Document> _postsByName;

    public UrlIndex(SiteContent content)
    {
        foreach (var file in content.StaticFiles) _byPath[file.RelativePath] = file.Url;
        foreach (var page in content.Pages) _byPath[page.RelativePath] = page.Url;
        foreach (var post in content.Posts) _byPath[post.RelativePath] = post.Url;
        _postsByName = content.Posts.ToLookup(p => Path.GetFileNameWithoutExtension(p.RelativePath), StringComparer.Ordinal);
    }

    /// <summary>The URL of the file at a source-relative path (<c>_posts/2024-02-14-x.md</c>, <c>about.md</c>), or null.</summary>
    public string? ForPath(string relativePath) => _byPath.GetValueOrDefault(relativePath.TrimStart('/'));

    /// <summary>
    /// The URL of a post named as in <c>{% post_url 2024-02-14-slug %}</c>, optionally with the folder its <c>_posts</c>
    /// sits in or under (<c>devops/2024-02-14-slug</c>), or null.
    /// </summary>
    public string? ForPost(string name)
    {
        var slash = name.LastIndexOf('/');
        var fileName = slash < 0 ? name : name[(slash + 1)..];
        var folder = slash < 0 ? "" : name[..slash];
        var post = _postsByName[fileName].FirstOrDefault(p => folder.Length == 0 || InFolder(p.RelativePath, folder));
        return post?.Url;
    }

    private static bool InFolder(string relativePath, string folder) =>
        relativePath.StartsWith(folder + "/_posts/", StringComparison.Ordinal)
        || relativePath.StartsWith("_posts/" + folder + "/", StringComparison.Ordinal)
        || relativePath.Contains("/" + folder + "/", StringComparison.Ordinal);
}
