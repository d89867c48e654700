using System.Security.Cryptography;
using System.Text;

namespace Blog.Lab.Specs;

/// <summary>
/// One experiment as the author declared it (in <c>input/_lab/*.yml</c>). Its <see cref="Hash"/> keys the
/// result: change the spec and the result is stale, change nothing and it stays fresh.
/// </summary>
public sealed record ExperimentSpec
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public string Title { get; init; } = "";
    public int Samples { get; init; } = 10;
    public int Warmup { get; init; } = 1;
    /// <summary>Limit for one sample (one start, one boot...); the experiment is killed past it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Kind-specific parameters (image, memory, instances...), as strings the experiment parses.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Where it was declared, for error messages.</summary>
    public string SourcePath { get; init; } = "";
    public int Line { get; init; }
    public int Column { get; init; }

    public string? Parameter(string name) => Parameters.TryGetValue(name, out var v) ? v : null;

    /// <summary>A stable hash of everything that changes what is measured (not where it was declared).</summary>
    public string Hash
    {
        get
        {
            var text = new StringBuilder()
                .Append("id=").Append(Id).Append('\n')
                .Append("kind=").Append(Kind).Append('\n')
                .Append("samples=").Append(Samples).Append('\n')
                .Append("warmup=").Append(Warmup).Append('\n')
                .Append("timeout=").Append((long)Timeout.TotalMilliseconds).Append('\n');
            foreach (var (k, v) in Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Append(k).Append('=').Append(v).Append('\n');
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        }
    }
}
