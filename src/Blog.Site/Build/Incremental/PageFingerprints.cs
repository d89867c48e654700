using System.Collections.Concurrent;
using Blog.Site.Content;
using Blog.Site.Outputs.Images;
using Blog.Site.Rendering;
using Blog.Site.Rendering.Sass;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// The fingerprint of every planned page: a hash of everything its output depends on. Its own document and the config
/// always; its pager's place; and what its last render read (<see cref="PageReads"/>, recorded while it rendered) with
/// what its output declared it reads (<see cref="PlannedPage.Inputs"/>): each layout and include by name, each
/// <c>_data</c> entry, <c>site.time</c>, each local image shown, the static files' bytes, a document's neighbours, or the whole site's listing
/// (every document's front matter and URL). Other documents' bodies count when the render read another document's
/// content or excerpt (a listing's then are every document's); what rendering those read, the page read too. With the
/// same inputs a render reads the same, so two builds give a page the same fingerprint only when its output would be
/// the same. A new input is a <see cref="SiteInput"/> kind, recorded where it is read and hashed in <see cref="Of(PlannedPage, PageInputs)"/>.
/// </summary>
public sealed class PageFingerprints
{
    private readonly SiteContent _content;
    private readonly DocumentHashes _documents;
    private readonly Shared _hashes;
    private readonly Lazy<string> _listingBodies;
    private readonly ConcurrentDictionary<int, string> _shared = new();

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
            new(StringComparer.Ordinal),
            new ImageFingerprints(content, staticFileHash),
            new(() => Places(content))))
    {
    }

    private PageFingerprints(SiteContent content, DocumentHashes documents, Shared hashes)
    {
        _content = content;
        _documents = documents;
        _hashes = hashes;
        // The templates and data the documents' contents read are recorded with the reads of the page that showed them.
        _listingBodies = new(() => new ContentHash(documents.Full).Add(DocumentsRead(content)).Finish());
    }

    /// <summary>
    /// The fingerprints of <paramref name="content"/>, which differs from this one's by documents' bodies only: the
    /// config, templates, data, static files and every document's metadata are the same, and so are their hashes.
    /// </summary>
    public PageFingerprints WithEditedBodies(SiteContent content) => new(content, _documents, _hashes);

    /// <summary>The hashes that stay while only documents' bodies change, each layout, include and data entry's made when first asked.</summary>
    /// <param name="Places">Where each post and collection document is in its list: an edit of bodies keeps every list's order.</param>
    private sealed record Shared(string Config, string Templates, string Data, Lazy<string> Assets, string Listing,
        ConcurrentDictionary<string, string> Inputs, ImageFingerprints Images, Lazy<Dictionary<string, (int List, int Index)>> Places);

    private static IEnumerable<Document> DocumentsRead(SiteContent content) =>
        content.Posts.Concat(content.Pages).Concat(content.Collections.SelectMany(c => c.Documents));

    public string Config => _hashes.Config;
    /// <summary>Every layout and include.</summary>
    public string Templates => _hashes.Templates;
    /// <summary>Every <c>_data</c> entry.</summary>
    public string Data => _hashes.Data;
    /// <summary>Every page's front matter and URL, and the static files' paths.</summary>
    public string Listing => _hashes.Listing;
    /// <summary>Every page's body (what rendering one read is recorded with the reads of the page that showed it).</summary>
    public string ListingBodies => _listingBodies.Value;

    /// <summary>
    /// What the page's fingerprint is made of besides its own document's fields and each named input's hash (config,
    /// listings..., its neighbours): when a later build finds the same, with the same document record and the same
    /// templates and data, the fingerprint is the same.
    /// </summary>
    /// <param name="reads">What the page's last render read.</param>
    public PageInputs InputsOf(PlannedPage page, PageReads reads)
    {
        var (listing, time, assets, allData) = (false, false, false, false);
        List<Document?>? neighbours = null;
        ContentHash? images = null;
        foreach (var input in reads.Inputs.Concat(page.Inputs))
        {
            switch (input)
            {
                case SiteInput.Listing: listing = true; break;
                case SiteInput.Time: time = true; break;
                case SiteInput.Assets: assets = true; break;
                case SiteInput.AllData: allData = true; break;
                // The image's bytes (its size and versions are in the page); a static file edit keeps the page's reads.
                case [SiteInput.ImageKind, .. var path]: (images ??= new ContentHash()).Add(path).Add(_hashes.Images.HashOf(path)); break;
                case [SiteInput.NeighboursKind, .. var path]:
                    var (before, after) = NeighboursOf(path);
                    (neighbours ??= []).Add(before);
                    neighbours.Add(after);
                    break;
            }
        }
        var bodies = listing && reads.Bodies;
        // Pages that read the same kinds of things share one string (a handful per build).
        var key = (allData ? 1 : 0) | (time ? 2 : 0) | (assets ? 4 : 0) | (listing ? 8 : 0) | (bodies ? 16 : 0);
        var shared = _shared.GetOrAdd(key, _ => string.Concat(Config,
            allData ? Data : "", time ? _content.Settings.Time.ToString("O") : "", assets ? _hashes.Assets.Value : "",
            listing ? Listing : "", bodies ? ListingBodies : ""));
        return new PageInputs(page.Document, page.Pager, reads, page.Inputs, neighbours ?? NoNeighbours, Templates, Data, shared, bodies, images?.Finish() ?? "");
    }

    private static readonly IReadOnlyList<Document?> NoNeighbours = [];

    /// <summary>The page's fingerprint from its <see cref="InputsOf">inputs</see>, or null when it must always be rendered.</summary>
    public string? Of(PlannedPage page, PageInputs inputs)
    {
        var document = page.Document;
        // A stylesheet reads partials, and include_relative a file, that nothing here hashes: such a page is rendered every time.
        if (SassSyntax.IsSass(document.Extension) || inputs.Reads.Contains(SiteInput.RelativeFile)) return null;

        var hash = new ContentHash().Add(inputs.Shared).Add(_documents.Full(document));
        if (page.Pager is { } pager)
            hash.Add(pager.Page).Add(pager.TotalPages).Add(pager.PreviousPagePath).Add(pager.NextPagePath);
        foreach (var input in inputs.Reads.Inputs.Concat(inputs.Declared))
        {
            switch (input)
            {
                case [SiteInput.LayoutKind, .. var name]:
                    hash.Add(input).Add(InputHash(input, () => _content.Layouts.GetValueOrDefault(name)));
                    break;
                case [SiteInput.IncludeKind, .. var name]:
                    hash.Add(input).Add(InputHash(input, () => _content.Includes.GetValueOrDefault(name)));
                    break;
                case [SiteInput.DataKind, ':', .. var key]:
                    hash.Add(input).Add(InputHash(input, () => _content.Data.GetValueOrDefault(key)));
                    break;
            }
        }
        // A neighbour's content, when shown, renders through templates its render recorded with this page's reads.
        foreach (var neighbour in inputs.Neighbours)
            hash.Add(neighbour is null ? null : inputs.Reads.Bodies ? _documents.Full(neighbour) : _documents.Metadata(neighbour));
        return hash.Add(inputs.Images).Finish();
    }

    private string InputHash(string input, Func<object?> value) => _hashes.Inputs.GetOrAdd(input, _ => ContentHash.Of(value()));

    /// <summary>
    /// A document's neighbours as <c>page.previous</c> and <c>page.next</c> show them: a post's previous is the older post
    /// (the list is newest first), a collection document's the one before it. Null and null for any other document.
    /// </summary>
    private (Document? Before, Document? After) NeighboursOf(string path)
    {
        if (!_hashes.Places.Value.TryGetValue(path, out var place)) return default;
        var (list, i) = place;
        if (list < 0) return (At(_content.Posts, i + 1), At(_content.Posts, i - 1));
        var documents = _content.Collections[list].Documents;
        return (At(documents, i - 1), At(documents, i + 1));
    }

    private static Document? At(IReadOnlyList<Document> documents, int i) => i >= 0 && i < documents.Count ? documents[i] : null;

    /// <summary>Each post's place in the posts (list -1) and each collection document's in its collection (list = the collection's index).</summary>
    private static Dictionary<string, (int List, int Index)> Places(SiteContent content)
    {
        var places = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < content.Posts.Count; i++) places[content.Posts[i].RelativePath] = (-1, i);
        for (var list = 0; list < content.Collections.Count; list++)
        {
            var documents = content.Collections[list].Documents;
            for (var i = 0; i < documents.Count; i++) places[documents[i].RelativePath] = (list, i);
        }
        return places;
    }
}

/// <summary>
/// What a page's fingerprint was made of besides its own document's fields and each named input's hash: when a later
/// build finds the same document record, pager, reads, neighbours, templates, data and shared inputs, the page's
/// fingerprint is the one computed before.
/// </summary>
/// <param name="Reads">What its last render read.</param>
/// <param name="Declared">What its output declared it reads (<see cref="PlannedPage.Inputs"/>).</param>
/// <param name="Neighbours">The neighbours (or null) of each document whose neighbours it read, two by two.</param>
/// <param name="Templates">Every layout and include (the page's fingerprint has only those it read).</param>
/// <param name="Data">Every data entry (the page's fingerprint has only those it read).</param>
/// <param name="Shared">The config and, as the page reads them, all data, time, assets and listings.</param>
/// <param name="Images">The hashes of the images its render showed (<see cref="ImageFingerprints"/>); "" for none.</param>
/// <param name="ListsBodies">The page lists documents and read their contents or excerpts: any document's body counts.</param>
public sealed record PageInputs(Document Document, Pager? Pager, PageReads Reads, IReadOnlyList<string> Declared, IReadOnlyList<Document?> Neighbours,
    string Templates, string Data, string Shared, bool ListsBodies, string Images)
{
    public bool SameAs(PageInputs other) =>
        ReferenceEquals(Document, other.Document) && Equals(Pager, other.Pager) && ReferenceEquals(Reads, other.Reads)
        && ReferenceEquals(Declared, other.Declared) && Neighbours.Count == other.Neighbours.Count
        && Neighbours.Zip(other.Neighbours).All(n => ReferenceEquals(n.First, n.Second))
        && Templates == other.Templates && Data == other.Data && Shared == other.Shared && Images == other.Images;
}
