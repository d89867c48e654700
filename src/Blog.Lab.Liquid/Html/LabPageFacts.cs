namespace Blog.Lab.Liquid.Html;

/// <summary>
/// What a lab table or chart needs to know beyond its own results: where the page explains how everything was
/// measured (null when the page has no provenance section to link to), and the place most of the lab's results
/// were measured in, so a table measured elsewhere can say so.
/// </summary>
internal sealed record LabPageFacts(string? ProvenanceHref, string? UsualPlace)
{
    public static readonly LabPageFacts None = new(null, null);

    /// <summary>The id of the section <c>{% lab_provenance %}</c> writes, which tables and charts link to.</summary>
    public const string ProvenanceId = "how-this-was-measured";
}
