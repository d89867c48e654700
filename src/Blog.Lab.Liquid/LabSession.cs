using Blog.Lab.Experiments;
using Blog.Lab.Liquid.Specs;
using Blog.Lab.Results;
using Blog.Lab.Specs;
using Blog.Site.Extensions;

namespace Blog.Lab.Liquid;

/// <summary>
/// The lab as one site's source folder declares it, read once: the catalogue of experiments and runtimes, every declared
/// spec (the <c>_lab/*.yml</c> files and the pages' <c>lab:</c> front matter), and the results store. A build loads it
/// from the site's own read (<see cref="SiteRead"/>: the pages it publishes, no second parse of the config or walk of
/// the source), measures from it and makes its page extension from it, so the runner and the pages see the same specs.
/// The lab's commands, which build nothing, load it from the folder (a parse of the config and a walk of the source,
/// drafts included so an author can measure a post before publishing it).
/// </summary>
public sealed record LabSession(string Source, ExperimentCatalogue Catalogue, IReadOnlyList<ExperimentSpec> Specs, ResultStore Store)
{
    public LabPaths Paths => new(Source);

    /// <summary>Whether the site has a lab: a <c>_lab/</c> folder, or a page declaring experiments.</summary>
    public bool Declared => Specs.Count > 0 || Directory.Exists(Paths.SpecsDirectory);

    /// <summary>Loads the specs; throws <see cref="SpecException"/> with every error.</summary>
    /// <param name="specPathsShownAs">Where spec paths are shown from (default: the source folder as given).</param>
    public static async Task<LabSession> LoadAsync(string source, CancellationToken cancellationToken, string? specPathsShownAs = null)
    {
        var catalogue = LabCatalogue.Create();
        var specs = await DeclaredSpecs.LoadAsync(source, catalogue, cancellationToken, specPathsShownAs);
        return new LabSession(source, catalogue, specs, new ResultStore(new LabPaths(source).ResultsDirectory));
    }

    /// <summary>
    /// Loads the specs for a build: their paths shown relative to the source, as the site's own errors are, and their
    /// errors a <see cref="Blog.Site.Diagnostics.BuildFailedException"/> the build prints and counts with its own.
    /// </summary>
    public static Task<LabSession> LoadForBuildAsync(string source, CancellationToken cancellationToken) =>
        AsBuildFailureAsync(() => LoadAsync(source, cancellationToken, specPathsShownAs: ""));

    /// <summary>Loads the specs for a build from the site as the build read it; errors as <see cref="LoadForBuildAsync(string, CancellationToken)"/>.</summary>
    public static Task<LabSession> LoadForBuildAsync(SiteRead site, CancellationToken cancellationToken) =>
        AsBuildFailureAsync(async () =>
        {
            var catalogue = LabCatalogue.Create();
            var specs = await DeclaredSpecs.LoadAsync(site, catalogue, cancellationToken);
            return new LabSession(site.Settings.Source, catalogue, specs, new ResultStore(new LabPaths(site.Settings.Source).ResultsDirectory));
        });

    private static async Task<LabSession> AsBuildFailureAsync(Func<Task<LabSession>> load)
    {
        try
        {
            return await load();
        }
        catch (SpecException e)
        {
            throw DeclaredSpecs.AsBuildFailure(e);
        }
    }

    /// <summary>The page extension over these specs, with their results as stored now (after a run, the new ones).</summary>
    public Task<LabExtension> ExtensionAsync(CancellationToken cancellationToken) => LabExtension.OfAsync(this, cancellationToken);
}
