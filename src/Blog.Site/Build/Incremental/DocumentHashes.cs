using System.Runtime.CompilerServices;
using Blog.Site.Content;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// The hashes of documents, computed once per document: a session's unchanged documents are the same records from
/// build to build, so a rebuild hashes only the documents it read again. <see cref="Metadata"/> leaves the body out
/// (what a listing shows); <see cref="Full"/> has it. A document nested in another's front matter (an archive's
/// posts) counts by its metadata.
/// </summary>
public sealed class DocumentHashes
{
    private readonly ConditionalWeakTable<Document, Hashes> _hashes = new();
    private readonly ConditionalWeakTable<Document, TemplateFeatures> _features = new();

    private sealed record Hashes(string Metadata, string Full);

    public string Metadata(Document document) => Of(document).Metadata;

    public string Full(Document document) => Of(document).Full;

    /// <summary>What the document's own body reads (<see cref="TemplateFeatures.Scan"/>), scanned once.</summary>
    public TemplateFeatures Features(Document document) =>
        _features.GetValue(document, d => TemplateFeatures.Scan(d.Body));

    private Hashes Of(Document document) => _hashes.GetValue(document, d =>
    {
        var metadata = new ContentHash(Metadata).AddMetadata(d).Finish();
        return new Hashes(metadata, ContentHash.Of(metadata, d.Body, d.BodyLine));
    });
}
