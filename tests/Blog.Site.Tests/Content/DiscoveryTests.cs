using Blog.Site.Content;

namespace Blog.Site.Tests.Content;

public sealed class DiscoveryTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private static IEnumerable<string> Outputs(SiteContent content) =>
        content.Posts.Concat(content.Pages).Select(d => d.OutputPath).Concat(content.StaticFiles.Select(f => f.OutputPath));

    [Fact]
    public void Posts_come_from_the_posts_folder() =>
        Assert.Equal("_posts/2024-02-14-x.md", _site.Post("2024-02-14-x.md").RelativePath);

    [Fact]
    public void A_posts_folder_inside_any_folder_is_read()
    {
        _site.With("devops/_posts/2024-02-14-x.md", "---\n---\nx\n");

        Assert.Equal("devops/_posts/2024-02-14-x.md", Assert.Single(_site.Read().Posts).RelativePath);
    }

    [Fact]
    public void Folders_inside_the_posts_folder_are_read_too()
    {
        _site.With("_posts/2024/2024-02-14-x.md", "---\n---\nx\n");

        Assert.Single(_site.Read().Posts);
    }

    [Fact]
    public void A_post_needs_no_front_matter()
    {
        _site.With("_posts/2024-02-14-plain.md", "Just text.\n");

        Assert.Equal("Just text.\n", Assert.Single(_site.Read().Posts).Body);
    }

    [Fact]
    public void A_post_file_name_without_a_date_is_skipped_with_a_warning()
    {
        _site.With("_posts/notes.md", "---\n---\nx\n");

        var content = _site.Read();

        Assert.Empty(content.Posts);
        Assert.Empty(_site.Errors.Errors);
        Assert.Contains(_site.Errors.Warnings, w => w.Position.Path == "_posts/notes.md" && w.Message.Contains("YYYY-MM-DD"));
    }

    [Fact]
    public void Drafts_are_not_read_without_the_drafts_option()
    {
        _site.With("_drafts/idea.md", "---\n---\nx\n");

        Assert.Empty(_site.Read().Posts);
    }

    [Fact]
    public void Drafts_are_posts_with_the_drafts_option()
    {
        _site.With("_drafts/idea.md", "---\n---\nx\n");

        var draft = Assert.Single(_site.Read(_site.Options with { Drafts = true }).Posts);

        Assert.Equal(DocumentKind.Draft, draft.Kind);
        Assert.Equal("idea", draft.Slug);
    }

    [Fact]
    public void A_draft_without_a_date_takes_the_file_time()
    {
        _site.With("_drafts/idea.md", "---\n---\nx\n");
        var time = new DateTime(2023, 6, 7, 8, 9, 10, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Source, "_drafts/idea.md"), time);

        var draft = Assert.Single(_site.Read(_site.Options with { Drafts = true }).Posts);

        Assert.Equal(new DateTimeOffset(time), draft.Date);
        Assert.Equal("/2023/06/07/idea.html", draft.Url);
    }

    [Fact]
    public void A_file_with_front_matter_is_a_page()
    {
        _site.With("about.md", "---\ntitle: About\n---\nHi\n");

        var content = _site.Read();

        Assert.Equal("about.md", Assert.Single(content.Pages).RelativePath);
        Assert.Empty(content.StaticFiles);
    }

    [Theory]
    [InlineData("feed.xml")]
    [InlineData("robots.txt")]
    [InlineData("page.html")]
    public void Any_extension_with_front_matter_is_a_page(string name)
    {
        _site.With(name, "---\n---\nx\n");

        Assert.Single(_site.Read().Pages);
    }

    [Fact]
    public void A_file_without_front_matter_is_a_static_file_even_if_it_is_markdown()
    {
        _site.With("notes.md", "# Notes\n");

        var file = Assert.Single(_site.Read().StaticFiles);

        Assert.Equal("notes.md", file.OutputPath);
        Assert.Equal("/notes.md", file.Url);
    }

    [Fact]
    public void A_byte_order_mark_before_the_front_matter_makes_a_static_file_as_in_Jekyll()
    {
        _site.With("bom.md", "\uFEFF---\n---\nx\n");

        Assert.Single(_site.Read().StaticFiles);
    }

    [Theory]
    [InlineData("_hidden.md")]
    [InlineData(".secret")]
    [InlineData("#temp.md")]
    [InlineData("~lock")]
    [InlineData("backup.md~")]
    [InlineData("_private/page.md")]
    [InlineData(".git/config")]
    public void Underscore_dot_and_backup_entries_are_skipped(string path)
    {
        _site.With(path, "---\n---\nx\n");

        Assert.Empty(Outputs(_site.Read()));
    }

    [Fact]
    public void Include_brings_back_a_skipped_entry()
    {
        _site.WithConfig("include: [_redirects]\n").With("_redirects", "/a /b\n");

        Assert.Contains("_redirects", Outputs(_site.Read()));
    }

    [Fact]
    public void Htaccess_is_included_by_default()
    {
        _site.With(".htaccess", "x\n");

        Assert.Equal([".htaccess"], Outputs(_site.Read()));
    }

    [Theory]
    [InlineData("scripts", "scripts/build.sh")]
    [InlineData("scripts/", "scripts/build.sh")]
    [InlineData("*.log", "deep/er/debug.log")]
    [InlineData("README.md", "README.md")]
    public void Exclude_patterns_remove_entries(string pattern, string path)
    {
        _site.WithConfig($"exclude: [\"{pattern}\"]\n").With(path, "x\n").With("kept.txt", "x\n");

        Assert.Equal(["kept.txt"], Outputs(_site.Read()).Where(o => o != "_config.yml"));
    }

    [Theory]
    [InlineData("Gemfile")]
    [InlineData("Gemfile.lock")]
    [InlineData("node_modules/x/index.js")]
    [InlineData("vendor/bundle/gem.rb")]
    public void Jekyll_default_excludes_are_skipped(string path)
    {
        _site.With(path, "x\n");

        Assert.Empty(Outputs(_site.Read()));
    }

    [Fact]
    public void The_destination_folder_inside_the_source_is_skipped()
    {
        _site.With("_site/index.html", "---\n---\nold\n").With("public/old.html", "old\n");

        var content = _site.Read(_site.Options with { Destination = Path.Combine(_site.Source, "public") });

        Assert.Empty(Outputs(content));
    }

    [Fact]
    public void The_config_file_is_not_part_of_the_output_because_it_starts_with_an_underscore()
    {
        _site.WithConfig("title: x\n");

        Assert.Empty(Outputs(_site.Read()));
    }

    [Fact]
    public void Static_files_keep_their_path_and_modification_time()
    {
        _site.With("assets/img/logo.png", "png");
        var time = new DateTime(2022, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(_site.Source, "assets/img/logo.png"), time);

        var file = Assert.Single(_site.Read().StaticFiles);

        Assert.Equal(("assets/img/logo.png", "/assets/img/logo.png"), (file.OutputPath, file.Url));
        Assert.Equal(new DateTimeOffset(time), file.ModifiedTime);
    }

    [Fact]
    public void Defaults_can_unpublish_static_files()
    {
        _site.WithConfig("defaults:\n  - scope: { path: drafts-assets }\n    values: { published: false }\n")
            .With("drafts-assets/a.png", "x").With("assets/b.png", "x");

        Assert.Equal(["assets/b.png"], _site.Read().StaticFiles.Select(f => f.OutputPath));
    }
}
