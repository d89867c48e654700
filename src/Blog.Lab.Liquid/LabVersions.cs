using System.Globalization;
using System.Security.Cryptography;
using System.Text;
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
            _versions[spec.Id] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(StateOf(spec, data.Statuses[spec.Id]))));
        _undeclared = "undeclared among: " + string.Join(", ", data.Specs.Select(s => s.Id));
    }

    public string Of(string id) => _versions.GetValueOrDefault(id) ?? _undeclared;

    /// <summary>
    /// What a page may show of one experiment, as text: the spec (<see cref="ExperimentSpec.Hash"/> covers what is
    /// measured; its title and where it is declared are added), the result's freshness and why, and the result as the
    /// store writes it. The result's JSON goes through the metadata the store has just read it with: a second JSON context
    /// of its own cost every build ~20 ms of metadata set-up and jitting, of the ~0.46 s the generator takes on input/.
    /// </summary>
    private static string StateOf(ExperimentSpec spec, ResultStatus status) => string.Join('\n',
        spec.Hash, spec.Title, string.Create(CultureInfo.InvariantCulture, $"{spec.SourcePath}:{spec.Line}:{spec.Column}"),
        status.Freshness, status.Reason, status.Result is { } result ? ResultStore.ToJson(result) : "(no result)");

    public bool SameAs(LabVersions other) =>
        _undeclared == other._undeclared && _versions.Count == other._versions.Count
        && _versions.All(v => other._versions.GetValueOrDefault(v.Key) == v.Value);
}
