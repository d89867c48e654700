using System.Text.Json;
using Blog.Site.Config;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Liquid.Seo;
using Fluid;

namespace Blog.Site.Tests.Outputs;

public class SeoTagTests
{
    private static string Render(string template, Dictionary<string, object?> page, SiteSettings? site = null, Dictionary<string, object?>? paginator = null)
    {
        var parser = new FluidParser();
        var options = new TemplateOptions();
        new SeoExtension(site ?? Given.Site(values: [("description", "Measured, not guessed")])).Register(new LiquidRegistry(parser, options, new ErrorCollector()));
        Assert.True(parser.TryParse(template, out var parsed, out var error), error);
        var context = new TemplateContext(options);
        context.SetValue("page", page);
        if (paginator is not null) context.SetValue("paginator", paginator);
        return parsed.Render(context);
    }

    private static Dictionary<string, object?> Post(string title = "Comparing runtimes") => new()
    {
        ["title"] = title,
        ["url"] = "/devops/2024/02/14/comparing.html",
        ["date"] = new DateTimeOffset(2024, 2, 14, 9, 0, 0, TimeSpan.Zero),
        ["excerpt"] = "<p>Containers, VMs and the JVM.</p>",
        ["collection"] = "posts",
    };

    private static JsonElement JsonLd(string html)
    {
        const string open = "<script type=\"application/ld+json\">";
        var start = html.IndexOf(open, StringComparison.Ordinal) + open.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        return JsonDocument.Parse(html[start..end]).RootElement;
    }

    [Fact]
    public void The_title_joins_page_and_site_title()
    {
        Assert.Contains("<title>Comparing runtimes | DevOps Lab</title>", Render("{% seo %}", Post()));
    }

    [Fact]
    public void The_home_page_title_is_the_site_title_and_description()
    {
        Assert.Contains("<title>DevOps Lab | Measured, not guessed</title>", Render("{% seo %}", new() { ["url"] = "/" }));
    }

    [Fact]
    public void Title_false_leaves_the_title_element_out()
    {
        var html = Render("{% seo title=false %}", Post());

        Assert.DoesNotContain("<title>", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Comparing runtimes\" />", html);
    }

    [Theory]
    [InlineData("{% seo bogus %}")]
    [InlineData("{% seo canonical=false %}")]
    [InlineData("{% seo title=false extra %}")]
    public void An_unknown_seo_argument_is_a_syntax_error(string template)
    {
        var parser = new FluidParser();
        new SeoExtension(Given.Site()).Register(new LiquidRegistry(parser, new TemplateOptions(), new ErrorCollector()));

        Assert.False(parser.TryParse(template, out _, out var error));
        Assert.Contains("{% seo %} takes only title=false", error);
    }

    [Fact]
    public void The_description_is_the_excerpt_as_plain_text()
    {
        var html = Render("{% seo %}", Post());

        Assert.Contains("<meta name=\"description\" content=\"Containers, VMs and the JVM.\" />", html);
        Assert.Contains("<meta property=\"og:description\" content=\"Containers, VMs and the JVM.\" />", html);
    }

    [Fact]
    public void The_tagline_joins_the_home_title_but_is_never_the_description_as_in_jekyll_seo_tag_2_8()
    {
        var site = Given.Site(values: [("description", "The site description"), ("tagline", "The tagline")]);
        var home = new Dictionary<string, object?> { ["url"] = "/" };

        var html = Render("{% seo %}", home, site);

        Assert.Contains("<title>DevOps Lab | The tagline</title>", html);
        Assert.Contains("<meta name=\"description\" content=\"The site description\" />", html);
    }

    [Fact]
    public void A_long_description_is_written_whole()
    {
        var words = string.Join(' ', Enumerable.Range(1, 150).Select(i => "w" + i));

        var html = Render("{% seo %}", new Dictionary<string, object?> { ["url"] = "/x/", ["title"] = "X", ["description"] = words });

        Assert.Contains($"<meta name=\"description\" content=\"{words}\" />", html);
    }

    [Fact]
    public void An_empty_site_url_makes_the_canonical_link_the_pages_path_and_no_url_setting_makes_none()
    {
        var about = new Dictionary<string, object?> { ["url"] = "/about/", ["title"] = "About" };

        var html = Render("{% seo %}", about, Given.Site(url: ""));
        Assert.Contains("<link rel=\"canonical\" href=\"/about/\" />", html);
        Assert.Contains("<meta property=\"og:url\" content=\"/about/\" />", html);

        var noUrl = Given.Site(url: "");
        var withoutKey = noUrl with { Values = noUrl.Values.Where(v => v.Key != "url").ToDictionary(v => v.Key, v => v.Value) };
        Assert.DoesNotContain("canonical", Render("{% seo %}", about, withoutKey));
    }

    [Fact]
    public void The_canonical_url_is_absolute_and_names_folders_not_index_files()
    {
        var html = Render("{% seo %}", new() { ["url"] = "/docs/index.html", ["title"] = "Docs" }, Given.Site(baseUrl: "/blog"));

        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/blog/docs/\" />", html);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/blog/docs/\" />", html);
    }

    [Fact]
    public void A_dated_page_is_an_article_with_its_published_time()
    {
        var html = Render("{% seo %}", Post());

        Assert.Contains("<meta property=\"og:type\" content=\"article\" />", html);
        Assert.Contains("<meta property=\"article:published_time\" content=\"2024-02-14T09:00:00+00:00\" />", html);
        Assert.Contains("<meta property=\"og:site_name\" content=\"DevOps Lab\" />", html);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\" />", html);
    }

    [Fact]
    public void A_page_without_a_date_is_a_website()
    {
        var html = Render("{% seo %}", new() { ["url"] = "/categories/devops/", ["title"] = "DevOps" });

        Assert.Contains("<meta property=\"og:type\" content=\"website\" />", html);
        Assert.DoesNotContain("article:published_time", html);
        Assert.Equal("WebPage", JsonLd(html).GetProperty("@type").GetString());
    }

    [Fact]
    public void A_page_dated_in_its_front_matter_is_an_article_as_jekyll_seo_tag_has_it()
    {
        var html = Render("{% seo %}", new() { ["url"] = "/categories/devops/", ["title"] = "DevOps", ["date"] = Given.BuildTime });

        Assert.Contains("<meta property=\"og:type\" content=\"article\" />", html);
        Assert.Contains("article:published_time", html);
        Assert.Equal("BlogPosting", JsonLd(html).GetProperty("@type").GetString());
    }

    [Fact]
    public void A_post_is_described_as_a_blog_posting_in_json_ld()
    {
        var json = JsonLd(Render("{% seo %}", Post()));

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("BlogPosting", json.GetProperty("@type").GetString());
        Assert.Equal("Comparing runtimes", json.GetProperty("headline").GetString());
        Assert.Equal("2024-02-14T09:00:00+00:00", json.GetProperty("datePublished").GetString());
        Assert.Equal("https://example.org/devops/2024/02/14/comparing.html", json.GetProperty("url").GetString());
        Assert.Equal("Containers, VMs and the JVM.", json.GetProperty("description").GetString());
    }

    [Fact]
    public void The_home_page_is_described_as_a_web_site()
    {
        var json = JsonLd(Render("{% seo %}", new() { ["url"] = "/" }));

        Assert.Equal("WebSite", json.GetProperty("@type").GetString());
        Assert.Equal("DevOps Lab", json.GetProperty("name").GetString());
        Assert.Equal("website", Render("{% seo %}", new() { ["url"] = "/" }).Split("og:type\" content=\"")[1].Split('"')[0]);
    }

    [Fact]
    public void The_author_comes_from_the_page_before_the_site()
    {
        var page = Post();
        page["author"] = "Grace Hopper";
        var site = Given.Site(values: [("author", "Site Owner")]);

        var html = Render("{% seo %}", page, site);

        Assert.Contains("<meta name=\"author\" content=\"Grace Hopper\" />", html);
        var author = JsonLd(html).GetProperty("author");
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Grace Hopper", author.GetProperty("name").GetString());
    }

    [Fact]
    public void A_hostile_title_is_escaped_in_every_attribute_and_cannot_leave_the_json_ld_script()
    {
        var html = Render("{% seo %}", Post("x\" onload=\"alert(1)' </script><script>alert(2)</script> <!-- &"));

        Assert.DoesNotContain("onload=\"alert", html);
        Assert.Equal(1, html.Split("</script>").Length - 1);
        Assert.DoesNotContain("<!--", html);
        // As jekyll-seo-tag formats it (checked with Jekyll): markdownify's curly quotes, the tags' text escaped once.
        Assert.Contains("<meta property=\"og:title\" content=\"x” onload=”alert(1)’ &lt;/script&gt; &lt;!– &amp;\" />", html);
        Assert.Equal("x” onload=”alert(1)’ &lt;/script&gt; &lt;!– &amp;", JsonLd(html).GetProperty("headline").GetString());
    }

    [Fact]
    public void An_escaped_script_end_tag_in_a_title_stays_escaped_inside_the_json_ld()
    {
        var html = Render("{% seo %}", Post("Escaping &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; in JSON"));

        Assert.Equal(1, html.Split("</script>").Length - 1);
        // The headline is the title escaped once, as jekyll-seo-tag writes it into the JSON (checked with Jekyll).
        Assert.Equal("Escaping &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; in JSON", JsonLd(html).GetProperty("headline").GetString());
        Assert.Contains("<title>Escaping &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; in JSON | DevOps Lab</title>", html);
    }

    [Fact]
    public void A_later_page_of_a_listing_names_its_page_number_and_neighbours()
    {
        var paginator = new Dictionary<string, object?> { ["page"] = 2, ["total_pages"] = 3, ["previous_page_path"] = "/", ["next_page_path"] = "/page3/" };

        var html = Render("{% seo %}", new() { ["url"] = "/page2/" }, paginator: paginator);

        Assert.Contains("<title>Page 2 of 3 for DevOps Lab | Measured, not guessed</title>", html);
        Assert.Contains("<link rel=\"prev\" href=\"https://example.org/\" />", html);
        Assert.Contains("<link rel=\"next\" href=\"https://example.org/page3/\" />", html);
    }

    [Fact]
    public void A_page_image_makes_a_large_twitter_card_with_an_absolute_image_url()
    {
        var page = Post();
        page["image"] = "/assets/chart.png";

        var html = Render("{% seo %}", page);

        Assert.Contains("<meta property=\"og:image\" content=\"https://example.org/assets/chart.png\" />", html);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\" />", html);
    }

    [Fact]
    public void Feed_meta_links_the_atom_feed_with_the_site_title()
    {
        Assert.Equal(
            "<link type=\"application/atom+xml\" rel=\"alternate\" href=\"https://example.org/blog/feed.xml\" title=\"DevOps Lab\" />",
            Render("{% feed_meta %}", new(), Given.Site(baseUrl: "/blog")));
    }

    [Theory]
    [InlineData("{% seo %}", "jekyll-feed")]
    [InlineData("{% feed_meta %}", "jekyll-seo-tag")]
    public void A_tag_whose_plugin_is_not_listed_is_unknown_as_in_jekyll(string template, string otherPlugin)
    {
        var parser = new FluidParser();
        new SeoExtension(Given.Site(plugins: [otherPlugin])).Register(new LiquidRegistry(parser, new TemplateOptions(), new ErrorCollector()));

        Assert.False(parser.TryParse(template, out _, out _));
    }

    [Fact]
    public void Feed_meta_with_arguments_is_a_syntax_error()
    {
        var parser = new FluidParser();
        new SeoExtension(Given.Site()).Register(new LiquidRegistry(parser, new TemplateOptions(), new ErrorCollector()));

        Assert.False(parser.TryParse("{% feed_meta include: all %}", out _, out var error));
        Assert.Contains("{% feed_meta %} takes no arguments", error);
    }

    [Fact]
    public void Feed_meta_escapes_the_site_title()
    {
        var site = Given.Site(values: [("title", "Tom & \"Jerry\" <3")]);

        Assert.Contains("title=\"Tom &amp; &quot;Jerry&quot; &lt;3\"", Render("{% feed_meta %}", new(), site));
    }
}
