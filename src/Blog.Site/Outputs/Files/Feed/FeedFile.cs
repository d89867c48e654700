using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Files.Feed;

/// <summary>
/// jekyll-feed's <c>feed.xml</c>: the posts it lists are chosen once, and are both what it writes and what its
/// fingerprint is made of.
/// </summary>
public sealed class FeedFile(SiteSettings settings, IReadOnlyList<Document> posts) : IGeneratedFile
{
    private readonly IReadOnlyList<Document> _posts = AtomFeed.SelectPosts(settings, posts);

    public string OutputPath { get; } = AtomFeed.OutputPath(settings);

    public string Source => "(feed)";

    public string? Fingerprint(GeneratedFileInputs inputs)
    {
        var hash = new ContentHash().Add(inputs.Config).Add(settings.Time).Add(inputs.Data);
        foreach (var post in _posts)
        {
            // A post's page fingerprint covers everything its content and excerpt are rendered from.
            if (inputs.PageOf(post) is not { } page) return null;
            hash.Add(post.OutputPath).Add(page);
        }
        return hash.Finish();
    }

    public async ValueTask<FileContent> WriteAsync(SiteRenderer renderer, CancellationToken cancellationToken)
    {
        var entries = new List<FeedEntry>(_posts.Count);
        foreach (var post in _posts)
            entries.Add(new FeedEntry(post, await renderer.RenderContentAsync(post, cancellationToken),
                await renderer.RenderExcerptAsync(post, cancellationToken)));
        return AtomFeed.Write(settings, entries);
    }
}
