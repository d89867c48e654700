using Blog.Site.Extensions;
using Blog.Site.Rendering;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// A page as last built: what its fingerprint was made of, the fingerprint (null: always rendered), and what it read
/// when it was last rendered: the extensions' values, with their versions then, and whether another document's
/// content or excerpt.
/// </summary>
/// <param name="Inputs">Null when the build fingerprinted nothing (one that keeps no state for a next build).</param>
/// <param name="ReadsBodies">True too when it is not known (the page was never rendered with recording).</param>
internal sealed record PageState(PageInputs? Inputs, string? Fingerprint, IReadOnlyDictionary<string, string> Reads, bool ReadsBodies = true)
{
    private static readonly IReadOnlyDictionary<string, string> NoReads = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A page of a build that keeps nothing for a next one: it is rendered, and nothing is known of it.</summary>
    public static PageState Unknown { get; } = new(null, null, NoReads);

    public static PageState Of(PageInputs inputs, string? fingerprint, PageState? known) =>
        new(inputs, fingerprint, known?.Reads ?? NoReads, inputs.ReadsBodies);

    public bool ReadsChanged(ExtensionSet extensions)
    {
        foreach (var (value, version) in Reads)
            if (extensions.VersionOf(value) != version) return true;
        return false;
    }

    /// <summary>
    /// This page after a render that read <paramref name="reads"/>, each value with its version in this build. When
    /// the fingerprint was made assuming otherwise of other documents' bodies, it is made again with what was read.
    /// </summary>
    public PageState After(ValueReads reads, ExtensionSet extensions, PageFingerprints fingerprints, PlannedPage page)
    {
        var values = reads.Values;
        var state = this with
        {
            Reads = values.Count == 0 ? NoReads : values.ToDictionary(r => r, extensions.VersionOf, StringComparer.Ordinal),
            ReadsBodies = reads.Bodies,
        };
        if (Inputs is null || Inputs.ReadsBodies == reads.Bodies) return state;
        var inputs = fingerprints.InputsOf(page, reads.Bodies);
        return state with { Inputs = inputs, Fingerprint = Fingerprint is null ? null : fingerprints.Of(page, inputs) };
    }

    /// <summary>Everything the page's output is made of (its fingerprint and what it read), for a generated file that shows it.</summary>
    public string? Signature => Fingerprint is null ? null
        : Reads.Count == 0 ? Fingerprint
        : ContentHash.Of(Fingerprint, Reads.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + "=" + r.Value));
}
