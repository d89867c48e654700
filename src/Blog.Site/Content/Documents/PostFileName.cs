using System.Text.RegularExpressions;

namespace Blog.Site.Content.Documents;

/// <summary>
/// What a post's file name says (Jekyll's <c>DATE_FILENAME_MATCHER</c>/<c>DATELESS_FILENAME_MATCHER</c>): the date,
/// the slug and the extension of <c>2024-02-14-my-post.md</c>; drafts have no date.
/// </summary>
public sealed partial record PostFileName(string? Date, string Slug, string Extension, string BaseName)
{
    /// <param name="pathInFolder">The path below <c>_posts</c>/<c>_drafts</c>, e.g. <c>2024/2024-02-14-x.md</c>.</param>
    public static PostFileName? Parse(string pathInFolder, bool dated)
    {
        var match = (dated ? Dated() : Dateless()).Match(pathInFolder);
        if (!match.Success) return null;
        string name = pathInFolder[(pathInFolder.LastIndexOf('/') + 1)..];
        string extension = match.Groups["ext"].Value;
        string baseName = name[..^extension.Length];
        // Jekyll strips trailing periods from slugs.
        string slug = match.Groups["slug"].Value.TrimEnd('.');
        return new PostFileName(dated ? match.Groups["date"].Value : null, slug, extension, baseName);
    }

    /// <summary>Jekyll's <c>titleize_slug</c>: <c>my-first-post</c> → <c>My First Post</c>.</summary>
    public static string Titleize(string slug) =>
        string.Join(' ', slug.Split('-').Reverse().SkipWhile(s => s.Length == 0).Reverse()
            .Select(word => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant()));

    [GeneratedRegex(@"^(?>.+/)*?(?<date>\d{2,4}-\d{1,2}-\d{1,2})-(?<slug>[^/]*)(?<ext>\.[^./]+)$")]
    private static partial Regex Dated();

    [GeneratedRegex(@"^(?:.+/)*(?<slug>[^/]*)(?<ext>\.[^./]+)$")]
    private static partial Regex Dateless();
}
