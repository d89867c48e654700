using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Blog.Lab.Results;
using Blog.Lab.Specs;

namespace Blog.Lab.Liquid;

/// <summary>
/// One version per experiment a page can ask for: a hash of its spec, its result's freshness (and why) and the stored
/// result itself, so it changes whenever what a page shows for the experiment may change (a number, a table, a stale
/// warning, a missing-result error). An id no spec declares has a version too: the list of declared ids (its error
/// names them), so declaring it later renders the page that asked for it again.
/// </summary>
internal sealed class LabVersions
{
    private readonly Dictionary<string, string> _versions;
    private readonly string _undeclared;

    public LabVersions(LabData data)
    {
        _versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in data.Specs)
        {
            var status = data.Statuses[spec.Id];
            var bytes = JsonSerializer.SerializeToUtf8Bytes(new VersionedState(spec, status.Freshness, status.Reason, status.Result), LabVersionsJsonContext.Default.VersionedState);
            _versions[spec.Id] = Convert.ToHexString(SHA256.HashData(bytes));
        }
        _undeclared = "undeclared among: " + string.Join(", ", data.Specs.Select(s => s.Id));
    }

    public string Of(string id) => _versions.GetValueOrDefault(id) ?? _undeclared;

    public bool SameAs(LabVersions other) =>
        _undeclared == other._undeclared && _versions.Count == other._versions.Count
        && _versions.All(v => other._versions.GetValueOrDefault(v.Key) == v.Value);
}

/// <summary>What a page may show of one experiment, the text <see cref="LabVersions"/> hashes.</summary>
internal sealed record VersionedState(ExperimentSpec Spec, Freshness Freshness, string Reason, LabResult? Result);

/// <summary>
/// Source-generated JSON metadata for <see cref="VersionedState"/>, so hashing needs no reflection (Native AOT). A
/// measured NaN or infinity is written as a name rather than failing the build.
/// </summary>
[JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(VersionedState))]
internal sealed partial class LabVersionsJsonContext : JsonSerializerContext;
