using Blog.Lab.Liquid.Specs;

namespace Blog.Lab.Liquid;

/// <summary>What a burst of changed paths means to the lab: its specs must be read again, its results, or nothing.</summary>
internal sealed record LabInputChanges(bool Specs, bool Results)
{
    public static readonly LabInputChanges Everything = new(true, true);
    public static readonly LabInputChanges Nothing = new(false, false);

    public bool Any => Specs || Results;

    /// <param name="source">The site's source folder (absolute).</param>
    /// <param name="specPages">The pages (absolute paths) whose <c>lab:</c> front matter declared experiments when the specs were last read.</param>
    public static async Task<LabInputChanges> OfAsync(string source, IReadOnlySet<string> specPages, IReadOnlyCollection<string> changes,
        CancellationToken cancellationToken)
    {
        var paths = new LabPaths(source);
        bool specs = false, results = false;
        foreach (var change in changes.Select(c => Path.TrimEndingDirectorySeparator(Path.GetFullPath(c))))
        {
            if (IsAtOrBelow(change, paths.ResultsDirectory)) results = true;
            // _lab itself (renamed, deleted) or the source (the watcher lost track): anything may have changed.
            else if (change == paths.SpecsDirectory || change == Path.TrimEndingDirectorySeparator(source)) return Everything;
            else if (IsAtOrBelow(change, paths.SpecsDirectory)) specs = true;
            // The config's exclude/include decide which pages are read for lab: front matter.
            else if (Path.GetDirectoryName(change) == Path.TrimEndingDirectorySeparator(source) && Path.GetFileName(change).StartsWith("_config.", StringComparison.Ordinal))
                specs = true;
            else if (specPages.Contains(change)) specs = true;
            // A folder moved in may hold pages that declare experiments.
            else if (Directory.Exists(change)) specs = true;
            else if (!specs && await PageSpecSources.DeclaresAsync(change, cancellationToken)) specs = true;
        }
        return new LabInputChanges(specs, results);
    }

    private static bool IsAtOrBelow(string path, string folder) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
