namespace Blog.Site.Content.Discovery;

/// <summary>
/// Jekyll's <c>EntryFilter</c>: which files and folders take part in the site. Entries starting with <c>.</c>, <c>_</c>,
/// <c>#</c> or <c>~</c> and backups ending in <c>~</c> are skipped, <c>exclude:</c> patterns (plus Jekyll's default
/// excludes) remove entries, <c>include:</c> brings special entries back.
/// </summary>
public sealed class EntryFilter
{
    private readonly Pattern[] _exclude;
    private readonly Pattern[] _include;

    public EntryFilter(IEnumerable<string> exclude, IEnumerable<string> include)
    {
        var included = include.ToList();
        _include = included.Select(p => new Pattern(p)).ToArray();
        // Jekyll excludes `exclude - include`: a pattern in both lists does not exclude.
        _exclude = exclude.Except(included, StringComparer.Ordinal).Select(p => new Pattern(p)).ToArray();
    }

    /// <summary>Whether an entry is read.</summary>
    /// <param name="relativePath">Path relative to the source folder, forward slashes.</param>
    /// <param name="entryName">The entry as its folder lists it (a name, or a sub-path under <c>_posts</c>).</param>
    public bool Accepts(string relativePath, string entryName, bool isDirectory)
    {
        string baseName = entryName[(entryName.LastIndexOf('/') + 1)..];
        bool included = _include.Any(p => p.Matches(entryName, isDirectory) || p.Matches(baseName, isDirectory));
        if (!included && _exclude.Any(p => p.Matches(relativePath, isDirectory))) return false;
        if (included) return true;
        return !IsSpecial(entryName) && !IsSpecial(baseName) && !entryName.EndsWith('~');
    }

    public static bool IsSpecial(string name) => name.Length > 0 && name[0] is '.' or '_' or '#' or '~';

    private sealed class Pattern(string text)
    {
        private readonly string _text = text.TrimStart('/');
        private readonly FnMatch _glob = FnMatch.Create(text.TrimStart('/'), starCrossesFolders: true);

        public bool Matches(string relativePath, bool isDirectory) =>
            _glob.IsMatch(relativePath) || relativePath.StartsWith(_text, StringComparison.Ordinal) ||
            (isDirectory && _text == relativePath + "/");
    }
}
