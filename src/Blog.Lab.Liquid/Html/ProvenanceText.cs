using Blog.Lab.Measurement;
using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>Provenance in words, shared by the table caption and the provenance box (several hosts or dates are listed, not hidden).</summary>
internal static class ProvenanceText
{
    public static string Machine(Provenance p) =>
        $"{p.Cpu}, {p.Cores} cores, {ValueFormat.Significant(p.MemoryBytes / (1024.0 * 1024 * 1024))} GiB ({p.Host})";

    public static string System(Provenance p) => $"{p.Os}, Linux {p.Kernel}";

    public static string Dates(IEnumerable<LabResult> results) =>
        string.Join(", ", results.Select(r => r.Provenance.Date.UtcDateTime.ToString("yyyy-MM-dd")).Distinct().Order()) + " (UTC)";

    /// <summary>The facts of the runtimes each result needed (Java version for the JVM, engine versions for Docker...).</summary>
    public static IReadOnlyList<string> RuntimeFacts(IEnumerable<LabResult> results) =>
        results.SelectMany(r => r.Provenance.FactsOf(r.Runtimes)
                .OrderBy(f => f.Key == ProvenanceKeys.Accelerator) // after the QEMU version it qualifies
                .Select(f => Fact(f.Key, f.Value)))
            .Distinct().ToList();

    public static string Samples(IEnumerable<LabResult> results) =>
        string.Join(", ", results.Select(r => $"{r.Id}: n = {r.Metrics.Values.First().Summary.N}"));

    public static string Caption(IReadOnlyList<LabResult> results)
    {
        var machines = string.Join("; ", results.Select(r => Machine(r.Provenance)).Distinct());
        var systems = string.Join("; ", results.Select(r => System(r.Provenance)).Distinct());
        var facts = RuntimeFacts(results);
        return $"Measured on {machines}; {systems}" + (facts.Count > 0 ? "; " + string.Join(", ", facts) : "") +
               $"; {Dates(results)}.";
    }

    private static string Fact(string key, string value) => key switch
    {
        ProvenanceKeys.Accelerator => $"accelerator {value}",
        ProvenanceKeys.DockerEngine => $"Docker engine {value}",
        ProvenanceKeys.Runc => $"runc {value}",
        ProvenanceKeys.DockerApi => $"Docker API {value}",
        ProvenanceKeys.DockerHost => $"Docker host {value}",
        _ => value,
    };
}
