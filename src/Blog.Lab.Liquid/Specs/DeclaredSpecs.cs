using Blog.Lab.Experiments;
using Blog.Lab.Specs;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;

namespace Blog.Lab.Liquid.Specs;

/// <summary>
/// Every experiment a site declares: the files in <c>_lab/</c> and the <c>lab:</c> front matter of its pages,
/// loaded together so an id declared twice, anywhere, is an error at the second place. The build, the lab's
/// command line and staleness all start from here.
/// </summary>
public static class DeclaredSpecs
{
    /// <summary>
    /// Throws <see cref="SpecException"/> with every error, positioned in the file (page or YAML) that has it.
    /// Paths are shown under <paramref name="shownAs"/> (default: the source folder as given; the build passes ""
    /// so they read like the site's own errors, relative to the source).
    /// </summary>
    public static async Task<IReadOnlyList<ExperimentSpec>> LoadAsync(
        string sourceDirectory, ExperimentCatalogue catalogue, CancellationToken cancellationToken, string? shownAs = null)
    {
        using var read = LabTrace.Source.StartActivity(LabTrace.SpecsRead)?.SetTag(LabTrace.SourceTag, sourceDirectory);
        return await LoadAsync(sourceDirectory, await PageSpecSources.ReadAsync(sourceDirectory, cancellationToken), catalogue, shownAs ?? sourceDirectory, cancellationToken);
    }

    /// <summary>
    /// The experiments of the site as a build read it (<paramref name="site"/>): the config is not parsed again nor the
    /// source walked; paths are shown relative to the source. Throws <see cref="SpecException"/> as the other overload.
    /// </summary>
    public static async Task<IReadOnlyList<ExperimentSpec>> LoadAsync(SiteRead site, ExperimentCatalogue catalogue, CancellationToken cancellationToken)
    {
        var source = site.Settings.Source;
        using var read = LabTrace.Source.StartActivity(LabTrace.SpecsRead)?.SetTag(LabTrace.SourceTag, source);
        return await LoadAsync(source, await PageSpecSources.ReadAsync(site, cancellationToken), catalogue, "", cancellationToken);
    }

    /// <summary>The <c>_lab/*.yml</c> files and <paramref name="pages"/>' declarations, loaded together, their paths shown under <paramref name="root"/>.</summary>
    private static async Task<IReadOnlyList<ExperimentSpec>> LoadAsync(string sourceDirectory, IReadOnlyList<SpecSource> pages,
        ExperimentCatalogue catalogue, string root, CancellationToken cancellationToken)
    {
        var files = await SpecSource.ReadDirectoryAsync(new LabPaths(sourceDirectory).SpecsDirectory, cancellationToken);
        return catalogue.SpecLoader().Load(files.Concat(pages).Select(s =>
            s with { Path = Path.Combine(root, Path.GetRelativePath(sourceDirectory, s.Path)).Replace('\\', '/') }));
    }

    /// <summary>Spec errors as site errors, so the build prints and counts them with its own.</summary>
    public static BuildFailedException AsBuildFailure(SpecException e) =>
        new(e.Errors.Select(x => new BuildError(new SourcePosition(x.Path, x.Line, x.Column), x.Message)).ToList());
}
