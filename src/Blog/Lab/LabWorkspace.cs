using Blog.Lab;
using Blog.Lab.Experiments;
using Blog.Lab.Liquid.Specs;
using Blog.Lab.Results;
using Blog.Lab.Specs;

namespace Blog.Cli.Lab;

/// <summary>The lab as one site's source folder declares it: the catalogue, the specs, the results store.</summary>
internal sealed record LabWorkspace(ExperimentCatalogue Catalogue, IReadOnlyList<ExperimentSpec> Specs, ResultStore Store, LabPaths Paths)
{
    /// <summary>Loads the specs; throws <see cref="SpecException"/> with every error.</summary>
    /// <param name="specPathsShownAs">Where spec paths are shown from (default: the source folder as given).</param>
    public static async Task<LabWorkspace> LoadAsync(string source, CancellationToken cancellationToken, string? specPathsShownAs = null)
    {
        var catalogue = LabCatalogue.Create();
        var paths = new LabPaths(source);
        var specs = await DeclaredSpecs.LoadAsync(source, catalogue, cancellationToken, specPathsShownAs);
        return new LabWorkspace(catalogue, specs, new ResultStore(paths.ResultsDirectory), paths);
    }

    /// <summary>The specs named by <paramref name="ids"/> (all when none); an unknown id is an error listing the known ones.</summary>
    public IReadOnlyList<ExperimentSpec> Select(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return Specs;
        var unknown = ids.Where(id => Specs.All(s => s.Id != id)).ToList();
        if (unknown.Count > 0)
            throw new LabUsageException($"no experiment {string.Join(", ", unknown)} in {Paths.SpecsDirectory} or in a page's lab: front matter (declared: {string.Join(", ", Specs.Select(s => s.Id))})");
        return ids.Distinct().Select(id => Specs.Single(s => s.Id == id)).ToList();
    }
}
