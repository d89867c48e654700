using Blog.Site.Content;

namespace Blog.Site.Rendering.Liquid;

/// <summary>Where every source file ends up: what <c>{% link %}</c> and <c>{% post_url %}</c> resolve against.</summary>
internal sealed class UrlIndex
{
    // Made when a template first links (a rebuild of a few pages of a large site may never need them).
    private readonly Lazy<Dictionary<string, string>> _byPath;
    private readonly Lazy<ILookup<string, Document>> _postsByName;

    public UrlIndex(SiteContent content)
    {
        _byPath = new(() =>
        {
            var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in content.StaticFiles) byPath[file.RelativePath] = file.Url;
            foreach (var page in content.Pages) byPath[page.RelativePath] = page.Url;
            foreach (var post in content.Posts) byPath[post.RelativePath] = post.Url;
            // Jekyll matches a collection document by its relative_path, which leaves collections_dir out.
            foreach (var document in content.Collections.SelectMany(c => c.Documents))
            {
                byPath[document.RelativePath] = document.Url;
                if (content.Settings.CollectionsDir.Length > 0 && document.RelativePath.StartsWith(content.Settings.CollectionsDir + "/", StringComparison.Ordinal))
                    byPath[document.RelativePath[(content.Settings.CollectionsDir.Length + 1)..]] = document.Url;
            }
            return byPath;
        });
        _postsByName = new(() => content.Posts.ToLookup(p => Path.GetFileNameWithoutExtension(p.RelativePath), StringComparer.Ordinal));
    }

    /// <summary>The URL of the file at a source-relative path (<c>_posts/2024-02-14-x.md</c>, <c>about.md</c>), or null.</summary>
    public string? ForPath(string relativePath) => _byPath.Value.GetValueOrDefault(relativePath.TrimStart('/'));

    /// <summary>
    /// The URL of a post named as in <c>{% post_url 2024-02-14-slug %}</c>, optionally with the folder its <c>_posts</c>
    /// sits in or under (<c>devops/2024-02-14-slug</c>), or null.
    /// </summary>
    public string? ForPost(string name)
    {
        var slash = name.LastIndexOf('/');
        var fileName = slash < 0 ? name : name[(slash + 1)..];
        var folder = slash < 0 ? "" : name[..slash];
        var post = _postsByName.Value[fileName].FirstOrDefault(p => folder.Length == 0 || InFolder(p.RelativePath, folder));
        return post?.Url;
    }

    private static bool InFolder(string relativePath, string folder) =>
        relativePath.StartsWith(folder + "/_posts/", StringComparison.Ordinal)
        || relativePath.StartsWith("_posts/" + folder + "/", StringComparison.Ordinal)
        || relativePath.Contains("/" + folder + "/", StringComparison.Ordinal);
}
