using Blog.Lab.Experiments;
using Blog.Lab.Liquid.Specs;
using Blog.Lab.Results;
using Blog.Lab.Specs;

namespace Blog.Lab.Liquid;

/// <summary>
/// The lab as one site's source folder declares it, read once: the catalogue of experiments and runtimes, every declared
/// spec (the <c>_lab/*.yml</c> files and the pages' <c>lab:</c> front matter, which costs a parse of the config and a
/// walk of the source), and the results store. A build measures from it and makes its page extension from it, so the
/// runner and the pages see the same specs; the lab's commands start from it too.
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
    public static async Task<LabSession> LoadForBuildAsync(string source, CancellationToken cancellationToken)
    {
        try
        {
            return await LoadAsync(source, cancellationToken, specPathsShownAs: "");
        }
        catch (SpecException e)
        {
            throw DeclaredSpecs.AsBuildFailure(e);
        }
    }

    /// <summary>The page extension over these specs, with their results as stored now (after a run, the new ones).</summary>
    public Task<LabExtension> ExtensionAsync(CancellationToken cancellationToken) => LabExtension.OfAsync(this, cancellationToken);
}
