namespace Blog.Site.Outputs.Liquid.Seo;

/// <summary>The page values <c>{% seo %}</c> reads, taken from the template's <c>page</c> and <c>paginator</c>.</summary>
public sealed record SeoPage
{
    public string Url { get; init; } = "/";
    public string? Title { get; init; }
    public string? Description { get; init; }
    /// <summary>The excerpt's HTML.</summary>
    public string? Excerpt { get; init; }
    public DateTimeOffset? Date { get; init; }
    public DateTimeOffset? LastModifiedAt { get; init; }
    /// <summary><c>page.author</c> as YAML gave it: a name or a map.</summary>
    public object? Author { get; init; }
    public object? Authors { get; init; }
    /// <summary><c>page.image</c>: a path or a map with <c>path</c>.</summary>
    public object? Image { get; init; }
    public string? Lang { get; init; }
    public string? CanonicalUrl { get; init; }
    /// <summary><c>page.seo.type</c>, overriding the schema.org type.</summary>
    public string? SeoType { get; init; }
    public int? PaginatorPage { get; init; }
    public int? PaginatorTotalPages { get; init; }
    public string? PreviousPagePath { get; init; }
    public string? NextPagePath { get; init; }
}
