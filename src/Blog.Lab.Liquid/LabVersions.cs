using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Blog.Lab.Liquid;

/// <summary>
/// One version per experiment a page can ask for: a hash of its spec, its result's freshness (and why) and the stored
/// result itself, so it changes whenever what a page shows for the experiment may change (a number, a table, a stale
/// warning, a missing-result error). An id no spec declares has a version too: the list of declared ids (its error
/// names them), so declaring it later renders the page that asked for it again.
/// </summary>
internal sealed class LabVersions
{
    private static readonly JsonSerializerOptions Json = new() { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private readonly Dictionary<string, string> _versions;
    private readonly string _undeclared;

    public LabVersions(LabData data)
    {
        _versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in data.Specs)
        {
            var status = data.Statuses[spec.Id];
            var bytes = JsonSerializer.SerializeToUtf8Bytes(new { spec, status.Freshness, status.Reason, status.Result }, Json);
            _versions[spec.Id] = Convert.ToHexString(SHA256.HashData(bytes));
        }
        _undeclared = "undeclared among: " + string.Join(", ", data.Specs.Select(s => s.Id));
    }

    public string Of(string id) => _versions.GetValueOrDefault(id) ?? _undeclared;

    public bool SameAs(LabVersions other) =>
        _undeclared == other._undeclared && _versions.Count == other._versions.Count
        && _versions.All(v => other._versions.GetValueOrDefault(v.Key) == v.Value);
}
