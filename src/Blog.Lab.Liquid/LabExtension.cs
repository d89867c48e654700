using Blog.Lab.Liquid.Specs;
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
public sealed class LabExtension(LabData data, PageText pageText) : ISiteExtension
{
    /// <summary>
    /// Reads the specs (<c>&lt;source&gt;/_lab/*.yml</c> and the pages' <c>lab:</c> front matter) and their results;
    /// spec errors fail the build with their positions.
    /// </summary>
    public static async Task<LabExtension> LoadAsync(string sourceDirectory, CancellationToken cancellationToken)
    {
        var paths = new LabPaths(sourceDirectory);
        var catalogue = LabCatalogue.Create();
        IReadOnlyList<ExperimentSpec> specs;
        try
        {
            specs = await DeclaredSpecs.LoadAsync(sourceDirectory, catalogue, cancellationToken, shownAs: "");
        }
        catch (SpecException e)
        {
            throw DeclaredSpecs.AsBuildFailure(e);
        }
        return new(await LabData.ReadAsync(new ResultStore(paths.ResultsDirectory), specs, cancellationToken), PageTexts.In(sourceDirectory));
    }

    public LabData Data => data;

    public void Register(LiquidRegistry registry)
    {
        var usage = new LabUsage(data, registry.Diagnostics, pageText);
        registry.AddGlobal("lab", new LabRootValue(usage));
        LabFilters.Register(registry);
        new LabTags(usage).Register(registry.Parser);
    }
}
