using Blog.Site.Build;
using Blog.Site.Build.Incremental;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;
using SkiaSharp;

namespace Blog.Site.Tests.Outputs.Images;

public class ImageTests
{
    private const string Config = "title: Images\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\nimages:\n  enabled: true\n  widths: [480, 960]\n";

    private static TempSite Site(string config = Config, string body = "![A diagram](/assets/img/diagram.png)\n") => new TempSite()
        .With("_config.yml", config)
        .With("_layouts/default.html", "<!doctype html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n")
        .With("_posts/2024-02-14-figure.md", "---\nlayout: default\ntitle: Figure\n---\n" + body)
        .WithBytes("assets/img/diagram.png", TestImages.Png(1200, 600));

    private static async Task<BuildFailedException> FailsAsync(TempSite site) =>
        await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

    [Fact]
    public async Task A_posts_image_gets_its_size_a_srcset_of_smaller_widths_and_a_webp_source()
    {
        using var site = Site();
        await new SiteBuilder().BuildAsync(site.Options());

        var html = site.Output("2024/02/14/figure.html");
        Assert.Contains("<picture><source type=\"image/webp\" srcset=\"/assets/img/diagram-480w.webp 480w, /assets/img/diagram-960w.webp 960w, " +
                        "/assets/img/diagram.webp 1200w\" sizes=\"(max-width: 1200px) 100vw, 1200px\">", html);
        Assert.Contains("<img src=\"/assets/img/diagram.png\" alt=\"A diagram\" width=\"1200\" height=\"600\" fetchpriority=\"high\" decoding=\"async\" " +
                        "srcset=\"/assets/img/diagram-480w.png 480w, /assets/img/diagram-960w.png 960w, /assets/img/diagram.png 1200w\"", html);
        Assert.Contains("</picture>", html);
        var output = Path.Combine(site.Destination, "assets/img");
        Assert.Equal((480, 240, SKEncodedImageFormat.Png), TestImages.Read(Path.Combine(output, "diagram-480w.png")));
        Assert.Equal((960, 480, SKEncodedImageFormat.Webp), TestImages.Read(Path.Combine(output, "diagram-960w.webp")));
        Assert.Equal((1200, 600, SKEncodedImageFormat.Webp), TestImages.Read(Path.Combine(output, "diagram.webp")));
        Assert.Equal((1200, 600, SKEncodedImageFormat.Png), TestImages.Read(Path.Combine(output, "diagram.png")));
    }

    [Fact]
    public async Task The_first_image_near_the_top_loads_eagerly_and_every_later_one_lazily_and_what_the_author_wrote_stays()
    {
        var later = new string('x', 2000);
        using var site = Site(body: "![First](/assets/img/diagram.png)\n\n" + later + "\n\n![Second](../../../assets/img/diagram.png)\n\n" +
                                    "<img src=\"/assets/img/small.png\" alt=\"\" width=\"50\" loading=\"eager\">\n");
        site.WithBytes("assets/img/small.png", TestImages.Png(300, 100));
        await new SiteBuilder().BuildAsync(site.Options());

        var html = site.Output("2024/02/14/figure.html");
        Assert.Contains("alt=\"First\" width=\"1200\" height=\"600\" fetchpriority=\"high\" decoding=\"async\"", html);
        Assert.Contains("<img src=\"../../../assets/img/diagram.png\" alt=\"Second\" width=\"1200\" height=\"600\" loading=\"lazy\" decoding=\"async\" " +
                        "srcset=\"../../../assets/img/diagram-480w.png 480w", html);
        // Narrower than every width: no smaller versions, a WebP one; the author's width and loading are theirs (the tag
        // written as kramdown writes an element without a body).
        Assert.Contains("<picture><source type=\"image/webp\" srcset=\"/assets/img/small.webp 300w\" sizes=\"(max-width: 300px) 100vw, 300px\">" +
                        "<img src=\"/assets/img/small.png\" alt=\"\" width=\"50\" loading=\"eager\" decoding=\"async\" /></picture>", html);
        Assert.False(File.Exists(Path.Combine(site.Destination, "assets/img/small-480w.png")));
    }

    [Fact]
    public async Task A_site_that_does_not_ask_shows_its_images_as_written_and_gets_no_versions()
    {
        using var site = Site(config: "title: Plain\nurl: https://example.org\n");
        await new SiteBuilder().BuildAsync(site.Options());

        Assert.Contains("<p><img src=\"/assets/img/diagram.png\" alt=\"A diagram\" /></p>", site.Output("2024/02/14/figure.html"));
        Assert.Equal(["diagram.png"], Directory.GetFiles(Path.Combine(site.Destination, "assets/img")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_second_build_resizes_nothing_it_takes_the_versions_from_the_cache_by_content_hash()
    {
        using var site = Site();
        var first = new IncrementalSiteBuilder((_, _) => Task.FromResult<IReadOnlyList<Blog.Site.Extensions.ISiteExtension>>([]), remember: false);
        await first.BuildAsync(site.Options(), CancellationToken.None);
        var firstTree = site.OutputTree();
        Assert.Equal(5, first.ImageEncodes);

        var second = new IncrementalSiteBuilder((_, _) => Task.FromResult<IReadOnlyList<Blog.Site.Extensions.ISiteExtension>>([]), remember: false);
        await second.BuildAsync(site.Options(), CancellationToken.None);
        Assert.Equal(0, second.ImageEncodes);
        var secondTree = site.OutputTree();
        Assert.Equal(firstTree.Keys.Order(), secondTree.Keys.Order());
        foreach (var (path, bytes) in firstTree) Assert.True(bytes.AsSpan().SequenceEqual(secondTree[path]), path);

        // The same bytes under another name are the same cache entries.
        site.WithBytes("assets/img/copy.png", File.ReadAllBytes(Path.Combine(site.Source, "assets/img/diagram.png")));
        var third = new IncrementalSiteBuilder((_, _) => Task.FromResult<IReadOnlyList<Blog.Site.Extensions.ISiteExtension>>([]), remember: false);
        await third.BuildAsync(site.Options(), CancellationToken.None);
        Assert.Equal(0, third.ImageEncodes);
        Assert.True(File.Exists(Path.Combine(site.Destination, "assets/img/copy-480w.webp")));
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Source, ".jekyll-cache"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_serve_session_renders_the_page_again_when_its_image_changes_and_resizes_only_the_new_image()
    {
        using var site = Site();
        await using var session = new IncrementalSiteBuilder([]);
        await session.BuildAsync(site.Options(), CancellationToken.None);
        site.WithBytes("assets/img/diagram.png", TestImages.Png(800, 400));
        var report = await session.BuildAsync(site.Options(), [Path.Combine(site.Source, "assets/img/diagram.png")], CancellationToken.None);

        Assert.Contains("2024/02/14/figure.html", report.Rendered);
        Assert.Contains("width=\"800\" height=\"400\"", site.Output("2024/02/14/figure.html"));
        Assert.False(File.Exists(Path.Combine(site.Destination, "assets/img/diagram-960w.png")));
        Assert.Equal(5 + 3, session.ImageEncodes);
    }

    [Fact]
    public async Task A_missing_image_is_an_error_at_the_line_and_column_where_it_was_written()
    {
        using var site = Site(body: "Intro.\n\nSee ![the chart](/assets/img/chart.png).\n");
        var failed = await FailsAsync(site);

        var error = Assert.Single(failed.Errors, e => e.Message.StartsWith("image", StringComparison.Ordinal));
        Assert.Equal(("_posts/2024-02-14-figure.md", 7, 18), (error.Position.Path, error.Position.Line, error.Position.Column));
        Assert.Contains("not found: add the file assets/img/chart.png", error.Message);
    }

    public static TheoryData<string, byte[], string> BadImages => new()
    {
        { "a text file named .png", "not an image"u8.ToArray(), "not a PNG, JPEG or WebP image" },
        { "an empty file", [], "the image file is empty" },
        { "a PNG cut short", TestImages.TruncatedPng(), "cut short" },
        { "a header claiming 20,000 × 20,000 pixels", TestImages.PngHeaderClaiming(20_000, 20_000), "20,000 × 20,000 pixels, more than the 40,000,000" },
        { "a header claiming no pixels", TestImages.PngHeaderClaiming(0, 10), "not a PNG, JPEG or WebP image" },
    };

    [Theory]
    [MemberData(nameof(BadImages))]
    public async Task An_image_that_cannot_be_used_is_an_error_where_the_post_shows_it(string kind, byte[] bytes, string message)
    {
        using var site = Site(body: "Text.\n\n<img src=\"/assets/img/diagram.png\" alt=\"x\">\n");
        site.WithBytes("assets/img/diagram.png", bytes);
        var failed = await FailsAsync(site);

        var error = Assert.Single(failed.Errors);
        Assert.True(error.Position is { Path: "_posts/2024-02-14-figure.md", Line: 7, Column: 11 }, $"{kind}: {error}");
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public async Task A_huge_image_is_refused_from_its_header_without_decoding_it()
    {
        using var site = Site(body: "![Huge](/assets/img/diagram.png)\n");
        site.WithBytes("assets/img/diagram.png", TestImages.PngHeaderClaiming(20_000, 20_000));
        var before = Environment.WorkingSet;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await FailsAsync(site);

        // Decoding would need 1.6 GB and seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20));
        Assert.True(Environment.WorkingSet - before < 1_000_000_000L, $"working set grew by {Environment.WorkingSet - before:N0} bytes");
    }

    [Fact]
    public async Task An_image_without_alt_text_is_a_warning_where_it_was_written()
    {
        using var site = Site(body: "<img src=\"/assets/img/diagram.png\">\n");
        var report = await new SiteBuilder().BuildAsync(site.Options());

        var warning = Assert.Single(report.Warnings, w => w.Message.Contains("no alt text"));
        Assert.Equal(("_posts/2024-02-14-figure.md", 5, 11), (warning.Position.Path, warning.Position.Line, warning.Position.Column));
    }

    [Fact]
    public async Task A_markdown_image_with_empty_brackets_is_reported_and_an_html_one_with_an_empty_alt_is_decoration()
    {
        using var site = Site(body: "Text.\n\n![](/assets/img/diagram.png)\n\n<img src=\"/assets/img/small.png\" alt=\"\">\n");
        site.WithBytes("assets/img/small.png", TestImages.Png(100, 100));
        var report = await new SiteBuilder().BuildAsync(site.Options());

        var warning = Assert.Single(report.Warnings, w => w.Message.Contains("no alt text"));
        Assert.Equal(("_posts/2024-02-14-figure.md", 7, 5), (warning.Position.Path, warning.Position.Line, warning.Position.Column));
    }

    [Fact]
    public async Task The_versions_are_known_to_the_link_check()
    {
        using var site = Site(body: "![A diagram](/assets/img/diagram.png)\n\n[the small one](/assets/img/diagram-480w.webp)\n");
        await new SiteBuilder().BuildAsync(site.Options());

        Assert.Contains("href=\"/assets/img/diagram-480w.webp\"", site.Output("2024/02/14/figure.html"));
    }
}
