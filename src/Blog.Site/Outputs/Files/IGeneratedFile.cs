using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Files;

/// <summary>
/// A file a build writes besides the pages: the feed, the sitemap, robots.txt, or one an extension adds
/// (<see cref="Extensions.IOutputExtension"/>). Beside how it is written it says what it is made of, so a rebuild writes
/// it again only when that changed, and no builder needs to know which file it is.
/// </summary>
public interface IGeneratedFile
{
    /// <summary>Its path in the destination.</summary>
    string OutputPath { get; }

    /// <summary>What names it in an error, such as a page writing the same path: <c>(feed)</c>.</summary>
    string Source { get; }

    /// <summary>
    /// A hash of everything the file is made of (from <paramref name="inputs"/> and what it was given); null when it
    /// cannot tell, and is then written by every build.
    /// </summary>
    string? Fingerprint(GeneratedFileInputs inputs);

    /// <summary>The file's content.</summary>
    ValueTask<FileContent> WriteAsync(SiteRenderer renderer, CancellationToken cancellationToken);
}
