using Blog.Lab.Experiments;
using Blog.Lab.Results;
using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Support;

/// <summary>The repository's declared experiments (<c>input/_lab/*.yml</c>), each with its committed result.</summary>
internal static class CommittedLab
{
    public static async Task<IReadOnlyList<(ExperimentSpec Spec, LabResult Result)>> LoadAsync(ExperimentCatalogue catalogue)
    {
        var specs = await catalogue.SpecLoader().LoadDirectoryAsync(Path.Combine(RepositoryFolder.Root, "input", "_lab"), CancellationToken.None);
        var store = new ResultStore(RepositoryFolder.CommittedResults);
        var pairs = new List<(ExperimentSpec, LabResult)>();
        foreach (var spec in specs)
            pairs.Add((spec, await store.ReadAsync(spec.Id, CancellationToken.None) ?? throw new InvalidOperationException($"{spec.Id}: no committed result")));
        return pairs;
    }

    /// <summary>
    /// <paramref name="measured"/> has the committed result's metrics, with their units and descriptions (each committed
    /// description seen through <paramref name="here"/>: what differs on this machine), and its facts' names.
    /// </summary>
    public static void AssertShapedLike(LabResult committed, ExperimentOutcome measured, Func<string, string>? here = null)
    {
        Assert.Equal(committed.Metrics.Keys.Order(), measured.Metrics.Keys.Order());
        foreach (var (name, metric) in measured.Metrics)
        {
            Assert.Equal(committed.Metrics[name].Unit, metric.Unit);
            Assert.Equal(here is null ? committed.Metrics[name].Description : here(committed.Metrics[name].Description), metric.Description);
        }
        Assert.Equal(committed.Facts.Keys.Order(), measured.Facts.Keys.Order());
    }
}
