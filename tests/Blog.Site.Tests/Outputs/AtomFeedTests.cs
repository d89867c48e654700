using System.Xml.Linq;
using Blog.Site.Content;
using Blog.Site.Outputs.Files.Feed;

namespace Blog.Site.Tests.Outputs;

public class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static XDocument Feed(Blog.Site.Config.SiteSettings site, IEnumerable<Document> posts, Func<Document, string>? content = null) =>
        XDocument.Parse(AtomFeed.Write(site, posts.Select(p => new FeedEntry(p, content?.Invoke(p) ?? $"<p>{p.Title}</p>", $"<p>Excerpt of {p.Title}</p>")).ToList()));

    [Fact]
    public void The_feed_is_an_atom_document_with_the_required_feed_elements()
    {
        var feed = Feed(Given.Site(), Given.Posts(2)).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("https://example.org/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("DevOps Lab", feed.Element(Atom + "title")!.Value);
        Assert.Equal("html", feed.Element(Atom + "title")!.Attribute("type")!.Value);
        Assert.NotNull(feed.Element(Atom + "generator"));
        var links = feed.Elements(Atom + "link").ToList();
        Assert.Contains(links, l => l.Attribute("rel")!.Value == "self" && l.Attribute("href")!.Value == "https://example.org/feed.xml" && l.Attribute("type")!.Value == "application/atom+xml");
        Assert.Contains(links, l => l.Attribute("rel")!.Value == "alternate" && l.Attribute("href")!.Value == "https://example.org/" && l.Attribute("type")!.Value == "text/html");
    }

    [Fact]
    public void Titles_are_smartified_as_jekyll_feed_writes_them()
    {
        var site = Given.Site(values: [("title", "Hello, world! I'm David")]);
        var post = Given.Post("quotes", title: "It's \"quoted\" -- really...");

        var feed = Feed(site, [post]).Root!;

        Assert.Equal("Hello, world! I’m David", feed.Element(Atom + "title")!.Value);
        var entry = feed.Element(Atom + "entry")!;
        Assert.Equal("It’s “quoted” – really…", entry.Element(Atom + "title")!.Value);
        Assert.Equal("It’s “quoted” – really…", entry.Element(Atom + "link")!.Attribute("title")!.Value);
    }

    [Fact]
    public void Each_entry_has_title_link_dates_id_and_html_content()
    {
        var post = Given.Post("hello", new DateTimeOffset(2024, 2, 14, 10, 30, 0, TimeSpan.FromHours(1)), "Hello");
        var entry = Feed(Given.Site(), [post]).Root!.Element(Atom + "entry")!;

        Assert.Equal("Hello", entry.Element(Atom + "title")!.Value);
        var link = entry.Element(Atom + "link")!;
        Assert.Equal("https://example.org/2024/02/14/hello.html", link.Attribute("href")!.Value);
        Assert.Equal("alternate", link.Attribute("rel")!.Value);
        Assert.Equal("2024-02-14T10:30:00+01:00", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2024-02-14T10:30:00+01:00", entry.Element(Atom + "updated")!.Value);
        Assert.Equal("https://example.org/2024/02/14/hello", entry.Element(Atom + "id")!.Value);
        var content = entry.Element(Atom + "content")!;
        Assert.Equal("html", content.Attribute("type")!.Value);
        Assert.Equal("<p>Hello</p>", content.Value);
        Assert.Equal("https://example.org/2024/02/14/hello.html", content.Attribute(XNamespace.Xml + "base")!.Value);
    }

    [Fact]
    public void The_feed_lists_the_ten_newest_posts_by_default()
    {
        var site = Given.Site();
        var selected = AtomFeed.SelectPosts(site, Given.Posts(25));

        Assert.Equal(10, AtomFeed.FeedPostLimit(site));
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"post-{i}"), selected.Select(p => p.Slug));
        Assert.Equal(10, Feed(site, Given.Posts(25)).Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public void Feed_posts_limit_changes_how_many_posts_are_listed()
    {
        var site = Given.Site(values: [("feed", new Dictionary<string, object?> { ["posts_limit"] = 3 })]);

        Assert.Equal(3, AtomFeed.FeedPostLimit(site));
        Assert.Equal(3, Feed(site, Given.Posts(5)).Root!.Elements(Atom + "entry").Count());
    }

    [Fact]
    public void Drafts_are_left_out_unless_drafts_are_shown()
    {
        var posts = new[] { Given.Post("draft", kind: DocumentKind.Draft), Given.Post("real") };

        Assert.Equal(["real"], AtomFeed.SelectPosts(Given.Site(), posts).Select(p => p.Slug));
        Assert.Equal(2, AtomFeed.SelectPosts(Given.Site(drafts: true), posts).Count);
    }

    [Fact]
    public void Feed_path_moves_the_feed_and_its_self_link()
    {
        var site = Given.Site(values: [("feed", new Dictionary<string, object?> { ["path"] = "atom/index.xml" })]);

        Assert.Equal("atom/index.xml", AtomFeed.OutputPath(site));
        var self = Feed(site, Given.Posts(1)).Root!.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self");
        Assert.Equal("https://example.org/atom/index.xml", self.Attribute("href")!.Value);
    }

    [Fact]
    public void The_feed_is_updated_at_the_build_time_as_jekyll_feed_writes_site_time()
    {
        Assert.Equal("2026-01-02T03:04:05+00:00", Feed(Given.Site(), Given.Posts(3)).Root!.Element(Atom + "updated")!.Value);
        Assert.Equal("2026-01-02T03:04:05+00:00", Feed(Given.Site(), []).Root!.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Posts_of_the_same_date_are_listed_in_the_order_of_their_paths_as_jekyll_feed_lists_them()
    {
        var day = new DateTimeOffset(2017, 9, 12, 0, 0, 0, TimeSpan.Zero);
        // site.posts order: newest first, and the later path first among posts of one date.
        var posts = new[] { "the-best", "how-to-start", "10-tips" }.Select(slug => Given.Post(slug, day) with { RelativePath = $"_posts/2017-09-12-{slug}.md" })
            .Prepend(Given.Post("newer", day.AddDays(1))).ToList();

        var selected = Blog.Site.Outputs.Files.Feed.AtomFeed.SelectPosts(Given.Site(), posts);

        Assert.Equal(["newer", "10-tips", "how-to-start", "the-best"], selected.Select(p => p.Slug));
    }

    [Fact]
    public void Last_modified_at_sets_the_entry_updated_date()
    {
        var post = Given.Post("x", data: [("last_modified_at", "2024-03-01 12:00:00 +0200")]);
        var entry = Feed(Given.Site(), [post]).Root!.Element(Atom + "entry")!;

        Assert.Equal("2024-03-01T10:00:00+00:00", entry.Element(Atom + "updated")!.Value);
    }

    [Fact]
    public void Base_url_is_part_of_every_absolute_link()
    {
        var feed = Feed(Given.Site(baseUrl: "/blog"), [Given.Post("x")]).Root!;

        Assert.Equal("https://example.org/blog/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("https://example.org/blog/2024/02/14/x.html", feed.Element(Atom + "entry")!.Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public void The_post_author_wins_over_the_site_author()
    {
        var site = Given.Site(values: [("author", new Dictionary<string, object?> { ["name"] = "Site Owner", ["email"] = "owner@example.org" })]);
        var feed = Feed(site, [Given.Post("mine", data: [("author", "Guest Writer")]), Given.Post("theirs")]).Root!;

        Assert.Equal("Site Owner", feed.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("owner@example.org", feed.Element(Atom + "author")!.Element(Atom + "email")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal("Guest Writer", entries[0].Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.Equal("Site Owner", entries[1].Element(Atom + "author")!.Element(Atom + "name")!.Value);
    }

    [Fact]
    public void An_author_key_is_looked_up_in_the_authors_data()
    {
        var data = new Dictionary<string, object?>
        {
            ["authors"] = new Dictionary<object, object> { ["ada"] = new Dictionary<object, object> { ["name"] = "Ada Lovelace", ["uri"] = "https://ada.example" } },
        };
        var xml = AtomFeed.Write(Given.Site(), [new FeedEntry(Given.Post("x", data: [("author", "ada")]), "", "")], data);
        var author = XDocument.Parse(xml).Root!.Element(Atom + "entry")!.Element(Atom + "author")!;

        Assert.Equal("Ada Lovelace", author.Element(Atom + "name")!.Value);
        Assert.Equal("https://ada.example", author.Element(Atom + "uri")!.Value);
    }

    [Fact]
    public void Categories_and_tags_become_category_terms()
    {
        var post = Given.Post("x", categories: ["devops", "ci cd"], tags: ["docker"]);
        var terms = Feed(Given.Site(), [post]).Root!.Element(Atom + "entry")!.Elements(Atom + "category").Select(c => c.Attribute("term")!.Value);

        Assert.Equal(["devops", "ci cd", "docker"], terms);
    }

    [Fact]
    public void A_singular_category_in_front_matter_is_the_only_category_term()
    {
        var post = Given.Post("x", categories: ["blog", "Release Notes"], data: [("category", "Release Notes")]);
        var terms = Feed(Given.Site(), [post]).Root!.Element(Atom + "entry")!.Elements(Atom + "category").Select(c => c.Attribute("term")!.Value);

        Assert.Equal(["Release Notes"], terms);
    }

    [Fact]
    public void The_summary_is_the_excerpt_as_plain_text()
    {
        var summary = Feed(Given.Site(), [Given.Post("x", title: "T")]).Root!.Element(Atom + "entry")!.Element(Atom + "summary")!;

        Assert.Equal("html", summary.Attribute("type")!.Value);
        Assert.Equal("Excerpt of T", summary.Value);
    }

    [Fact]
    public void An_excerpt_given_in_front_matter_is_the_summary_unless_a_description_is()
    {
        // jekyll-feed's post.description | default: post.excerpt, where Jekyll makes an excerpt only for a post without one (reverie).
        XElement Summary(params (string, object?)[] data) =>
            Feed(Given.Site(), [Given.Post("x", title: "T", data: data)]).Root!.Element(Atom + "entry")!.Element(Atom + "summary")!;

        Assert.Equal("Short summary.", Summary(("excerpt", "Short summary.")).Value);
        Assert.Equal("Desc.", Summary(("excerpt", "Short summary."), ("description", "Desc.")).Value);
    }

    [Fact]
    public void Excerpt_only_leaves_the_content_out()
    {
        var site = Given.Site(values: [("feed", new Dictionary<string, object?> { ["excerpt_only"] = true })]);

        Assert.Null(Feed(site, [Given.Post("x")]).Root!.Element(Atom + "entry")!.Element(Atom + "content"));
    }

    [Fact]
    public void Hostile_titles_and_content_stay_text_and_keep_the_feed_well_formed()
    {
        var post = Given.Post("x", title: "<script>alert(\"x\")</script> Tom & \"Jerry\" <b>bold</b>");
        var xml = AtomFeed.Write(Given.Site(), [new FeedEntry(post, "<p>a ]]> b</p>\u0001", "")]);
        var entry = XDocument.Parse(xml).Root!.Element(Atom + "entry")!;

        Assert.DoesNotContain("<script>", xml);
        Assert.Equal("Tom & “Jerry” bold", entry.Element(Atom + "title")!.Value); // smartified, as jekyll-feed does
        Assert.Equal("<p>a ]]> b</p>", entry.Element(Atom + "content")!.Value);
    }

    [Fact]
    public void Site_lang_sets_the_feed_language()
    {
        var feed = Feed(Given.Site(values: [("lang", "de-DE")]), []).Root!;

        Assert.Equal("de-DE", feed.Attribute(XNamespace.Xml + "lang")!.Value);
    }
}
