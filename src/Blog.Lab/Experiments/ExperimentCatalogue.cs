using Blog.Lab.Runtimes;

namespace Blog.Lab.Experiments;

/// <summary>
/// The runtimes and experiment kinds the lab knows. A spec's <c>kind:</c> selects an experiment here; the
/// runner probes the runtimes an experiment names in <see cref="IExperiment.RequiredRuntimes"/>.
/// The default set is composed in <see cref="Blog.Lab.LabCatalogue"/>.
/// </summary>
public sealed class ExperimentCatalogue
{
    private readonly Dictionary<string, IExperiment> _experiments;
    private readonly Dictionary<string, IRuntime> _runtimes;

    public ExperimentCatalogue(IEnumerable<IRuntime> runtimes, IEnumerable<IExperiment> experiments)
    {
        _runtimes = runtimes.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _experiments = experiments.ToDictionary(e => e.Kind, StringComparer.Ordinal);
        var unknown = _experiments.Values.SelectMany(e => e.RequiredRuntimes.Where(r => !_runtimes.ContainsKey(r))
            .Select(r => $"{e.Kind} needs runtime '{r}'")).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException("experiments need runtimes the catalogue lacks: " + string.Join("; ", unknown));
    }

    public IReadOnlyCollection<IRuntime> Runtimes => _runtimes.Values;
    public IReadOnlyCollection<IExperiment> Experiments => _experiments.Values;
    public IReadOnlyCollection<string> Kinds => _experiments.Keys;

    public IExperiment? Experiment(string kind) => _experiments.GetValueOrDefault(kind);
    public IRuntime? Runtime(string name) => _runtimes.GetValueOrDefault(name);
}
