namespace Blog.Site.Extensions;

/// <summary>
/// An extension that reads files of its own besides the site's content (the lab: its specs in <c>_lab/*.yml</c> and
/// pages' <c>lab:</c> front matter, its stored results in <c>_lab/results/</c>). <c>serve</c> watches its
/// <see cref="Inputs"/>, hands it every burst of changed paths as it does the site's reader, and renders again only the
/// pages that read a value (<see cref="LiquidRegistry.Reads"/>) whose <see cref="VersionOf">version</see> changed.
/// An extension is immutable: reading again gives a new one, so a build in progress renders from one consistent state.
/// </summary>
public interface IWatchedExtension : ISiteExtension
{
    /// <summary>The folders and files it reads (absolute paths); <c>serve</c> watches them besides the source and theme.</summary>
    IReadOnlyList<string> Inputs { get; }

    /// <summary>
    /// The extension after <paramref name="changes"/>: itself when none of them changes anything it read, else a new
    /// one. The paths are absolute and any of the site's (an extension may read pages too, as the lab reads their
    /// front matter); null when which changed is unknown: everything is read again. What the extension reads of the
    /// site's own files it takes from <paramref name="site"/>, the site as this build read it, rather than reading them again.
    /// </summary>
    /// <exception cref="Diagnostics.BuildFailedException">What it read is broken (a spec error): the build fails with it, positioned.</exception>
    Task<IWatchedExtension> ReloadAsync(SiteRead site, IReadOnlyCollection<string>? changes, CancellationToken cancellationToken);

    /// <summary>
    /// A string that changes whenever what a page shows for <paramref name="value"/> (as recorded through
    /// <see cref="LiquidRegistry.Reads"/>) may change, errors and warnings included: a missing result, a stale one.
    /// </summary>
    string VersionOf(string value);
}
