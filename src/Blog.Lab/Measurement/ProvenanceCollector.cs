using System.Reflection;
using Blog.Lab.Runtimes;

namespace Blog.Lab.Measurement;

/// <summary>Reads the machine's facts from /proc and /etc/os-release, and gathers the facts the runtimes' probes contributed.</summary>
public sealed class ProvenanceCollector(TimeProvider clock)
{
    public ProvenanceCollector() : this(TimeProvider.System) { }

    public async Task<Provenance> CollectAsync(IEnumerable<RuntimeProbe> probes, CancellationToken cancellationToken)
    {
        return new Provenance
        {
            Host = Environment.MachineName,
            Cpu = await CpuModelAsync(cancellationToken),
            Cores = Environment.ProcessorCount,
            MemoryBytes = await MemoryBytesAsync(cancellationToken),
            Os = await OsNameAsync(cancellationToken),
            Kernel = (await ReadOrEmptyAsync("/proc/sys/kernel/osrelease", cancellationToken)).Trim(),
            Date = clock.GetUtcNow(),
            LabVersion = LabVersion,
            Runtimes = RuntimeFacts(probes),
        };
    }

    /// <summary>The facts the available runtimes contributed, by runtime name.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> RuntimeFacts(IEnumerable<RuntimeProbe> probes)
    {
        var facts = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var probe in probes.Where(p => p.Available && p.Facts.Count > 0))
            facts[probe.Name] = new SortedDictionary<string, string>(probe.Facts.ToDictionary(), StringComparer.Ordinal);
        return facts;
    }

    public static string LabVersion =>
        typeof(ProvenanceCollector).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(ProvenanceCollector).Assembly.GetName().Version?.ToString() ?? "unknown";

    private static async Task<string> CpuModelAsync(CancellationToken cancellationToken) =>
        Field(await ReadOrEmptyAsync("/proc/cpuinfo", cancellationToken), "model name", ':') ?? "unknown";

    private static async Task<long> MemoryBytesAsync(CancellationToken cancellationToken)
    {
        // "MemTotal:       24683712 kB"
        var total = Field(await ReadOrEmptyAsync("/proc/meminfo", cancellationToken), "MemTotal", ':');
        return total is null ? 0 : long.Parse(total.Split(' ')[0]) * 1024;
    }

    private static async Task<string> OsNameAsync(CancellationToken cancellationToken) =>
        Field(await ReadOrEmptyAsync("/etc/os-release", cancellationToken), "PRETTY_NAME", '=')?.Trim('"') ?? "unknown";

    private static string? Field(string text, string name, char separator) =>
        text.Split('\n')
            .Select(l => l.Split(separator, 2))
            .Where(p => p.Length == 2 && p[0].Trim() == name)
            .Select(p => p[1].Trim())
            .FirstOrDefault();

    private static async Task<string> ReadOrEmptyAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : "";
}
