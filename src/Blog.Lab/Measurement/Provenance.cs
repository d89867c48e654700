namespace Blog.Lab.Measurement;

/// <summary>
/// Where and how a result was measured: the machine, its OS and kernel, the runtimes' versions (facts the
/// runtimes contributed: Docker engine, runc, QEMU and its accelerator, Java, .NET), when, by which lab
/// version, with how many samples, and how loaded the machine was while it measured.
/// </summary>
public sealed record Provenance
{
    public required string Host { get; init; }
    public required string Cpu { get; init; }
    public required int Cores { get; init; }
    public required long MemoryBytes { get; init; }
    public required string Os { get; init; }
    public required string Kernel { get; init; }
    public required DateTimeOffset Date { get; init; }
    public required string LabVersion { get; init; }
    public int Samples { get; init; }
    /// <summary>The machine's 1-minute load average before and after the experiment; null in results measured before it was recorded.</summary>
    public MachineLoad? Load { get; init; }
    /// <summary>Facts from the runtimes' probes by runtime name (<c>docker</c> → <c>docker_engine</c>, <c>runc</c>...; see <see cref="ProvenanceKeys"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Runtimes { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>The facts of the named runtimes only, flat.</summary>
    public IReadOnlyDictionary<string, string> FactsOf(IEnumerable<string> runtimes)
    {
        var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in runtimes)
            if (Runtimes.TryGetValue(name, out var of))
                foreach (var (k, v) in of) facts.TryAdd(k, v);
        return facts;
    }

    /// <summary>Every field flat, with snake_case names (the runtime facts beside the machine's), for display.</summary>
    public IReadOnlyDictionary<string, string> Fields()
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = Host,
            ["cpu"] = Cpu,
            ["cores"] = Cores.ToString(),
            ["memory_bytes"] = MemoryBytes.ToString(),
            ["os"] = Os,
            ["kernel"] = Kernel,
            ["date"] = Date.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
            ["lab_version"] = LabVersion,
            ["samples"] = Samples.ToString(),
        };
        if (Load is { } load)
        {
            fields["load_before"] = load.Before.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
            fields["load_after"] = load.After.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        }
        foreach (var (k, v) in FactsOf(Runtimes.Keys)) fields.TryAdd(k, v);
        return fields;
    }
}
