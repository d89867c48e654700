using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>
/// The runtimes and experiment kinds the lab knows. A spec's <c>kind:</c> selects an experiment here; the
/// runner probes the runtimes an experiment names in <see cref="IExperiment.RequiredRuntimes"/>, or, for a spec
/// that places one elsewhere (<see cref="IDeclaredRuntimes"/>: <c>docker_host:</c>), the one it declares.
/// The default set is composed in <see cref="Blog.Lab.LabCatalogue"/>.
/// </summary>
public sealed class ExperimentCatalogue
{
    private readonly Dictionary<string, IExperiment> _experiments;
    private readonly Dictionary<string, IRuntime> _runtimes;
    private readonly IReadOnlyList<IDeclaredRuntimes> _declarable;

    public ExperimentCatalogue(IEnumerable<IRuntime> runtimes, IEnumerable<IExperiment> experiments, IEnumerable<IDeclaredRuntimes>? declarable = null)
    {
        _runtimes = runtimes.ToDictionary(r => r.Name, StringComparer.Ordinal);
        _experiments = experiments.ToDictionary(e => e.Kind, StringComparer.Ordinal);
        _declarable = declarable?.ToList() ?? [];
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

    /// <summary>A loader that knows these kinds and checks the parameters that declare runtimes, on the kinds that need them.</summary>
    public SpecLoader SpecLoader() => new(Kinds, _declarable
        .Select(d => new ParameterRule(d.Parameter, KindsNeeding(d.RuntimeName), d.Problem))
        .ToList());

    /// <summary>The runtimes <paramref name="spec"/> declares for itself, by the name of the shared runtime each replaces.</summary>
    public IReadOnlyDictionary<string, IRuntime> DeclaredRuntimes(ExperimentSpec spec)
    {
        var required = Experiment(spec.Kind)?.RequiredRuntimes ?? [];
        var declared = new Dictionary<string, IRuntime>(StringComparer.Ordinal);
        foreach (var d in _declarable.Where(d => required.Contains(d.RuntimeName)))
            if (d.DeclaredBy(spec) is { } runtime) declared[d.RuntimeName] = runtime;
        return declared;
    }

    /// <summary>
    /// The shell command that measures what <paramref name="spec"/> does (<see cref="IExperiment.EquivalentCommand"/>),
    /// on the runtimes it declares: a command for a spec with <c>docker_host:</c> talks to that engine too.
    /// </summary>
    public string? EquivalentCommand(ExperimentSpec spec)
    {
        if (Experiment(spec.Kind)?.EquivalentCommand(spec) is not { } command) return null;
        var required = Experiment(spec.Kind)!.RequiredRuntimes;
        return string.Concat(_declarable.Where(d => required.Contains(d.RuntimeName)).Select(d => d.ShellPrefix(spec))) + command;
    }

    /// <summary>
    /// Where <paramref name="spec"/> measures, for <c>lab list</c>: its engine (declared or shared) when its kind can
    /// be placed elsewhere, else this machine.
    /// </summary>
    public string RunsOn(ExperimentSpec spec)
    {
        var required = Experiment(spec.Kind)?.RequiredRuntimes ?? [];
        var places = _declarable.Where(d => required.Contains(d.RuntimeName)).Select(d => d.Describe(spec)).ToList();
        return places.Count > 0 ? string.Join(", ", places) : "this machine";
    }

    private List<string> KindsNeeding(string runtime) =>
        _experiments.Values.Where(e => e.RequiredRuntimes.Contains(runtime)).Select(e => e.Kind).Order(StringComparer.Ordinal).ToList();
}
