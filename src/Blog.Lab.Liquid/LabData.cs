using Blog.Lab.Results;
using Blog.Lab.Specs;

namespace Blog.Lab.Liquid;

/// <summary>The declared experiments and the state of their stored results, read once per build.</summary>
public sealed record LabData(IReadOnlyList<ExperimentSpec> Specs, IReadOnlyDictionary<string, ResultStatus> Statuses)
{
    public static async Task<LabData> ReadAsync(ResultStore store, IReadOnlyList<ExperimentSpec> specs, CancellationToken cancellationToken)
    {
        var statuses = new Dictionary<string, ResultStatus>(StringComparer.Ordinal);
        foreach (var spec in specs) statuses[spec.Id] = await store.StatusAsync(spec, cancellationToken);
        return new LabData(specs, statuses);
    }

    public ExperimentSpec? Spec(string id) => Specs.FirstOrDefault(s => s.Id == id);

    /// <summary>A Liquid name (<c>container_start</c>) as an experiment id (<c>container-start</c>).</summary>
    public static string IdOf(string liquidName) => liquidName.Replace('_', '-');
}
