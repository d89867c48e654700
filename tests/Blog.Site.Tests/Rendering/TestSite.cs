using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Rendering;

namespace Blog.Site.Tests.Rendering;

/// <summary>A site assembled in memory for rendering tests: documents, layouts and includes built directly as records.</summary>
internal sealed class TestSite
{
    public static readonly DateTimeOffset BuildTime = new(2024, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public SiteSettings Settings { get; set; } = new() { Source = "/site", Destination = "/out", Time = BuildTime, Title = "Ops Notes" };
    public List<Document> Posts { get; } = [];
    public List<Document> Pages { get; } = [];
    public List<StaticFile> StaticFiles { get; } = [];
    public Dictionary<string, object?> Data { get; } = new();
    public Dictionary<string, TemplateFile> Layouts { get; } = new();
    public Dictionary<string, TemplateFile> Includes { get; } = new();
    public ErrorCollector Errors { get; } = new();

    public SiteContent Content => new()
    {
        Settings = Settings,
        Posts = Posts,
        Pages = Pages,
        StaticFiles = StaticFiles,
        Data = Data,
        Layouts = Layouts,
        Includes = Includes,
    };

    public SiteRenderer Renderer(params ISiteExtension[] extensions) => SiteRenderer.Create(Content, extensions, Errors);

    public TestSite WithLayout(string name, string body, IReadOnlyDictionary<string, object?>? data = null, int bodyLine = 1)
    {
        Layouts[name] = new TemplateFile(name, $"_layouts/{name}.html", $"/site/_layouts/{name}.html", data ?? new Dictionary<string, object?>(), body, bodyLine);
        return this;
    }

    public TestSite WithInclude(string name, string body)
    {
        Includes[name] = new TemplateFile(name, $"_includes/{name}", $"/site/_includes/{name}", new Dictionary<string, object?>(), body, 1);
        return this;
    }

    /// <summary>A post dated <paramref name="day"/> of February 2024; add posts newest first, as SiteContent orders them.</summary>
    public Document AddPost(string slug, int day, string body = "", IReadOnlyDictionary<string, object?>? data = null,
        string[]? categories = null, string[]? tags = null, string extension = ".md", string? layout = null)
    {
        var date = new DateTimeOffset(2024, 2, day, 10, 0, 0, TimeSpan.Zero);
        var categoryPath = categories is { Length: > 0 } ? "/" + string.Join("/", categories) : "";
        var url = $"{categoryPath}/2024/02/{day:00}/{slug}.html";
        var post = new Document
        {
            RelativePath = $"_posts/2024-02-{day:00}-{slug}{extension}",
            Kind = DocumentKind.Post,
            Data = data ?? new Dictionary<string, object?> { ["title"] = Title(slug) },
            Body = body,
            BodyLine = 4,
            Extension = extension,
            Title = data?.TryGetValue("title", out var t) == true ? t as string : Title(slug),
            Date = date,
            Slug = slug,
            Categories = categories ?? [],
            Tags = tags ?? [],
            Layout = layout,
            Url = url,
            OutputPath = url.TrimStart('/'),
            Id = $"{categoryPath}/2024/02/{day:00}/{slug}",
        };
        Posts.Add(post);
        return post;
    }

    public Document AddPage(string relativePath, string body, string? layout = null, IReadOnlyDictionary<string, object?>? data = null, int bodyLine = 1)
    {
        var extension = Path.GetExtension(relativePath);
        var url = "/" + Path.ChangeExtension(relativePath, ".html");
        var page = new Document
        {
            RelativePath = relativePath,
            Kind = DocumentKind.Page,
            Data = data ?? new Dictionary<string, object?>(),
            Body = body,
            BodyLine = bodyLine,
            Extension = extension,
            Title = data?.TryGetValue("title", out var t) == true ? t as string : null,
            Date = BuildTime,
            Layout = layout,
            Url = url,
            OutputPath = url.TrimStart('/'),
        };
        Pages.Add(page);
        return page;
    }

    /// <summary>Renders <paramref name="template"/> as the body of an HTML page without layout.</summary>
    public async Task<string> RenderLiquidAsync(string template, params ISiteExtension[] extensions)
    {
        var page = AddPage("test.html", template);
        return await Renderer(extensions).RenderPageAsync(page, null, CancellationToken.None);
    }

    public string ErrorText => string.Join("\n", Errors.Errors);

    private static string Title(string slug) => string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
