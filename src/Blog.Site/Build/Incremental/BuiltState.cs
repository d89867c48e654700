using Blog.Site.Build.Session;
using Blog.Site.Checks;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// What the destination holds after a build: every page's state, every output's hash, every page's links, every
/// generated file's fingerprint; and what the build was made from, for a next build that changes only documents' bodies.
/// </summary>
/// <param name="PageStates">Every page's state, in the order of <paramref name="Build"/>'s plan.</param>
/// <param name="Readers">Which pages an edit of documents' bodies may change.</param>
/// <param name="Pages">The same states by output path.</param>
/// <param name="GeneratedFiles">Each generated file's fingerprint (null: written by every build).</param>
internal sealed record BuiltState(
    SourceSnapshot Source,
    PreparedBuild Build,
    PageFingerprints Fingerprints,
    PageState[] PageStates,
    BodyEditReaders Readers,
    LinkChecker LinkChecker,
    IReadOnlyDictionary<string, PageState> Pages,
    IReadOnlyDictionary<string, string> OutputHashes,
    SiteLinks Links,
    IReadOnlyDictionary<string, string?> GeneratedFiles,
    IReadOnlySet<string> Outputs);

/// <summary>The destination, and what it holds (being put together while the site is served).</summary>
internal sealed record BuiltSite(string Destination, Task<BuiltState> State);
