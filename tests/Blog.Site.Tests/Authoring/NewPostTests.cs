using Blog.Cli.Commands;
using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Authoring;

public class NewPostTests
{
    private static readonly DateTimeOffset LateEveningInNewYork = new(2026, 11, 28, 3, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_post_is_named_by_the_date_in_the_sites_timezone_and_the_jekyll_slug_of_its_title()
    {
        using var site = new TempSite().With("_config.yml", "timezone: America/New_York\n");
        var now = NewSiteTime.Now(site.Source, new FixedClock(LateEveningInNewYork));

        var path = new NewDocumentFile("Hello: World's Grüße!", [], []).PostPath(site.Source, now);

        Assert.Equal(Path.Combine(site.Source, "_posts", "2026-11-27-hello-world-s-grüße.md"), path);
    }

    [Fact]
    public void A_site_without_a_timezone_dates_posts_in_utc()
    {
        using var site = new TempSite();
        var now = NewSiteTime.Now(site.Source, new FixedClock(LateEveningInNewYork));

        Assert.Equal(TimeSpan.Zero, now.Offset);
        Assert.EndsWith("2026-11-28-x.md", new NewDocumentFile("X", [], []).PostPath(site.Source, now));
    }

    [Fact]
    public void The_front_matter_has_layout_quoted_title_date_categories_and_tags()
    {
        var text = new NewDocumentFile("Say \"hi\": now", ["dev ops", "linux"], ["x"])
            .Text("post", new DateTimeOffset(2026, 11, 27, 22, 30, 5, TimeSpan.FromHours(-5)));

        Assert.Equal("---\nlayout: post\ntitle: \"Say \\\"hi\\\": now\"\ndate: 2026-11-27 22:30:05 -0500\n" +
                     "categories: [\"dev ops\", \"linux\"]\ntags: [\"x\"]\n---\n\n", text);
    }

    [Fact]
    public async Task A_new_post_builds_with_the_title_categories_tags_and_date_it_was_given()
    {
        using var site = new TempSite()
            .With("_config.yml", "timezone: Europe/Berlin\ntime: 2026-12-01 00:00:00 +0000\n")
            .With("_layouts/post.html", "{{ page.title }}|{{ page.date | date: '%F %T %z' }}|{{ page.categories | join: ',' }}|{{ page.tags | join: ',' }}");
        var now = NewSiteTime.Now(site.Source, new FixedClock(LateEveningInNewYork));
        var document = new NewDocumentFile("Say \"hi\": now", ["dev ops", "linux"], ["x"]);
        var path = document.PostPath(site.Source, now);
        await NewDocumentFile.WriteNewAsync(path, document.Text("post", now), "post.md", CancellationToken.None);

        await new SiteBuilder().BuildAsync(site.Options());

        Assert.Equal("Say \"hi\": now|2026-11-28 04:30:00 +0100|dev ops,linux|x",
            site.Output("dev ops/linux/2026/11/28/say-hi-now.html"));
    }

    [Fact]
    public async Task An_existing_post_is_not_overwritten()
    {
        using var site = new TempSite().With("_posts/2026-11-28-x.md", "mine");
        var document = new NewDocumentFile("X", [], []);
        var path = document.PostPath(site.Source, LateEveningInNewYork);

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() =>
            NewDocumentFile.WriteNewAsync(path, document.Text("post", LateEveningInNewYork), "input/_posts/2026-11-28-x.md", CancellationToken.None));

        Assert.Equal("input/_posts/2026-11-28-x.md:1:1: already exists: pick another title, or edit that file", failed.Errors.Single().ToString());
        Assert.Equal("mine", File.ReadAllText(path));
    }

    [Fact]
    public void A_title_without_letters_or_digits_is_an_error()
    {
        var failed = Assert.Throws<BuildFailedException>(() => new NewDocumentFile("?!", [], []).DraftPath("/site"));

        Assert.Contains("has no letters or digits", failed.Message);
    }

    [Fact]
    public void A_draft_is_named_by_its_slug_and_has_no_date()
    {
        var document = new NewDocumentFile("My Draft", ["a"], []);

        Assert.Equal(Path.Combine("/site", "_drafts", "my-draft.md"), document.DraftPath("/site"));
        Assert.DoesNotContain("date:", document.Text("post", date: null));
    }
}
