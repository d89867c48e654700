using System.Collections.Concurrent;
using Blog.Site.Content;
using Blog.Site.Outputs.Images;
using Blog.Site.Rendering.Sass;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// The fingerprint of every planned page: a hash of everything its output can depend on. Its own document and
/// the config always; its layout chain and the includes they reach; and, when its Liquid reads them, the data
/// files, <c>site.time</c>, its older and newer posts, or the whole site's listing: every document's front matter
/// and URL (what <c>site.posts</c>, categories, tags and the paginator expose). Generated and paginated pages are
/// listings by nature. Other documents' bodies (of its neighbours, or every document's for a listing) count only when
/// its last render read another document's content or excerpt (recorded while it rendered, see
/// <see cref="Rendering.ValueReads.Bodies"/>): with the same inputs a render reads the same, so a page that did not
/// cannot show them. Two builds give a page the same fingerprint only when its output would be the same.
/// </summary>
public sealed class PageFingerprints
{
    private readonly SiteContent _content;
    private readonly DocumentHashes _documents;
    private readonly ConcurrentDictionary<string, TemplateFeatures> _chainFeatures;
    private readonly ConcurrentDictionary<string, string> _chainHashes;
    private readonly ConcurrentDictionary<string, TemplateFeatures> _includeFeatures;
    private readonly ConcurrentDictionary<string, string> _includeHashes;
    private readonly Lazy<Dictionary<Document, int>> _postIndex;
    private readonly Lazy<Dictionary<Document, (IReadOnlyList<Document> Documents, int Index)>> _collectionIndex;
    private readonly Lazy<string> _assets;
    private readonly Lazy<string> _listingBodies;
    private readonly ConcurrentDictionary<int, string> _shared = new();
    private readonly ImageFingerprints? _images;

    /// <param name="documents">Hashes of the documents, kept between the builds of a session.</param>
    /// <param name="staticFileHash">The hash of a static file's bytes.</param>
    public PageFingerprints(SiteContent content, DocumentHashes documents, Func<StaticFile, string> staticFileHash)
        : this(content, documents, new Shared(
            ContentHash.Of(content.Settings.Values, content.Settings.Drafts, content.Settings.Future, content.Settings.Unpublished),
            ContentHash.Of(
                content.Layouts.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value),
                content.Includes.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value)),
            ContentHash.Of(content.Data),
            new(() => ContentHash.Of(content.StaticFiles.Select(f => f.OutputPath + ":" + staticFileHash(f)))),
            // The source's documents: generated pages (archives, pagers) follow from them and the config.
            new ContentHash(documents.Metadata).Add(DocumentsRead(content)).Add(content.StaticFiles.Select(f => f.OutputPath)).Finish(),
            new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal), new(StringComparer.Ordinal),
            ImageFingerprints.For(content, staticFileHash)))
    {
    }

    private PageFingerprints(SiteContent content, DocumentHashes documents, Shared shared)
    {
        _content = content;
        _documents = documents;
        (Config, Templates, Data, _assets, Listing) = (shared.Config, shared.Templates, shared.Data, shared.Assets, shared.Listing);
        (_chainFeatures, _chainHashes, _includeFeatures, _includeHashes) = (shared.ChainFeatures, shared.ChainHashes, shared.IncludeFeatures, shared.IncludeHashes);
        _images = shared.Images;
        _postIndex = new(() =>
        {
            var index = new Dictionary<Document, int>(content.Posts.Count, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < content.Posts.Count; i++) index[content.Posts[i]] = i;
            return index;
        });
        _collectionIndex = new(() =>
        {
            var index = new Dictionary<Document, (IReadOnlyList<Document>, int)>(ReferenceEqualityComparer.Instance);
            foreach (var collection in content.Collections)
                for (var i = 0; i < collection.Documents.Count; i++) index[collection.Documents[i]] = (collection.Documents, i);
            return index;
        });
        // A listing that shows contents shows them through the site's templates and data.
        _listingBodies = new(() => new ContentHash(documents.Full).Add(DocumentsRead(content)).Add(Templates).Add(Data).Finish());
    }

    /// <summary>
    /// The fingerprints of <paramref name="content"/>, which differs from this one's by documents' bodies only: the
    /// config, templates, data, static files and every document's metadata are the same, and so are their hashes.
    /// </summary>
    public PageFingerprints WithEditedBodies(SiteContent content) => new(content, _documents,
        new Shared(Config, Templates, Data, _assets, Listing, _chainFeatures, _chainHashes, _includeFeatures, _includeHashes, _images));

    private sealed record Shared(string Config, string Templates, string Data, Lazy<string> Assets, string Listing,
        ConcurrentDictionary<string, TemplateFeatures> ChainFeatures, ConcurrentDictionary<string, string> ChainHashes,
        ConcurrentDictionary<string, TemplateFeatures> IncludeFeatures, ConcurrentDictionary<string, string> IncludeHashes, ImageFingerprints? Images);

    private static IEnumerable<Document> DocumentsRead(SiteContent content) =>
        content.Posts.Concat(content.Pages).Concat(content.Collections.SelectMany(c => c.Documents));

    public string Config { get; }
    public string Templates { get; }
    public string Data { get; }
    /// <summary>Every page's front matter and URL, and the static files' paths.</summary>
    public string Listing { get; }
    /// <summary>Every page's body, with the templates and data that render it.</summary>
    public string ListingBodies => _listingBodies.Value;

    /// <summary>The page's fingerprint, or null when it must always be rendered (it reads files by relative path).</summary>
    /// <param name="readsBodies">Whether the page's last render read another document's content or excerpt (true when unknown).</param>
    public string? Of(PlannedPage page, bool readsBodies) => Of(page, InputsOf(page, readsBodies));

    /// <summary>
    /// What the page's fingerprint is made of besides its own document's fields (config, templates, listings...,
    /// and its neighbours): when a later build finds the same, with the same document record, the fingerprint is the same.
    /// </summary>
    /// <param name="readsBodies">Whether the page's last render read another document's content or excerpt (true when unknown).</param>
    public PageInputs InputsOf(PlannedPage page, bool readsBodies)
    {
        var document = page.Document;
        var features = Features(document);
        var (older, newer) = features.Neighbours ? Neighbours(document) : (null, null);
        var listing = features.Listing || document.Kind == DocumentKind.Generated || page.Pager is not null ||
                      _content.Collections.Any(c => features.Members.Contains(c.Settings.Label));
        var bodies = listing && readsBodies;
        // Pages that read the same kinds of things share one string (a handful per build).
        var key = (features.Data ? 1 : 0) | (features.Time ? 2 : 0) | (features.Assets ? 4 : 0) | (listing ? 8 : 0) | (bodies ? 16 : 0);
        var shared = _shared.GetOrAdd(key, _ => string.Concat(Config,
            features.Data ? Data : "", features.Time ? _content.Settings.Time.ToString("O") : "", features.Assets ? _assets.Value : "",
            listing ? Listing : "", bodies ? ListingBodies : ""));
        // Its images' sizes and versions; another document's content it shows may show any image.
        var images = _images is null ? "" : ContentHash.Of(_images.Of(document), readsBodies ? _assets.Value : "");
        return new PageInputs(document, page.Pager, older, newer, Templates, shared, bodies, readsBodies, images);
    }

    /// <summary>The page's fingerprint from its <see cref="InputsOf">inputs</see>, or null when it must always be rendered.</summary>
    public string? Of(PlannedPage page, PageInputs inputs)
    {
        var document = page.Document;
        var features = Features(document);
        // A stylesheet reads partials the fingerprint does not know of: it is compiled every time.
        if (features.Uncacheable || SassSyntax.IsSass(document.Extension)) return null;

        var hash = new ContentHash().Add(inputs.Shared).Add(_documents.Full(document));
        if (page.Pager is { } pager)
            hash.Add(pager.Page).Add(pager.TotalPages).Add(pager.PreviousPagePath).Add(pager.NextPagePath);
        hash.Add(ChainHash(document.Layout));
        if (features.DynamicInclude) hash.Add(Templates);
        else foreach (var include in features.Includes.Order(StringComparer.Ordinal)) hash.Add(include).Add(IncludeHash(include));
        if (features.Neighbours && inputs.ReadsBodies)
            // A neighbour's content renders through its own templates: those count too.
            hash.Add(inputs.Older is null ? null : _documents.Full(inputs.Older)).Add(inputs.Newer is null ? null : _documents.Full(inputs.Newer)).Add(Templates);
        else if (features.Neighbours)
            hash.Add(inputs.Older is null ? null : _documents.Metadata(inputs.Older)).Add(inputs.Newer is null ? null : _documents.Metadata(inputs.Newer));
        return hash.Add(inputs.Images).Finish();
    }

    private (Document? Older, Document? Newer) Neighbours(Document document) =>
        document.Collection is not null ? CollectionNeighbours(document) :
        _postIndex.Value.TryGetValue(document, out var i)
            ? (i + 1 < _content.Posts.Count ? _content.Posts[i + 1] : null, i > 0 ? _content.Posts[i - 1] : null)
            : (null, null);

    /// <summary>A custom collection's document's previous and next in its collection (<c>page.previous</c>, <c>page.next</c>).</summary>
    private (Document? Previous, Document? Next) CollectionNeighbours(Document document)
    {
        if (!_collectionIndex.Value.TryGetValue(document, out var at)) return (null, null);
        var (documents, i) = at;
        return (i > 0 ? documents[i - 1] : null, i + 1 < documents.Count ? documents[i + 1] : null);
    }

    /// <summary>The union of what the document's body, its layout chain and every include they reach can read.</summary>
    private TemplateFeatures Features(Document document)
    {
        var own = _documents.Features(document);
        var chain = _chainFeatures.GetOrAdd(document.Layout ?? "", name => WithIncludes(LayoutChain(name).Aggregate(TemplateFeatures.None,
            (features, layout) => features.Union(TemplateFeatures.Scan(layout.Body)))));
        return own.IsEmpty ? chain : WithIncludes(own.Union(chain));
    }

    private TemplateFeatures WithIncludes(TemplateFeatures features)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(features.Includes);
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name) || !_content.Includes.TryGetValue(name, out var include)) continue;
            var reached = _includeFeatures.GetOrAdd(name, _ => TemplateFeatures.Scan(include.Body));
            features = features.Union(reached);
            foreach (var next in reached.Includes) pending.Enqueue(next);
        }
        return features;
    }

    private string ChainHash(string? layout) =>
        layout is null ? "" : _chainHashes.GetOrAdd(layout, name => ContentHash.Of(LayoutChain(name)));

    private string IncludeHash(string name) =>
        _includeHashes.GetOrAdd(name, n => ContentHash.Of(_content.Includes.GetValueOrDefault(n)));

    private IEnumerable<TemplateFile> LayoutChain(string? first)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var name = first; name is not null && seen.Add(name) && _content.Layouts.TryGetValue(name, out var layout);
             name = layout.Data.GetValueOrDefault("layout") as string)
            yield return layout;
    }
}

/// <summary>
/// What a page's fingerprint was made of besides its own document's fields: when a later build finds the same
/// document record, pager, neighbours and shared inputs, the page's fingerprint is the one computed before.
/// </summary>
/// <param name="Templates">Every layout and include (the page's fingerprint has only those it reaches).</param>
/// <param name="Shared">The config and, as the page reads them, data, time, assets and listings.</param>
/// <param name="ListsBodies">The page lists documents and read their contents or excerpts: any document's body counts.</param>
/// <param name="ReadsBodies">The page read another document's content or excerpt (as its last render recorded).</param>
/// <param name="Images">The hashes of the images it shows (<see cref="ImageFingerprints"/>); "" when the site makes no image versions.</param>
public sealed record PageInputs(Document Document, Pager? Pager, Document? Older, Document? Newer, string Templates, string Shared, bool ListsBodies,
    bool ReadsBodies, string Images = "")
{
    public bool SameAs(PageInputs other) =>
        ReferenceEquals(Document, other.Document) && Equals(Pager, other.Pager) && ReferenceEquals(Older, other.Older)
        && ReferenceEquals(Newer, other.Newer) && Templates == other.Templates && Shared == other.Shared && ReadsBodies == other.ReadsBodies
        && Images == other.Images;
}
