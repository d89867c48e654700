using Blog.Lab.Experiments;
using Blog.Lab.Runtimes;
using Blog.Lab.Specs;

namespace Blog.Lab.Running;

/// <summary>
/// The probes of the runtimes specs declare for themselves (<c>docker_host:</c>), by spec and by the name of the
/// shared runtime each stands in for. A place several specs declare is probed once.
/// </summary>
internal sealed class DeclaredProbes
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, RuntimeProbe>> _bySpec;

    private DeclaredProbes(Dictionary<string, IReadOnlyDictionary<string, RuntimeProbe>> bySpec) => _bySpec = bySpec;

    public static async Task<DeclaredProbes> ProbeAsync(
        ExperimentCatalogue catalogue, IEnumerable<ExperimentSpec> specs, RuntimeProber prober, CancellationToken cancellationToken)
    {
        var probed = new Dictionary<IRuntime, RuntimeProbe>(ReferenceEqualityComparer.Instance);
        var bySpec = new Dictionary<string, IReadOnlyDictionary<string, RuntimeProbe>>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var probes = new Dictionary<string, RuntimeProbe>(StringComparer.Ordinal);
            foreach (var (name, runtime) in catalogue.DeclaredRuntimes(spec))
            {
                if (!probed.TryGetValue(runtime, out var probe))
                    probed[runtime] = probe = await prober.ProbeOneAsync(runtime, cancellationToken);
                probes[name] = probe;
            }
            bySpec[spec.Id] = probes;
        }
        return new DeclaredProbes(bySpec);
    }

    /// <summary>The declared runtimes of <paramref name="spec"/> that did not answer (none for a spec that declares none).</summary>
    public IReadOnlyList<RuntimeProbe> Unavailable(ExperimentSpec spec) =>
        Of(spec).Values.Where(p => !p.Available).ToList();

    /// <summary>The shared probes with <paramref name="spec"/>'s declared ones in their place: what its provenance records.</summary>
    public IEnumerable<RuntimeProbe> Merged(IReadOnlyDictionary<string, RuntimeProbe> shared, ExperimentSpec spec)
    {
        var declared = Of(spec);
        return shared.Where(p => !declared.ContainsKey(p.Key)).Select(p => p.Value).Concat(declared.Values);
    }

    private IReadOnlyDictionary<string, RuntimeProbe> Of(ExperimentSpec spec) =>
        _bySpec.TryGetValue(spec.Id, out var probes) ? probes : new Dictionary<string, RuntimeProbe>();
}
