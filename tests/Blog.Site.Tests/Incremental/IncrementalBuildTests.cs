using Blog.Site.Diagnostics;
using Blog.Site.Build;
using Blog.Site.Build.Incremental;
using Blog.Lab.Liquid;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Incremental;

public class IncrementalBuildTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task After_any_sequence_of_edits_the_incremental_output_is_byte_identical_to_a_clean_build(int seed)
    {
        using var fixture = new IncrementalFixture(seed);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("incremental"), CancellationToken.None);
        var random = new Random(seed);
        var history = new List<string>();

        for (var sequence = 0; sequence < 8; sequence++)
        {
            for (var edits = random.Next(1, 4); edits > 0; edits--) history.Add(fixture.EditAtRandom());
            history.Add("--- build");
            await incremental.BuildAsync(fixture.Options("incremental"), CancellationToken.None);
            await new SiteBuilder().BuildAsync(fixture.Options("clean"), CancellationToken.None);

            AssertSameTree(Path.Combine(fixture.Site.Root, "clean"), Path.Combine(fixture.Site.Root, "incremental"), history);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task After_any_sequence_of_edits_told_by_path_the_session_output_is_byte_identical_to_a_clean_build(int seed) =>
        await EditBuildAndCompareAsync(seed, sequences: 10, maxEdits: 3, fixture => fixture.EditAtRandom(), saveOneAgain: true, (_, _) => { });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task After_any_sequence_of_body_edits_the_kept_plan_gives_the_clean_builds_site(int seed) =>
        await EditBuildAndCompareAsync(seed, sequences: 8, maxEdits: 2, fixture => fixture.EditBodyAtRandom(), saveOneAgain: false,
            (report, history) => Assert.True(report.KeptPlan, string.Join("; ", history)));

    /// <summary>
    /// Minified, a session's output is still the clean build's; turning <c>minify:</c> off and on again (a config edit)
    /// writes every page and stylesheet again, as rendered or minified.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task After_any_sequence_of_edits_and_minify_switched_the_minified_session_output_is_byte_identical_to_a_clean_build(int seed) =>
        await EditBuildAndCompareAsync(seed, sequences: 8, maxEdits: 2, fixture => fixture.EditAtRandomOrSwitchMinify(), saveOneAgain: true,
            (_, _) => { }, config: "minify: true\n");

    /// <summary>
    /// Applies sequences of random edits; after each, tells a session what a watcher would (every path created,
    /// deleted or written), and compares its output with a clean build's.
    /// </summary>
    /// <param name="saveOneAgain">Also report a random file saved without changes (the config among them: it makes the session read everything).</param>
    private static async Task EditBuildAndCompareAsync(int seed, int sequences, int maxEdits, Func<IncrementalFixture, string> edit,
        bool saveOneAgain, Action<IncrementalReport, IReadOnlyList<string>> check, string config = "")
    {
        using var fixture = new IncrementalFixture(seed, config);
        var session = new IncrementalSiteBuilder([]);
        await session.BuildAsync(fixture.Options("incremental"), [], CancellationToken.None);
        var random = new Random(seed);
        var history = new List<string>();

        for (var sequence = 0; sequence < sequences; sequence++)
        {
            var before = Snapshot(fixture.Site.Source);
            for (var edits = random.Next(1, maxEdits + 1); edits > 0; edits--) history.Add(edit(fixture));
            var after = Snapshot(fixture.Site.Source);
            var changed = before.Keys.Union(after.Keys).Where(p => before.GetValueOrDefault(p) != after.GetValueOrDefault(p)).ToList();
            if (saveOneAgain) changed.Add(after.Keys.Order(StringComparer.Ordinal).ElementAt(random.Next(after.Count)));
            history.Add("--- build");
            var report = await session.BuildAsync(fixture.Options("incremental"), changed, CancellationToken.None);
            await new SiteBuilder().BuildAsync(fixture.Options("clean"), CancellationToken.None);

            check(report, history);
            AssertSameTree(Path.Combine(fixture.Site.Root, "clean"), Path.Combine(fixture.Site.Root, "incremental"), history);
        }
    }

    /// <summary>
    /// The lab's inputs change as the site's files do (a result measured again, a spec edited), told by path like them:
    /// the session renders the pages that read the experiment, and its output is the clean build's with the lab loaded anew.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task After_any_sequence_of_edits_and_lab_runs_told_by_path_the_session_output_is_byte_identical_to_a_clean_build(int seed)
    {
        using var fixture = await IncrementalFixture.WithLabAsync(seed);
        var session = new IncrementalSiteBuilder([await LabExtension.LoadAsync(fixture.Site.Source, CancellationToken.None)]);
        await session.BuildAsync(fixture.Options("incremental"), [], CancellationToken.None);
        var random = new Random(seed);
        var history = new List<string>();

        for (var sequence = 0; sequence < 10; sequence++)
        {
            var before = Snapshot(fixture.Site.Source);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
                history.Add(random.Next(2) == 0 ? await fixture.EditLabAtRandomAsync() : fixture.EditAtRandom());
            var after = Snapshot(fixture.Site.Source);
            var changed = before.Keys.Union(after.Keys).Where(p => before.GetValueOrDefault(p) != after.GetValueOrDefault(p)).ToList();
            history.Add("--- build");
            await session.BuildAsync(fixture.Options("incremental"), changed, CancellationToken.None);
            var lab = await LabExtension.LoadAsync(fixture.Site.Source, CancellationToken.None);
            await new SiteBuilder([lab]).BuildAsync(fixture.Options("clean"), CancellationToken.None);

            AssertSameTree(Path.Combine(fixture.Site.Root, "clean"), Path.Combine(fixture.Site.Root, "incremental"), history);
        }
    }

    [Fact]
    public async Task A_lab_result_measured_again_renders_the_pages_that_show_it_and_no_other()
    {
        using var fixture = await IncrementalFixture.WithLabAsync(0);
        var session = new IncrementalSiteBuilder([await LabExtension.LoadAsync(fixture.Site.Source, CancellationToken.None)]);
        await session.BuildAsync(fixture.Options("out"), [], CancellationToken.None);

        await LabResults.WriteAsync(fixture.Site.Source, "native-start", 40, 41, 42);
        var report = await session.BuildAsync(fixture.Options("out"), [LabResults.PathOf(fixture.Site.Source, "native-start")], CancellationToken.None);

        // The post, and the pages that list its excerpt (the excerpt is rendered and cached once for all of them); not the
        // paginated index, which lists titles.
        Assert.Equal(["c0/2024/02/06/measured.html", "categories/c0/index.html", "recent.html"], report.Rendered);
        Assert.Contains("It starts in 41 ms.", fixture.Site.Output("../out/recent.html"));
    }

    [Fact]
    public async Task A_rebuild_without_changes_renders_nothing()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        var again = await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        Assert.Empty(again.Rendered);
        Assert.Equal(again.Build.Pages, again.Kept);
    }

    [Fact]
    public async Task The_sitemap_is_written_again_when_a_static_file_it_lists_changes_its_time()
    {
        using var fixture = new IncrementalFixture(0);
        var pdf = Path.Combine(fixture.Site.Source, "files/guide.pdf");
        var image = Path.Combine(fixture.Site.Source, "files/photo.png");
        Directory.CreateDirectory(Path.GetDirectoryName(pdf)!);
        File.WriteAllText(pdf, "%PDF-1.4");
        File.WriteAllText(image, "not really a png");
        File.SetLastWriteTimeUtc(pdf, new DateTime(2019, 11, 23, 0, 0, 0, DateTimeKind.Utc));
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);
        Assert.Contains("2019-11-23", fixture.Site.Output("../out/sitemap.xml"));

        // An image is not listed: its change leaves the sitemap as it was.
        File.WriteAllText(image, "another image");
        await incremental.BuildAsync(fixture.Options("out"), [image], CancellationToken.None);
        Assert.Contains("2019-11-23", fixture.Site.Output("../out/sitemap.xml"));

        File.SetLastWriteTimeUtc(pdf, new DateTime(2021, 6, 17, 0, 0, 0, DateTimeKind.Utc));
        await incremental.BuildAsync(fixture.Options("out"), [pdf], CancellationToken.None);
        var sitemap = fixture.Site.Output("../out/sitemap.xml");
        Assert.Contains("2021-06-17", sitemap);
        Assert.DoesNotContain("2019-11-23", sitemap);
    }

    [Fact]
    public async Task Editing_a_post_body_renders_it_and_the_listings_of_excerpts_but_not_listings_of_titles()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-05-post-5.md");
        File.WriteAllText(post, File.ReadAllText(post).Replace("Body of Post 5.", "A new first paragraph."));
        var report = await incremental.BuildAsync(fixture.Options("out"), [post], CancellationToken.None);

        Assert.Contains(report.Rendered, p => p.EndsWith("2024/02/05/post-5.html", StringComparison.Ordinal));
        Assert.Contains("recent.html", report.Rendered);
        Assert.Contains("A new first paragraph.", fixture.Site.Output("../out/recent.html"));
        // The neighbours, the paginated index and the tag listing show titles only.
        Assert.DoesNotContain(report.Rendered, p => p.EndsWith("post-4.html", StringComparison.Ordinal));
        Assert.DoesNotContain("index.html", report.Rendered);
        Assert.DoesNotContain("tags.html", report.Rendered);
        Assert.DoesNotContain("plain.html", report.Rendered);
    }

    [Fact]
    public async Task Whether_a_page_shows_other_documents_bodies_is_what_its_render_read_not_what_its_template_mentions()
    {
        using var fixture = new IncrementalFixture(0);
        fixture.Site
            // Mentions content, in a comment, and reads a member named by a variable: titles only, all the same.
            .With("titles.html", "---\nlayout: default\ntitle: Titles\n---\n{% comment %}Once showed {{ post.content }}.{% endcomment %}"
                                 + "{% assign field = \"title\" %}{% for post in site.posts %}<li>{{ post[field] }}</li>{% endfor %}\n")
            // The newest post as JSON: its content and excerpt, without a word of them in the template.
            .With("latest.html", "---\n---\n{{ site.posts | first | jsonify }}\n");
        var session = new IncrementalSiteBuilder([]);
        await session.BuildAsync(fixture.Options("incremental"), [], CancellationToken.None);

        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-05-post-5.md");
        File.WriteAllText(post, File.ReadAllText(post).Replace("Body of Post 5.", "A body only JSON shows."));
        var report = await session.BuildAsync(fixture.Options("incremental"), [post], CancellationToken.None);
        await new SiteBuilder().BuildAsync(fixture.Options("clean"), CancellationToken.None);

        Assert.True(report.KeptPlan);
        Assert.DoesNotContain("titles.html", report.Rendered);
        Assert.Contains("latest.html", report.Rendered);
        Assert.Contains("A body only JSON shows.", fixture.Site.Output("../incremental/latest.html"));
        AssertSameTree(Path.Combine(fixture.Site.Root, "clean"), Path.Combine(fixture.Site.Root, "incremental"), ["edit the body of post 5"]);
    }

    [Fact]
    public async Task A_body_only_edit_keeps_the_previous_plan_and_gives_the_clean_builds_site()
    {
        using var fixture = new IncrementalFixture(0);
        var session = new IncrementalSiteBuilder([]);
        await session.BuildAsync(fixture.Options("incremental"), [], CancellationToken.None);

        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-03-post-3.md");
        File.WriteAllText(post, File.ReadAllText(post).Replace("Body of Post 3.", "A new excerpt for the archive."));
        var report = await session.BuildAsync(fixture.Options("incremental"), [post], CancellationToken.None);
        await new SiteBuilder().BuildAsync(fixture.Options("clean"), CancellationToken.None);

        Assert.True(report.KeptPlan);
        Assert.Contains("A new excerpt for the archive.", fixture.Site.Output("../incremental/categories/c1/index.html"));
        AssertSameTree(Path.Combine(fixture.Site.Root, "clean"), Path.Combine(fixture.Site.Root, "incremental"), ["edit the body of post 3"]);
    }

    [Fact]
    public async Task Editing_front_matter_plans_the_site_again()
    {
        using var fixture = new IncrementalFixture(0);
        var session = new IncrementalSiteBuilder([]);
        await session.BuildAsync(fixture.Options("out"), [], CancellationToken.None);

        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-03-post-3.md");
        File.WriteAllText(post, File.ReadAllText(post).Replace("categories: c1", "categories: c0"));
        var report = await session.BuildAsync(fixture.Options("out"), [post], CancellationToken.None);

        Assert.False(report.KeptPlan);
        Assert.Contains("Post 3", fixture.Site.Output("../out/categories/c0/index.html"));
        Assert.DoesNotContain("Post 3", fixture.Site.Output("../out/categories/c1/index.html"));
    }

    [Fact]
    public async Task Editing_the_body_of_the_paginated_index_plans_again_and_every_pager_shows_it()
    {
        using var fixture = new IncrementalFixture(0);
        var session = new IncrementalSiteBuilder([]);
        await session.BuildAsync(fixture.Options("out"), [], CancellationToken.None);

        var index = Path.Combine(fixture.Site.Source, "index.html");
        File.AppendAllText(index, "<p>Welcome back.</p>\n");
        var report = await session.BuildAsync(fixture.Options("out"), [index], CancellationToken.None);

        Assert.False(report.KeptPlan);
        Assert.Contains("Welcome back.", fixture.Site.Output("../out/index.html"));
        Assert.Contains("Welcome back.", fixture.Site.Output("../out/page2/index.html"));
    }

    [Fact]
    public async Task A_body_edit_that_removes_an_anchor_breaks_the_link_to_it_from_a_page_not_rendered_again()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: Anchors\n")
            .With("about.md", "---\ntitle: About\npermalink: /about/\n---\n<h2 id=\"team\">Team</h2>\n")
            .With("contact.html", "---\ntitle: Contact\n---\n<a href=\"/about/#team\">the team</a>\n");
        var session = new IncrementalSiteBuilder([]);
        await session.BuildAsync(site.Options(), [], CancellationToken.None);

        var about = Path.Combine(site.Source, "about.md");
        File.WriteAllText(about, File.ReadAllText(about).Replace("id=\"team\"", "id=\"people\""));
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => session.BuildAsync(site.Options(), [about], CancellationToken.None));

        Assert.Contains(failed.Errors, e => e.Position.Path == "contact.html" && e.Message.Contains("no element with id \"team\"", StringComparison.Ordinal));
        Assert.Contains("id=\"team\"", site.Output("about/index.html"));
    }

    [Fact]
    public async Task A_session_s_rebuilds_share_one_staging_folder_and_leave_none_once_the_session_ends()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: Many\n")
            .With("_layouts/post.html", "<main>{{ content }}</main>\n");
        for (var day = 1; day <= 80; day++)
            site.With($"_posts/2024-01-{1 + day % 28:00}-post-{day}.md", $"---\nlayout: post\ntitle: Post {day}\n---\nBody {day}.\n");
        var session = new IncrementalSiteBuilder([]) { FillsStagingBetweenBuilds = true };
        await session.BuildAsync(site.Options(), [], CancellationToken.None);

        var layout = Path.Combine(site.Source, "_layouts/post.html");
        File.WriteAllText(layout, "<main class=\"newer\">{{ content }}</main>\n");
        await session.BuildAsync(site.Options(), [layout], CancellationToken.None);
        var staging = Assert.Single(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).Contains(".staging-", StringComparison.Ordinal));
        var firstVersions = FilesHolding(staging, "<main>");
        File.WriteAllText(layout, "<main class=\"new\">{{ content }}</main>\n");
        var report = await session.BuildAsync(site.Options(), [layout], CancellationToken.None);
        // The second layout edit wrote its pages into the files where the first left the old versions, which now
        // hold the versions it replaced.
        Assert.Equal(staging, Assert.Single(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).Contains(".staging-", StringComparison.Ordinal)));
        Assert.Equal(80, firstVersions.Count);
        Assert.Equal(firstVersions, FilesHolding(staging, "<main class=\"newer\">"));
        await session.DisposeAsync();
        await new SiteBuilder().BuildAsync(site.Options() with { Destination = Path.Combine(site.Root, "clean") }, CancellationToken.None);

        Assert.Equal(80, report.Rendered.Count);
        AssertSameTree(Path.Combine(site.Root, "clean"), site.Destination, ["edit the layout of 80 posts"]);
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).Contains(".staging-", StringComparison.Ordinal));

        static List<string> FilesHolding(string folder, string text) =>
            Directory.GetFiles(folder).Where(f => File.ReadAllText(f).Contains(text, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Editing_a_post_title_renders_the_listings_that_show_it()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-03-post-3.md");
        File.WriteAllText(post, File.ReadAllText(post).Replace("title: Post 3", "title: Third"));
        var report = await incremental.BuildAsync(fixture.Options("out"), [post], CancellationToken.None);

        Assert.Contains("tags.html", report.Rendered);
        Assert.Contains("Third", fixture.Site.Output("../out/tags.html"));
        Assert.DoesNotContain("plain.html", report.Rendered);
    }

    [Fact]
    public async Task Saving_a_file_with_the_same_bytes_writes_nothing_and_keeps_the_reload_quiet()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-03-post-3.md");
        File.WriteAllBytes(post, File.ReadAllBytes(post));
        var report = await incremental.BuildAsync(fixture.Options("out"), [post], CancellationToken.None);

        Assert.Empty(report.Rendered);
        Assert.Equal(0, report.Written);
    }

    [Fact]
    public async Task A_temporary_file_that_came_and_went_changes_nothing()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        var report = await incremental.BuildAsync(fixture.Options("out"), [Path.Combine(fixture.Site.Source, "_posts/4913")], CancellationToken.None);

        Assert.Empty(report.Rendered);
        Assert.Equal(0, report.Written);
    }

    [Fact]
    public async Task A_folder_moved_into_the_source_is_read_when_only_the_folder_is_reported()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);
        var outside = Path.Combine(fixture.Site.Root, "docs");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "guide.md"), "---\ntitle: Guide\n---\nA guide.\n");

        Directory.Move(outside, Path.Combine(fixture.Site.Source, "docs"));
        await incremental.BuildAsync(fixture.Options("out"), [Path.Combine(fixture.Site.Source, "docs")], CancellationToken.None);

        Assert.Contains("A guide.", fixture.Site.Output("../out/docs/guide.html"));
    }

    [Fact]
    public async Task Saving_a_broken_file_again_without_changes_reports_the_same_errors()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);
        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-03-post-3.md");
        File.WriteAllText(post, "---\ntitle: [unclosed\n---\nBody.\n");

        var first = await Assert.ThrowsAsync<BuildFailedException>(() => incremental.BuildAsync(fixture.Options("out"), [post], CancellationToken.None));
        File.WriteAllBytes(post, File.ReadAllBytes(post));
        var again = await Assert.ThrowsAsync<BuildFailedException>(() => incremental.BuildAsync(fixture.Options("out"), [post], CancellationToken.None));

        Assert.Contains(first.Errors, e => e.Position.Path == "_posts/2024-02-03-post-3.md");
        Assert.Equal(first.Errors.Select(e => e.ToString()), again.Errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task A_body_edit_of_a_collection_document_re_plans_and_gives_the_clean_builds_site()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("incremental"), CancellationToken.None);
        var guide = Path.Combine(fixture.Site.Source, "_guides/deploy.md");
        File.WriteAllText(guide, File.ReadAllText(guide).Replace("Deploy it.", "Deploy it now."));

        var report = await incremental.BuildAsync(fixture.Options("incremental"), [guide], CancellationToken.None);
        await new SiteBuilder().BuildAsync(fixture.Options("clean"), CancellationToken.None);

        // The collection's lists (sorted by any key, with neighbours and excerpts) are assembled again, not patched.
        Assert.False(report.KeptPlan);
        AssertSameTree(Path.Combine(fixture.Site.Root, "clean"), Path.Combine(fixture.Site.Root, "incremental"), ["edit the body of a guide"]);
    }

    [Fact]
    public async Task After_a_failed_build_the_fix_gives_the_clean_builds_site()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("incremental"), CancellationToken.None);
        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-03-post-3.md");
        var good = File.ReadAllText(post);
        File.WriteAllText(post, good.Replace("Body of Post 3.", "Body {% if %}, and a title edit elsewhere."));
        fixture.Site.With("_includes/footer.html", "<footer>new footer</footer>");
        await Assert.ThrowsAsync<BuildFailedException>(() =>
            incremental.BuildAsync(fixture.Options("incremental"), [post, Path.Combine(fixture.Site.Source, "_includes/footer.html")], CancellationToken.None));

        File.WriteAllText(post, good.Replace("Body of Post 3.", "Fixed body."));
        await incremental.BuildAsync(fixture.Options("incremental"), [post], CancellationToken.None);
        await new SiteBuilder().BuildAsync(fixture.Options("clean"), CancellationToken.None);

        AssertSameTree(Path.Combine(fixture.Site.Root, "clean"), Path.Combine(fixture.Site.Root, "incremental"), ["break a post and the footer, then fix the post"]);
    }

    [Fact]
    public async Task Editing_an_include_renders_only_the_pages_that_reach_it()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        fixture.Site.With("_includes/note.html", "<aside class=\"note\">{{ include.text }}</aside>");
        var report = await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        Assert.Contains("about/index.html", report.Rendered);
        Assert.DoesNotContain("plain.html", report.Rendered);
        Assert.Contains("<aside class=\"note\">hi</aside>", fixture.Site.Output("../out/about/index.html"));
    }

    [Fact]
    public async Task An_edit_renders_exactly_the_pages_whose_render_read_what_changed()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);
        async Task<IReadOnlyList<string>> RebuildAsync() => (await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None)).Rendered;

        // Data read by a key the page's front matter holds: that page alone, not the pages reading other data.
        fixture.Site.With("_data/colors.yml", "main: blue\n");
        Assert.Equal(["palette.html"], await RebuildAsync());
        Assert.Contains("<p>blue</p>", fixture.Site.Output("../out/palette.html"));

        // Other data (every page in the default layout reads the authors): not the page that read the colors.
        fixture.Site.With("_data/authors.yml", "ann:\n  name: Anne\n");
        var authors = await RebuildAsync();
        Assert.Contains("widget.html", authors);
        Assert.DoesNotContain("palette.html", authors);
        Assert.DoesNotContain("count.html", authors);

        // An include named by a variable: the page that included it; the include it did not name is not read.
        fixture.Site.With("_includes/widget-a.html", "<div>widget A, again</div>");
        Assert.Equal(["widget.html"], await RebuildAsync());
        Assert.Contains("<div>widget A, again</div>", fixture.Site.Output("../out/widget.html"));
        fixture.Site.With("_includes/widget-b.html", "<div>widget B, again</div>");
        Assert.Empty(await RebuildAsync());

        // The layout the config's defaults chose: the pages rendered in it, and only those.
        fixture.Site.With("_layouts/plain.html", "<!doctype html><html lang=\"en\"><head><title>{{ page.title }}</title></head><body class=\"plainer\">{{ content }}</body></html>\n");
        Assert.Equal(["chosen.html", "count.html", "palette.html"], await RebuildAsync());
        Assert.Contains("class=\"plainer\"", fixture.Site.Output("../out/chosen.html"));
    }

    [Fact]
    public async Task A_listing_read_through_an_assigned_site_is_rendered_again_when_a_post_is_renamed()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        var post = Path.Combine(fixture.Site.Source, "_posts/2024-02-05-post-5.md");
        File.WriteAllText(post, File.ReadAllText(post).Replace("title: Post 5", "title: Newest"));
        var report = await incremental.BuildAsync(fixture.Options("out"), [post], CancellationToken.None);

        Assert.Contains("count.html", report.Rendered);
        Assert.Contains("5 posts, the newest Newest", fixture.Site.Output("../out/count.html"));
        // A page that reads no listing is not.
        Assert.DoesNotContain("palette.html", report.Rendered);
        Assert.DoesNotContain("chosen.html", report.Rendered);
    }

    private static void AssertSameTree(string expected, string actual, IReadOnlyList<string> history)
    {
        var because = string.Join("; ", history);
        var expectedFiles = Files(expected);
        var actualFiles = Files(actual);
        Assert.True(expectedFiles.SetEquals(actualFiles),
            $"file sets differ after [{because}]: missing {string.Join(", ", expectedFiles.Except(actualFiles))}; extra {string.Join(", ", actualFiles.Except(expectedFiles))}");
        foreach (var file in expectedFiles)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs after [{because}]");
        var emptyFolders = Directory.EnumerateDirectories(actual, "*", SearchOption.AllDirectories).Where(d => !Directory.EnumerateFileSystemEntries(d).Any());
        Assert.Empty(emptyFolders);
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static HashSet<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).ToHashSet();
}
