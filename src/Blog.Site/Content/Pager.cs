namespace Blog.Site.Content;

/// <summary>
/// Jekyll's <c>paginator</c> for one page of a paginated listing (jekyll-paginate v1 semantics):
/// page numbers are 1-based; paths are URL paths without the base URL, as jekyll-paginate gives them
/// (templates add it with <c>relative_url</c>).
/// </summary>
public sealed record Pager(
    int Page,
    int PerPage,
    int TotalPages,
    int TotalPosts,
    IReadOnlyList<Document> Posts,
    int? PreviousPage,
    string? PreviousPagePath,
    int? NextPage,
    string? NextPagePath);
