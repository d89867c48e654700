using Blog.Site.Diagnostics;

namespace Blog.Site.Content;

public enum DocumentKind { Post, Draft, Page, Generated, CollectionDoc }

/// <summary>
/// One input file that is rendered (a post, draft, page, or a page a stage generates such as a feed or an
/// archive). Immutable: stages make new records with <c>with</c>.
/// </summary>
public sealed record Document
{
    /// <summary>Path relative to the source folder with forward slashes, e.g. <c>_posts/2024-02-14-x.md</c>.</summary>
    public required string RelativePath { get; init; }
    /// <summary>Absolute path of the file, or null for a generated document.</summary>
    public string? FullPath { get; init; }
    public required DocumentKind Kind { get; init; }

    /// <summary>Front matter after defaults were applied; keys as written.</summary>
    public required IReadOnlyDictionary<string, object?> Data { get; init; }
    /// <summary>The text after the front matter.</summary>
    public required string Body { get; init; }
    /// <summary>1-based line in the file where <see cref="Body"/> starts, so errors in the body point at the file's line.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>File extension of the source (<c>.md</c>, <c>.markdown</c>, <c>.html</c>, <c>.xml</c>...): decides whether Markdown runs.</summary>
    public required string Extension { get; init; }

    public string? Title { get; init; }
    /// <summary>Date in the site's zone; for pages without a date, the build time.</summary>
    public DateTimeOffset Date { get; init; }
    public string Slug { get; init; } = "";
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Layout name, or null for none (<c>layout: null</c>/<c>none</c>).</summary>
    public string? Layout { get; init; }

    /// <summary>The URL path (no base URL), e.g. <c>/devops/2024/02/14/comparing.html</c> or <c>/about/</c>.</summary>
    public required string Url { get; init; }
    /// <summary>Path relative to the destination, e.g. <c>devops/2024/02/14/comparing.html</c> or <c>about/index.html</c>.</summary>
    public required string OutputPath { get; init; }
    /// <summary>Jekyll's <c>page.id</c> for posts (<c>/2024/02/14/slug</c>), empty for pages.</summary>
    public string Id { get; init; } = "";

    /// <summary>For a document of a custom collection (<see cref="DocumentKind.CollectionDoc"/>), its collection.</summary>
    public Config.CollectionSettings? Collection { get; init; }

    public bool IncludeInSitemap { get; init; } = true;
    public string? ExcerptSeparator { get; init; }

    public SourcePosition Position(int bodyLine = 1, int column = 0) =>
        new(RelativePath, BodyLine + bodyLine - 1, column);

    public bool IsPost => Kind is DocumentKind.Post or DocumentKind.Draft;

    /// <summary>Posts, drafts and collection documents: what Jekyll makes a <c>Document</c> (with a date, an excerpt, a collection).</summary>
    public bool IsCollectionDocument => IsPost || Kind == DocumentKind.CollectionDoc;

    /// <summary>Jekyll's <c>collection</c> label: <c>posts</c> for posts and drafts, the collection's for its documents, else null.</summary>
    public string? CollectionLabel => IsPost ? "posts" : Collection?.Label;
}

/// <summary>A file copied to the output byte for byte.</summary>
/// <param name="Collection">The custom collection the file lies in; it is written only when the collection is output.</param>
public sealed record StaticFile(string RelativePath, string FullPath, string Url, string OutputPath, DateTimeOffset ModifiedTime,
    Config.CollectionSettings? Collection = null)
{
    /// <summary>Jekyll's <c>StaticFile#write?</c> (for the published ones read): files of a collection only when it is output.</summary>
    public bool IsWritten => Collection is null || Collection.Output;
}

/// <summary>A layout or include: its name, the file it came from and its template text (after front matter).</summary>
public sealed record TemplateFile(string Name, string RelativePath, string FullPath, IReadOnlyDictionary<string, object?> Data, string Body, int BodyLine);
