using Blog.Site.Extensions;
using Blog.Site.Rendering;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// A page as last built: what its fingerprint was made of, the fingerprint (null: always rendered), and the
/// extensions' values it read when it was last rendered, with their versions then.
/// </summary>
/// <param name="Inputs">Null when the build fingerprinted nothing (one that keeps no state for a next build).</param>
internal sealed record PageState(PageInputs? Inputs, string? Fingerprint, IReadOnlyDictionary<string, string> Reads)
{
    private static readonly IReadOnlyDictionary<string, string> NoReads = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A page of a build that keeps nothing for a next one: it is rendered, and nothing is known of it.</summary>
    public static PageState Unknown { get; } = new(null, null, NoReads);

    public static PageState Of(PageInputs inputs, string? fingerprint, PageState? known) => new(inputs, fingerprint, known?.Reads ?? NoReads);

    public bool ReadsChanged(ExtensionSet extensions)
    {
        foreach (var (value, version) in Reads)
            if (extensions.VersionOf(value) != version) return true;
        return false;
    }

    /// <summary>This page after a render that read <paramref name="reads"/>, each value with its version in this build.</summary>
    public PageState After(ValueReads reads, ExtensionSet extensions)
    {
        var values = reads.Values;
        return this with { Reads = values.Count == 0 ? NoReads : values.ToDictionary(r => r, extensions.VersionOf, StringComparer.Ordinal) };
    }

    /// <summary>Everything the page's output is made of (its fingerprint and what it read), for a generated file that shows it.</summary>
    public string? Signature => Fingerprint is null ? null
        : Reads.Count == 0 ? Fingerprint
        : ContentHash.Of(Fingerprint, Reads.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + "=" + r.Value));
}
