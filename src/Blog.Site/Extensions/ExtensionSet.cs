namespace Blog.Site.Extensions;

/// <summary>
/// The extensions of a <c>serve</c> session as they are now. A burst of changed paths goes to every
/// <see cref="IWatchedExtension"/>, which reads again what it must; the set is replaced only when one of them changed,
/// so "nothing changed" stays a reference comparison. The versions of the values pages read come from here.
/// </summary>
public sealed class ExtensionSet
{
    private readonly Dictionary<string, IWatchedExtension> _watched = new(StringComparer.Ordinal);

    public ExtensionSet(IReadOnlyList<ISiteExtension> extensions)
    {
        All = extensions;
        foreach (var watched in extensions.OfType<IWatchedExtension>()) _watched[ReadRecorder.OwnerOf(watched)] = watched;
    }

    public IReadOnlyList<ISiteExtension> All { get; }

    /// <summary>The folders and files the extensions read besides the site's content.</summary>
    public IEnumerable<string> Inputs => _watched.Values.SelectMany(w => w.Inputs);

    /// <summary>The set after <paramref name="changes"/> (null: unknown, every extension reads everything again); this one when no extension changed.</summary>
    /// <param name="site">The site as read for this build, for what an extension reads of the same source.</param>
    public async Task<ExtensionSet> UpdateAsync(SiteRead site, IReadOnlyCollection<string>? changes, CancellationToken cancellationToken)
    {
        if (_watched.Count == 0) return this;
        var next = new ISiteExtension[All.Count];
        var changed = false;
        for (var i = 0; i < All.Count; i++)
        {
            next[i] = All[i] is IWatchedExtension watched ? await watched.ReloadAsync(site, changes, cancellationToken) : All[i];
            changed |= !ReferenceEquals(next[i], All[i]);
        }
        return changed ? new ExtensionSet(next) : this;
    }

    /// <summary>
    /// The version of a value recorded as read (<see cref="ReadRecorder"/>); an extension that does not watch its
    /// inputs has values that never change (""), and so does one that is gone.
    /// </summary>
    public string VersionOf(string recorded)
    {
        var (owner, value) = ReadRecorder.Split(recorded);
        return _watched.TryGetValue(owner, out var watched) ? watched.VersionOf(value) : "";
    }
}
