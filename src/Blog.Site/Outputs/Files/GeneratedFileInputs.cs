using Blog.Site.Content;

namespace Blog.Site.Outputs.Files;

/// <summary>
/// What a generated file's fingerprint can be made of besides what the file was given: the hashes a rebuild computes
/// anyway for its pages' fingerprints, and each page's fingerprint.
/// </summary>
/// <param name="Config">The config and the build's options (drafts, future, unpublished).</param>
/// <param name="Data"><c>site.data</c>.</param>
/// <param name="Listing">Every document's front matter and URL, and the static files' paths.</param>
/// <param name="PageOf">
/// The fingerprint of the page that writes a document, with what it read from extensions while it rendered: it covers
/// everything its content and excerpt are rendered from. Null when it has none (it is rendered by every build) or the
/// document is not written.
/// </param>
public sealed record GeneratedFileInputs(string Config, string Data, string Listing, Func<Document, string?> PageOf);
