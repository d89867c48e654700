using Blog.Lab.Liquid.Values;
using Blog.Lab.Results;
using Blog.Lab.Specs;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;

namespace Blog.Lab.Liquid;

/// <summary>
/// The lab as a site extension: the <c>lab</c> global (<c>{{ lab.jvm_start.start_ms.median | ms }}</c>), the
/// formatting filters, and the <c>lab_table</c>, <c>lab_chart</c> and <c>lab_provenance</c> tags. It only
/// reads stored results (a normal build never needs Docker or QEMU). A page that uses a missing result fails
/// the build with the command that measures it; a stale one warns.
/// </summary>
public sealed class LabExtension(LabData data) : ISiteExtension
{
    /// <summary>Reads the specs in <c>&lt;source&gt;/_lab/*.yml</c> and their results; spec errors fail the build with their positions.</summary>
    public static async Task<LabExtension> LoadAsync(string sourceDirectory, CancellationToken cancellationToken)
    {
        var paths = new LabPaths(sourceDirectory);
        var catalogue = LabCatalogue.Create();
        IReadOnlyList<ExperimentSpec> specs;
        try
        {
            specs = await new SpecLoader(catalogue.Kinds).LoadDirectoryAsync(paths.SpecsDirectory, cancellationToken);
        }
        catch (SpecException e)
        {
            throw new BuildFailedException(e.Errors.Select(x => new BuildError(new SourcePosition(Relative(sourceDirectory, x.Path), x.Line, x.Column), x.Message)).ToList());
        }
        return await LoadAsync(paths.ResultsDirectory, specs, cancellationToken);
    }

    /// <summary>From a results folder and the declared specs.</summary>
    public static async Task<LabExtension> LoadAsync(string resultsDirectory, IReadOnlyList<ExperimentSpec> specs, CancellationToken cancellationToken) =>
        new(await LabData.ReadAsync(new ResultStore(resultsDirectory), specs, cancellationToken));

    public LabData Data => data;

    public void Register(LiquidRegistry registry)
    {
        var usage = new LabUsage(data, registry.Diagnostics);
        registry.AddGlobal("lab", new LabRootValue(usage));
        LabFilters.Register(registry);
        new LabTags(usage).Register(registry.Parser);
    }

    private static string Relative(string source, string path) =>
        Path.GetRelativePath(source, path).Replace('\\', '/');
}
