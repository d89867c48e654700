using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Extensions;

namespace Blog.Site.Build;

/// <summary>
/// A clean build: the <see cref="IncrementalSiteBuilder">incremental build</see> with no previous build, which
/// renders every page and writes every output, and keeps nothing for a next one. The stages are config → content →
/// plan (pagination, archives) → render (Liquid, Markdown, layouts) → write into a staging folder with link checks →
/// generated files (feed, sitemap, robots, the extensions') → swap into place. Any error anywhere leaves the previous
/// destination untouched.
/// </summary>
/// <param name="extensions">
/// Loads the extensions once the site is read, from what it read (<see cref="SiteRead"/>): an extension that reads the
/// same source (the lab) reads no config and walks no folder of its own.
/// </param>
public sealed class SiteBuilder(Func<SiteRead, CancellationToken, Task<IReadOnlyList<ISiteExtension>>> extensions)
{
    public SiteBuilder() : this([]) { }

    public SiteBuilder(IReadOnlyList<ISiteExtension> extensions) : this((_, _) => Task.FromResult(extensions)) { }

    /// <summary>The handler external links are requested through (<c>--check-external</c>); null for the machine's network.</summary>
    internal HttpMessageHandler? Network { get; init; }

    public async Task<BuildReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        await using var once = new IncrementalSiteBuilder(extensions, remember: false) { Network = Network };
        return (await once.BuildAsync(options, cancellationToken)).Build;
    }
}
