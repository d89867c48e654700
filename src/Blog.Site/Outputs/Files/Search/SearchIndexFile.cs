using System.Collections.Concurrent;
using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// The search index (<c>search_index:</c> in the config, <see cref="SearchSettings"/>): every post the build writes, newest
/// first, with its title, URL, date, categories, tags, headings, the start of its text and its most frequent words
/// (<see cref="SearchIndexJson"/>). Each post's part is taken from its content as its page renders
/// (<see cref="IReadsRenderedContent"/>); it is made of the config, the listing (front matter and URLs) and each post's
/// page fingerprint. A post with <c>search: false</c> in its front matter is left out.
/// </summary>
/// <param name="written">Every document the build writes.</param>
public sealed class SearchIndexFile(SiteSettings settings, IReadOnlyList<Document> posts, IReadOnlyList<Document> written) : IReadsRenderedContent
{
    private readonly IReadOnlyList<Document> _posts = Indexed(posts, written);
    private readonly SearchSettings _options = settings.Search;
    private readonly PostJsonEncoder _encoder = new();
    private readonly ConcurrentDictionary<string, PostJson> _texts = new(StringComparer.Ordinal);

    public string OutputPath => _options.Path;

    public string Source => "(search index)";

    public string? Fingerprint(GeneratedFileInputs inputs)
    {
        var hash = new ContentHash().Add(inputs.Config).Add(inputs.Listing);
        foreach (var post in _posts)
        {
            if (inputs.PageOf(post) is not { } page) return null;
            hash.Add(post.OutputPath).Add(page);
        }
        return hash.Finish();
    }

    public void KeepFrom(IGeneratedFile previous)
    {
        if (previous is not SearchIndexFile { } kept || kept.OutputPath != OutputPath || kept._options != _options) return;
        foreach (var (path, text) in kept._texts) _texts.TryAdd(path, text);
    }

    public void Read(Document document, string content)
    {
        if (document.IsPost) _texts[document.OutputPath] = _encoder.Encode(PostText.Of(content, _options));
    }

    public async ValueTask<FileContent> WriteAsync(SiteRenderer renderer, CancellationToken cancellationToken)
    {
        var entries = new List<(Document, PostJson)>(_posts.Count);
        foreach (var post in _posts)
            // A post whose page no build has rendered yet (search was just turned on without a change of its pages' inputs).
            entries.Add((post, _texts.TryGetValue(post.OutputPath, out var text)
                ? text
                : _encoder.Encode(PostText.Of(await renderer.RenderContentAsync(post, cancellationToken), _options))));
        return FileContent.Utf8(SearchIndexJson.Write(settings, entries));
    }

    /// <summary>The posts written, newest first (posts of one date in the order of their paths), but those that opt out.</summary>
    private static IReadOnlyList<Document> Indexed(IReadOnlyList<Document> posts, IReadOnlyList<Document> written)
    {
        var writes = written.Select(d => d.OutputPath).ToHashSet(StringComparer.Ordinal);
        return posts.Where(p => writes.Contains(p.OutputPath) && !DataValues.IsFalse(DataValues.Get(p.Data, "search")))
            .OrderByDescending(p => p.Date).ThenBy(p => p.RelativePath, StringComparer.Ordinal).ToList();
    }
}
