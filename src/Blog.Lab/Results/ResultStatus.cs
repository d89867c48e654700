using Blog.Lab.Specs;

namespace Blog.Lab.Results;

public enum Freshness { Fresh, Stale, Missing }

/// <summary>Whether a spec's stored result is still what the spec would measure, and if not, why.</summary>
public sealed record ResultStatus(string Id, Freshness Freshness, string Reason, LabResult? Result)
{
    public static ResultStatus Of(ExperimentSpec spec, LabResult? result)
    {
        if (result is null)
            return new ResultStatus(spec.Id, Freshness.Missing, "never measured", null);
        if (result.Schema != LabResult.CurrentSchema)
            return new ResultStatus(spec.Id, Freshness.Stale, $"result schema {result.Schema}, the lab writes {LabResult.CurrentSchema}", result);
        if (result.SpecHash == spec.Hash)
            return new ResultStatus(spec.Id, Freshness.Fresh, $"measured {result.Provenance.Date.UtcDateTime:yyyy-MM-dd HH:mm} UTC", result);
        var changes = result.Spec.DifferencesFrom(SpecSnapshot.Of(spec));
        var why = changes.Count > 0 ? string.Join(", ", changes) : "the spec's hash changed";
        return new ResultStatus(spec.Id, Freshness.Stale, $"spec changed since it was measured: {why}", result);
    }
}
