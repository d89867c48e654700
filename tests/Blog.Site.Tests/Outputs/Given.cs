using Blog.Site.Config;
using Blog.Site.Content;

namespace Blog.Site.Tests.Outputs;

/// <summary>Builds the records the output stages take, directly, as discovery would have made them.</summary>
internal static class Given
{
    public static readonly DateTimeOffset BuildTime = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>The plugins the generator has built in: a site given here lists them all unless a test says otherwise.</summary>
    public static readonly string[] AllPlugins = ["jekyll-feed", "jekyll-seo-tag", "jekyll-sitemap", "jekyll-paginate", "jekyll-archives"];

    public static SiteSettings Site(
        string url = "https://example.org",
        string baseUrl = "",
        int paginate = 0,
        string paginatePath = "/page:num/",
        bool drafts = false,
        (string Key, object? Value)[]? values = null,
        string[]? plugins = null)
    {
        var config = new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = "DevOps Lab", ["url"] = url, ["baseurl"] = baseUrl };
        foreach (var (key, value) in values ?? []) config[key] = value;
        return new SiteSettings
        {
            Source = "/src",
            Destination = "/out",
            Title = config["title"] as string ?? "",
            Url = url,
            BaseUrl = baseUrl,
            Paginate = paginate,
            PaginatePath = paginatePath,
            Drafts = drafts,
            Time = BuildTime,
            Values = config,
            Plugins = (plugins ?? AllPlugins).ToHashSet(),
        };
    }

    public static Document Post(
        string slug,
        DateTimeOffset? date = null,
        string? title = null,
        string[]? categories = null,
        string[]? tags = null,
        bool inSitemap = true,
        DocumentKind kind = DocumentKind.Post,
        (string Key, object? Value)[]? data = null)
    {
        var day = date ?? new DateTimeOffset(2024, 2, 14, 0, 0, 0, TimeSpan.Zero);
        var path = $"/{day:yyyy}/{day:MM}/{day:dd}/{slug}.html";
        var frontMatter = new Dictionary<string, object?>(StringComparer.Ordinal) { ["title"] = title ?? slug };
        foreach (var (key, value) in data ?? []) frontMatter[key] = value;
        return new Document
        {
            RelativePath = $"_posts/{day:yyyy-MM-dd}-{slug}.md",
            Kind = kind,
            Data = frontMatter,
            Body = "",
            Extension = ".md",
            Title = title ?? slug,
            Date = day,
            Slug = slug,
            Categories = categories ?? [],
            Tags = tags ?? [],
            Url = path,
            OutputPath = path.TrimStart('/'),
            Id = $"/{day:yyyy}/{day:MM}/{day:dd}/{slug}",
            IncludeInSitemap = inSitemap,
        };
    }

    /// <summary>Posts newest first, one a day going back from 2024-12-31, as <c>site.posts</c> orders them.</summary>
    public static IReadOnlyList<Document> Posts(int count) =>
        Enumerable.Range(0, count)
                  .Select(i => Post($"post-{i}", new DateTimeOffset(2024, 12, 31, 0, 0, 0, TimeSpan.Zero).AddDays(-i)))
                  .ToList();

    public static Document Page(string relativePath, string url, string? outputPath = null, bool inSitemap = true, string? title = null,
        (string Key, object? Value)[]? data = null)
    {
        var frontMatter = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (title is not null) frontMatter["title"] = title;
        foreach (var (key, value) in data ?? []) frontMatter[key] = value;
        return new Document
        {
            RelativePath = relativePath,
            Kind = DocumentKind.Page,
            Data = frontMatter,
            Body = "",
            Extension = Path.GetExtension(relativePath),
            Title = title,
            Date = BuildTime,
            Url = url,
            OutputPath = outputPath ?? (url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/')),
            IncludeInSitemap = inSitemap,
        };
    }

    public static SiteContent Content(SiteSettings site, IReadOnlyList<Document> posts, params string[] layouts) => new()
    {
        Settings = site,
        Posts = posts,
        Pages = [],
        StaticFiles = [],
        Data = new Dictionary<string, object?>(),
        Layouts = layouts.ToDictionary(l => l, l => new TemplateFile(l, $"_layouts/{l}.html", $"/src/_layouts/{l}.html", new Dictionary<string, object?>(), "{{ content }}", 1)),
        Includes = new Dictionary<string, TemplateFile>(),
    };
}
