using Blog.Cli.Commands;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Authoring;

public class PublishDraftTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 22, 30, 5, TimeSpan.FromHours(1));

    [Fact]
    public async Task Publishing_moves_the_draft_into_posts_with_todays_date_in_name_and_front_matter()
    {
        using var site = new TempSite().With("_drafts/my-draft.md", "---\nlayout: post\ntitle: \"Mine\"\n---\nBody\n");

        var post = await PublishDraft.PublishAsync(Path.Combine(site.Source, "_drafts/my-draft.md"), "my-draft.md", Now, CancellationToken.None);

        Assert.Equal(Path.Combine(site.Source, "_posts", "2026-11-27-my-draft.md"), post);
        Assert.Equal("---\nlayout: post\ntitle: \"Mine\"\ndate: 2026-11-27 22:30:05 +0100\n---\nBody\n", File.ReadAllText(post));
        Assert.False(File.Exists(Path.Combine(site.Source, "_drafts/my-draft.md")));
    }

    [Fact]
    public void An_existing_date_is_replaced_not_repeated()
    {
        var text = PublishDraft.WithDate("---\ntitle: T\ndate: 2020-01-01\ntags: [a]\n---\nBody date: stays\n", "2026-11-27 22:30:05 +0100");

        Assert.Equal("---\ntitle: T\ndate: 2026-11-27 22:30:05 +0100\ntags: [a]\n---\nBody date: stays\n", text);
    }

    [Fact]
    public void A_draft_without_front_matter_gets_one_with_the_date()
    {
        Assert.Equal("---\ndate: D\n---\nBody\n", PublishDraft.WithDate("Body\n", "D"));
    }

    [Fact]
    public async Task A_missing_draft_is_a_positioned_error()
    {
        using var site = new TempSite();

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() =>
            PublishDraft.PublishAsync(Path.Combine(site.Source, "_drafts/nope.md"), "input/_drafts/nope.md", Now, CancellationToken.None));

        Assert.Equal("input/_drafts/nope.md:0:0: no such draft", failed.Errors.Single().ToString());
    }

    [Fact]
    public async Task A_file_outside_a_drafts_folder_is_refused()
    {
        using var site = new TempSite().With("notes/x.md", "x");

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() =>
            PublishDraft.PublishAsync(Path.Combine(site.Source, "notes/x.md"), "notes/x.md", Now, CancellationToken.None));

        Assert.Contains("is not in a _drafts folder", failed.Message);
        Assert.True(File.Exists(Path.Combine(site.Source, "notes/x.md")));
    }

    [Fact]
    public async Task Publishing_over_an_existing_post_is_refused_and_keeps_the_draft()
    {
        using var site = new TempSite().With("_drafts/x.md", "draft").With("_posts/2026-11-27-x.md", "post");

        await Assert.ThrowsAsync<BuildFailedException>(() =>
            PublishDraft.PublishAsync(Path.Combine(site.Source, "_drafts/x.md"), "x.md", Now, CancellationToken.None));

        Assert.Equal("draft", File.ReadAllText(Path.Combine(site.Source, "_drafts/x.md")));
        Assert.Equal("post", File.ReadAllText(Path.Combine(site.Source, "_posts/2026-11-27-x.md")));
    }
}
