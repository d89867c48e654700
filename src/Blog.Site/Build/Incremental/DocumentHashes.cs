using System.Collections.Concurrent;
using Blog.Site.Content;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// The hashes of documents, computed once per document: a session's unchanged documents are the same records from
/// build to build, so a rebuild hashes only the documents it read again. <see cref="Metadata"/> leaves the body out
/// (what a listing shows); <see cref="Full"/> has it. A document nested in another's front matter (an archive's
/// posts) counts only by its place (the page is a listing, whose fingerprint has every document's metadata). Plain dictionaries by reference, not weak tables: a weak table's entries cost every
/// garbage collection, and <see cref="Retain"/> drops the documents a build no longer has.
/// </summary>
public sealed class DocumentHashes
{
    private ConcurrentDictionary<Document, Hashes> _hashes = new(ReferenceEqualityComparer.Instance);

    private sealed record Hashes(string Metadata, string Full);

    public string Metadata(Document document) => Of(document).Metadata;

    public string Full(Document document) => Of(document).Full;

    /// <summary>Forgets every document but <paramref name="documents"/> (and those in their front matter), once a build is done.</summary>
    public void Retain(IEnumerable<Document> documents)
    {
        var hashes = new ConcurrentDictionary<Document, Hashes>(ReferenceEqualityComparer.Instance);
        foreach (var document in documents)
            if (_hashes.TryGetValue(document, out var hash)) hashes[document] = hash;
        _hashes = hashes;
    }

    /// <summary>Forgets <paramref name="documents"/>, once a build no longer has them.</summary>
    public void Forget(IEnumerable<Document> documents)
    {
        foreach (var document in documents) _hashes.TryRemove(document, out _);
    }

    private Hashes Of(Document document) => _hashes.GetOrAdd(document, d =>
    {
        // A generated page (an archive) lists posts in its front matter. It is a listing, whose fingerprint has every
        // post's metadata, and which posts it lists follows from that metadata (their categories or tags), so here a
        // post counts by its place in the list alone: a rebuild then hashes no list of thousands of paths per archive.
        var metadata = new ContentHash(d.Kind == DocumentKind.Generated ? _ => "" : Metadata).AddMetadata(d).Finish();
        return new Hashes(metadata, ContentHash.Of(metadata, d.Body, d.BodyLine));
    });
}
