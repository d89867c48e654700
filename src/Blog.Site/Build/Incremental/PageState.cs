using Blog.Site.Extensions;
using Blog.Site.Rendering;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// A page as last built: what its fingerprint was made of, the fingerprint (null: always rendered), and what it read
/// when it was last rendered: the site's inputs (<see cref="PageReads"/>, which its next fingerprint is made of) and
/// the extensions' values, with their versions then.
/// </summary>
/// <param name="Inputs">Null when the build fingerprinted nothing (one that keeps no state for a next build), or the page was never rendered with recording.</param>
/// <param name="Site">What its last render read of the site; null when it was never rendered with recording (it is then rendered).</param>
internal sealed record PageState(PageInputs? Inputs, string? Fingerprint, IReadOnlyDictionary<string, string> Reads, PageReads? Site = null)
{
    private static readonly IReadOnlyDictionary<string, string> NoReads = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A page nothing is known of (a build that keeps nothing for a next one, or a new page): it is rendered.</summary>
    public static PageState Unknown { get; } = new(null, null, NoReads);

    public bool ReadsChanged(ExtensionSet extensions)
    {
        foreach (var (value, version) in Reads)
            if (extensions.VersionOf(value) != version) return true;
        return false;
    }

    /// <summary>
    /// This page after a render that read <paramref name="reads"/>: the extensions' values with their versions in this
    /// build, and its fingerprint made of the site's inputs it read.
    /// </summary>
    public static PageState After(ValueReads reads, ExtensionSet extensions, PageFingerprints fingerprints, PlannedPage page)
    {
        var values = reads.Values;
        var site = reads.PageReads;
        var inputs = fingerprints.InputsOf(page, site);
        return new PageState(inputs, fingerprints.Of(page, inputs),
            values.Count == 0 ? NoReads : values.ToDictionary(r => r, extensions.VersionOf, StringComparer.Ordinal), site);
    }

    /// <summary>Everything the page's output is made of (its fingerprint and what it read), for a generated file that shows it.</summary>
    public string? Signature => Fingerprint is null ? null
        : Reads.Count == 0 ? Fingerprint
        : ContentHash.Of(Fingerprint, Reads.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + "=" + r.Value));
}
