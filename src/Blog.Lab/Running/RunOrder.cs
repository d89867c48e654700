using Blog.Lab.Experiments;
using Blog.Lab.Specs;

namespace Blog.Lab.Running;

/// <summary>
/// The order a run measures in: light experiments first, then heavy ones, then VMs (<see cref="ExperimentWeight"/>),
/// so the light ones, which a busy machine disturbs most, meet a machine no experiment of the run has loaded, and
/// each heavy one's aftermath can only reach experiments that wait it out anyway. Within a weight the declared
/// order stands (the sort is stable), so the same specs always run in the same order.
/// </summary>
public static class RunOrder
{
    public static IReadOnlyList<ExperimentSpec> LightToHeavy(IEnumerable<ExperimentSpec> specs, ExperimentCatalogue catalogue) =>
        specs.OrderBy(s => catalogue.Experiment(s.Kind)?.Weight ?? ExperimentWeight.Light).ToList();
}
