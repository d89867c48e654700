using System.Security.Cryptography;
using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Content.Discovery;
using Blog.Site.Diagnostics;

namespace Blog.Site.Build.Session;

/// <summary>
/// Everything a <c>serve</c> session read from disk: the settings, every discovered file with the hash of its bytes
/// and what it became, the layouts, includes and data, and the site assembled from them. The problems found while
/// reading are kept with the file they belong to, so a build that re-reads one file still reports the others'.
/// </summary>
internal sealed record SourceSnapshot(
    BuildOptions Options,
    SiteSettings Settings,
    ReadContext Context,
    IReadOnlyList<BuildError> SettingsProblems,
    IReadOnlyList<BuildError> WalkProblems,
    IReadOnlyDictionary<string, ReadFile> Files,
    TemplateSet Templates,
    DataSet Data,
    SiteContent Content,
    IReadOnlyList<BuildError> ContentProblems)
{
    /// <summary>Every problem found while reading, in no particular order (the collector sorts).</summary>
    public IEnumerable<BuildError> Problems =>
        SettingsProblems.Concat(WalkProblems).Concat(Templates.Problems).Concat(Data.Problems)
            .Concat(Files.Values.SelectMany(f => f.Problems)).Concat(ContentProblems);

    /// <summary>
    /// How this snapshot differs from the one it was brought up to date from, when that is only documents read again
    /// that kept their place (kind, date, paths and output): each old record and its new one. Null when anything else
    /// changed (a template, data, a static file, a file created or removed) or the snapshot was read whole.
    /// </summary>
    public Replacements<Document>? EditedDocuments { get; init; }

    /// <summary>
    /// A static file's hash: its path and the SHA-256 of its bytes as read (read again when they were not). Joined, not
    /// hashed again: every rebuild while serving asks it of every static file, and a site's images are thousands.
    /// </summary>
    public string HashOf(StaticFile file) =>
        string.Concat(file.RelativePath, ":", Files.TryGetValue(file.FullPath, out var read) && read.Hash.Length > 0 ? read.Hash
            : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullPath))));
}

/// <summary>
/// One discovered file: where discovery found it, the SHA-256 of its bytes (empty in a snapshot never updated), its post, page or static file, and its
/// modified time when what it became depends on it (a static file, a draft).
/// </summary>
internal sealed record ReadFile(SourceEntry Entry, string Hash, object? Item, IReadOnlyList<BuildError> Problems, DateTime? FileTime);

/// <summary>The layouts and includes, and the problems reading them.</summary>
internal sealed record TemplateSet(
    IReadOnlyDictionary<string, TemplateFile> Layouts,
    IReadOnlyDictionary<string, TemplateFile> Includes,
    IReadOnlyList<BuildError> Problems);

/// <summary><c>site.data</c>, and the problems reading it.</summary>
internal sealed record DataSet(IReadOnlyDictionary<string, object?> Values, IReadOnlyList<BuildError> Problems);
