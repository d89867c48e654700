using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// The results table's Host column: needed when its results were measured in more than one place. A place is the
/// host whose numbers a result holds (<see cref="ProvenanceText.MeasuredOn"/>) and, for a container result, the
/// engine endpoint that measured it. Host names alone usually tell the places apart; when two endpoints reach the
/// same host (<c>ssh://me@box</c> beside <c>unix:///var/run/docker.sock</c> on box itself), their cells name the
/// endpoint too, so no two places read the same.
/// </summary>
internal static class HostColumn
{
    /// <summary>One cell per result, in order; null when every result was measured in the same place.</summary>
    public static IReadOnlyList<string>? Cells(IReadOnlyList<LabResult> results)
    {
        var places = results.Select(r => (Host: ProvenanceText.MeasuredOn(r), Engine: ProvenanceText.EngineEndpoint(r))).ToList();
        var endpointsMatter = places.Where(p => p.Engine is not null)
            .GroupBy(p => p.Host)
            .Any(host => host.Select(p => p.Engine).Distinct().Count() > 1);
        if (!endpointsMatter && places.Select(p => p.Host).Distinct().Count() <= 1) return null;
        return places.Select(p => endpointsMatter && p.Engine is not null ? $"{p.Host} ({p.Engine})" : p.Host).ToList();
    }
}
