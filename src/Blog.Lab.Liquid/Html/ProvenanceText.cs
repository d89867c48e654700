using Blog.Lab.Measurement;
using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>Provenance in words, for the provenance section and the tables' notes (several hosts or dates are listed, not hidden).</summary>
internal static class ProvenanceText
{
    public static string Machine(Provenance p) =>
        $"{p.Cpu}, {p.Cores} cores, {ValueFormat.Significant(p.MemoryBytes / (1024.0 * 1024 * 1024))} GiB ({p.Host})";

    public static string System(Provenance p) => $"{p.Os}, Linux {p.Kernel}";

    /// <summary>
    /// The host whose numbers a result holds: for a container result the engine's host (it may be a remote engine
    /// reached over ssh:// or tcp://), for anything else the machine the lab ran on.
    /// </summary>
    public static string MeasuredOn(LabResult result) =>
        result.Provenance.FactsOf(result.Runtimes).GetValueOrDefault(ProvenanceKeys.DockerHost) ?? result.Provenance.Host;

    /// <summary>The Docker engine endpoint that measured a container result (<c>ssh://me@box</c>, <c>unix:///var/run/docker.sock</c>); null for others.</summary>
    public static string? EngineEndpoint(LabResult result) =>
        result.Provenance.FactsOf(result.Runtimes).GetValueOrDefault(ProvenanceKeys.DockerEndpoint);

    public static string Dates(IEnumerable<LabResult> results) =>
        string.Join(", ", results.Select(r => r.Provenance.Date.UtcDateTime.ToString("yyyy-MM-dd")).Distinct().Order()) + " (UTC)";

    /// <summary>
    /// The versions of the runtimes each result needed (Java for the JVM, engine and runc for Docker, QEMU and
    /// its accelerator for VMs). Other facts a runtime records (endpoints, cgroup details...) stay in the JSON:
    /// unlabelled they would read as noise.
    /// </summary>
    public static IReadOnlyList<string> RuntimeFacts(IEnumerable<LabResult> results) =>
        results.SelectMany(r => r.Provenance.FactsOf(r.Runtimes)
                .OrderBy(f => f.Key == ProvenanceKeys.Accelerator) // after the QEMU version it qualifies
                .Select(f => Fact(f.Key, f.Value)))
            .OfType<string>().Distinct().ToList();

    /// <summary>The experiments grouped by how often each ran (<c>30 runs: native-start, container-start; measured once: vm-image-size</c>), most runs first.</summary>
    public static string Samples(IEnumerable<LabResult> results) =>
        string.Join("; ", results.GroupBy(r => r.Metrics.Values.First().Summary.N).OrderByDescending(g => g.Key)
            .Select(g => $"{(g.Key == 1 ? "measured once" : $"{g.Key} runs")}: {string.Join(", ", g.Select(r => r.Id))}"));

    /// <summary>
    /// The span of the machine's 1-minute load average before and after the runs (<c>load average 0.05–0.4 before
    /// and after each run</c>), so a reader sees whether the machine was quiet; null when no result recorded it.
    /// </summary>
    public static string? LoadRange(IEnumerable<LabResult> results)
    {
        var values = results.Select(r => r.Provenance.Load).OfType<MachineLoad>().SelectMany(l => new[] { l.Before, l.After }).ToList();
        if (values.Count == 0) return null;
        var (low, high) = (ValueFormat.Significant(values.Min()), ValueFormat.Significant(values.Max()));
        return $"1-min load average {(low == high ? low : $"{low}–{high}")} before and after each run";
    }

    /// <summary>Each result's load average before → after its run (<c>jvm-start: 0.12 → 0.85</c>); results without one are left out.</summary>
    public static IReadOnlyList<string> LoadPerResult(IEnumerable<LabResult> results) =>
        results.Where(r => r.Provenance.Load is not null)
            .Select(r => $"{r.Id}: {ValueFormat.Significant(r.Provenance.Load!.Before)} → {ValueFormat.Significant(r.Provenance.Load.After)}")
            .ToList();

    private static string? Fact(string key, string value) => key switch
    {
        ProvenanceKeys.Java or ProvenanceKeys.Dotnet => value,
        ProvenanceKeys.Qemu => value.StartsWith("QEMU", StringComparison.Ordinal) ? value : $"QEMU {value}",
        ProvenanceKeys.Accelerator => $"accelerator {value}",
        ProvenanceKeys.DockerEngine => $"Docker engine {value}",
        ProvenanceKeys.Runc => $"runc {value}",
        ProvenanceKeys.DockerApi => $"Docker API {value}",
        ProvenanceKeys.DockerHost => $"Docker host {value}",
        _ => null,
    };
}
