using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Pages.Pagination;

/// <summary>
/// jekyll-paginate (v1): when <c>plugins:</c> lists it and <c>paginate</c> is above zero, the <c>index.html</c> page nearest the folder of
/// <c>paginate_path</c> is rendered once per page of posts. Page 1 keeps the index's URL; page N is written
/// where <c>paginate_path</c> with <c>:num</c> = N points (<c>/page2/</c> → <c>page2/index.html</c>).
/// Previous/next paths are URL paths without the base URL, exactly as jekyll-paginate gives them, so
/// templates written for Jekyll (<c>{{ paginator.next_page_path | relative_url }}</c>) keep working.
/// </summary>
public static class Paginator
{
    private const string TemplateFileName = "index.html";
    public const string Plugin = "jekyll-paginate";

    /// <summary>
    /// What a pager reads by what it is (besides its <see cref="Pager"/>, which its fingerprint has): the posts of its
    /// page in <c>paginator.posts</c>, which follow from every post's date and front matter: the listing. (Their
    /// contents, when it shows them, are recorded while it renders.)
    /// </summary>
    public static IReadOnlyList<string> Inputs { get; } = [SiteInput.Listing];

    /// <summary>The page jekyll-paginate would paginate: among candidates, the one with the longest path; null when none.</summary>
    public static Document? FindTemplatePage(SiteSettings site, IReadOnlyList<Document> pages)
    {
        if (site.Paginate <= 0 || !site.HasPlugin(Plugin)) return null;
        return pages.Where(p => IsCandidate(site, p))
                    .OrderByDescending(p => p.RelativePath.Length)
                    .FirstOrDefault();
    }

    /// <summary>
    /// Paginates the one page jekyll-paginate picks among <paramref name="pages"/> (see <see cref="FindTemplatePage"/>):
    /// with <c>paginate_path: /blog/page:num/</c> both <c>index.html</c> and <c>blog/index.html</c> qualify, and
    /// only the latter is paginated. Empty when there is nothing to paginate.
    /// </summary>
    public static IReadOnlyList<(Document Page, Pager Pager)> Paginate(SiteSettings site, IReadOnlyList<Document> pages, IReadOnlyList<Document> posts) =>
        FindTemplatePage(site, pages) is { } template ? Paginate(site, template, posts) : [];

    /// <summary>
    /// One (page, pager) per page of posts, the first being <paramref name="indexPage"/> itself. Empty when
    /// pagination is off, the page is not a candidate, or there are no posts (the page renders without a
    /// paginator, as in Jekyll). Posts with <c>hidden: true</c> are left out.
    /// </summary>
    public static IReadOnlyList<(Document Page, Pager Pager)> Paginate(SiteSettings site, Document indexPage, IReadOnlyList<Document> posts)
    {
        if (site.Paginate <= 0 || !IsCandidate(site, indexPage)) return [];
        if (!site.PaginatePath.Contains(":num", StringComparison.Ordinal))
            throw new ArgumentException($"Invalid pagination path: '{site.PaginatePath}'. It must include ':num'.");

        var listed = posts.Where(p => !DataValues.IsTrue(DataValues.Get(p.Data, "hidden"))).ToList();
        var perPage = site.Paginate;
        var totalPages = (listed.Count + perPage - 1) / perPage;
        var result = new List<(Document, Pager)>(totalPages);
        for (var number = 1; number <= totalPages; number++)
        {
            var start = (number - 1) * perPage;
            var pagePosts = listed.GetRange(start, Math.Min(perPage, listed.Count - start));
            int? previous = number > 1 ? number - 1 : null;
            int? next = number < totalPages ? number + 1 : null;
            var pager = new Pager(number, perPage, totalPages, listed.Count, pagePosts,
                previous, PathOf(site, indexPage, previous), next, PathOf(site, indexPage, next));
            result.Add((number == 1 ? indexPage : PageNumber(site, indexPage, number), pager));
        }
        return result;
    }

    /// <summary>The URL path of page <paramref name="number"/>: the index's URL for page 1, <c>paginate_path</c> otherwise.</summary>
    public static string? PathOf(SiteSettings site, Document indexPage, int? number) => number switch
    {
        null => null,
        <= 1 => indexPage.Url,
        _ => EnsureLeadingSlash(site.PaginatePath.Replace(":num", number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)),
    };

    private static Document PageNumber(SiteSettings site, Document indexPage, int number)
    {
        // Jekyll makes page N a copy of the index whose folder is the paginate path, so it is always a folder index.
        var folder = PathOf(site, indexPage, number)!.Trim('/');
        var url = folder.Length == 0 ? "/" : "/" + folder + "/";
        var outputPath = folder.Length == 0 ? TemplateFileName : folder + "/" + TemplateFileName;
        return indexPage with { Url = url, OutputPath = outputPath };
    }

    /// <summary>
    /// jekyll-paginate's rule: the source file is named <c>index.html</c> and sits in the folder of
    /// <c>paginate_path</c> or one of its ancestors.
    /// </summary>
    private static bool IsCandidate(SiteSettings site, Document page)
    {
        if (page.IsPost || page.Kind == DocumentKind.Generated) return false;
        var slash = page.RelativePath.LastIndexOf('/');
        var name = slash < 0 ? page.RelativePath : page.RelativePath[(slash + 1)..];
        if (!string.Equals(name, TemplateFileName, StringComparison.Ordinal)) return false;

        var pageFolder = slash < 0 ? "" : page.RelativePath[..slash];
        var paginateFolder = PaginateFolder(site.PaginatePath);
        return pageFolder.Length == 0
            || string.Equals(paginateFolder, pageFolder, StringComparison.Ordinal)
            || paginateFolder.StartsWith(pageFolder + "/", StringComparison.Ordinal);
    }

    /// <summary>The folder above the page folder of <c>paginate_path</c>: <c>/blog/page:num/</c> → <c>blog</c>.</summary>
    private static string PaginateFolder(string paginatePath)
    {
        var trimmed = paginatePath.Trim('/');
        var slash = trimmed.LastIndexOf('/');
        return slash < 0 ? "" : trimmed[..slash];
    }

    private static string EnsureLeadingSlash(string path) => path.StartsWith('/') ? path : "/" + path;
}
