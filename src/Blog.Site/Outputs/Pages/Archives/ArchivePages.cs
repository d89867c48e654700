using System.Text;
using Blog.Site.Content;
using Blog.Site.Content.Permalinks;
using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Pages.Archives;

/// <summary>
/// One generated page per category and per tag (<c>/categories/:name/</c>, <c>/tags/:name/</c> by default, the
/// name slugified). Each page's data carries <c>layout</c>, <c>title</c> (the name as written), <c>type</c>
/// (<c>category</c>/<c>tag</c>) and <c>posts</c> (newest first). Names with the same slug share one page.
/// </summary>
public static class ArchivePages
{
    /// <summary>
    /// What an archive page reads by what it is: its posts (in its front matter) are those of its name, in order, which
    /// follows from every post's front matter: the listing. (Their contents, when its layout shows them, are recorded
    /// while it renders.)
    /// </summary>
    public static IReadOnlyList<string> Inputs { get; } = [SiteInput.Listing];

    public static IReadOnlyList<Document> Generate(SiteContent content)
    {
        var options = ArchiveOptions.From(content.Settings);
        var layouts = content.Layouts.Keys.ToHashSet(StringComparer.Ordinal);
        var pages = new List<Document>();
        foreach (var kind in new[] { ArchiveKind.Category, ArchiveKind.Tag })
        {
            if (!options.IsEnabled(kind) || options.LayoutFor(kind, layouts) is not { } layout) continue;
            foreach (var group in Group(content.Posts, kind))
                pages.Add(Page(content, options, kind, layout, group));
        }
        return pages;
    }

    private sealed record Archive(string Slug, string Name, List<Document> Posts);

    /// <summary>Groups posts by slugged name in one pass; posts stay in <c>site.posts</c> order (newest first).</summary>
    private static IEnumerable<Archive> Group(IReadOnlyList<Document> posts, ArchiveKind kind)
    {
        var bySlug = new Dictionary<string, Archive>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // A site has a few dozen names on thousands of posts: each is slugified once.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            seen.Clear();
            foreach (var name in kind == ArchiveKind.Category ? post.Categories : post.Tags)
            {
                if (!slugs.TryGetValue(name, out var slug)) slugs[name] = slug = Slugifier.Slugify(name);
                if (slug.Length == 0 || !seen.Add(slug)) continue;
                if (!bySlug.TryGetValue(slug, out var archive))
                    bySlug[slug] = archive = new Archive(slug, name, []);
                archive.Posts.Add(post);
            }
        }
        return bySlug.Values.OrderBy(a => a.Slug, StringComparer.Ordinal);
    }

    private static Document Page(SiteContent content, ArchiveOptions options, ArchiveKind kind, string layout, Archive archive)
    {
        var path = options.Permalink(kind).Replace(":name", archive.Slug, StringComparison.Ordinal);
        if (!path.StartsWith('/')) path = "/" + path;
        var outputPath = path.TrimStart('/');
        if (outputPath.Length == 0 || outputPath.EndsWith('/')) outputPath += "index.html";
        else if (!Path.HasExtension(outputPath)) outputPath += ".html";

        var type = kind == ArchiveKind.Category ? "category" : "tag";
        return new Document
        {
            RelativePath = outputPath,
            Kind = DocumentKind.Generated,
            Data = new Dictionary<string, object?>
            {
                ["layout"] = layout,
                ["title"] = archive.Name,
                ["type"] = type,
                ["posts"] = (IReadOnlyList<Document>)archive.Posts,
            },
            Body = "",
            Extension = ".html",
            Title = archive.Name,
            Date = content.Settings.Time,
            Layout = layout,
            Url = EscapePath(path),
            OutputPath = outputPath,
        };
    }

    /// <summary>Jekyll escapes the placeholder values of a URL (<c>café</c> → <c>caf%C3%A9</c>); the file keeps the raw name.</summary>
    private static string EscapePath(string path)
    {
        var builder = new StringBuilder(path.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.IsAscii && rune.Value > ' ' && rune.Value != '%') { builder.Append((char)rune.Value); continue; }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length]) builder.Append('%').Append(b.ToString("X2"));
        }
        return builder.ToString();
    }
}
