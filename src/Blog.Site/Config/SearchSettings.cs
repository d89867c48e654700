using Blog.Site.Diagnostics;

namespace Blog.Site.Config;

/// <summary>
/// <c>search_index:</c> (Blog's own option; not <c>search:</c>, which Jekyll themes use for their own search: minimal-mistakes' <c>search: true</c>, just-the-docs' <c>search:</c> map): whether the build writes a search index of the posts
/// (<see cref="Outputs.Files.Search.SearchIndexFile"/>), where, and how much of each post it keeps. Off unless the
/// config asks (<c>search_index: true</c>, or a map of the options), so a Jekyll site moved in gets no file it did not have.
/// </summary>
/// <param name="Path">The index's path in the output, <c>search.json</c> unless <c>path:</c> says otherwise.</param>
/// <param name="Text">How many characters of each post's text the index keeps to show under a result (<c>text:</c>).</param>
/// <param name="Words">How many more of each post's words, its most frequent first, the index keeps to be found by (<c>words:</c>).</param>
public sealed record SearchSettings(bool Enabled, string Path, int Text, int Words)
{
    public const string DefaultPath = "search.json";

    /// <summary>
    /// About 240 characters: two lines under a result. With 80 words this keeps an index at 1,000 and 10,000 posts of
    /// 600-1,200 words near 6% of the site's HTML (bench/run.sh measures it), under the 10% it may take.
    /// </summary>
    public const int DefaultText = 240;
    public const int DefaultWords = 80;

    public static readonly SearchSettings Off = new(false, DefaultPath, DefaultText, DefaultWords);

    private static readonly string[] Keys = ["enabled", "path", "text", "words"];

    /// <summary>Reads the option; a problem is reported at its line and leaves search off.</summary>
    public static SearchSettings Read(object? value, SourcePosition at, ErrorCollector errors)
    {
        switch (value)
        {
            case null or false or "false": return Off;
            case true or "true": return Off with { Enabled = true };
            case IReadOnlyDictionary<string, object?> map:
                return ReadMap(map, at, errors);
            default:
                errors.Error(at, $"'search_index' should be true, false or a map of options ({string.Join(", ", Keys)}), but was: {value}");
                return Off;
        }
    }

    private static SearchSettings ReadMap(IReadOnlyDictionary<string, object?> map, SourcePosition at, ErrorCollector errors)
    {
        var problems = map.Keys.Where(k => !Keys.Contains(k)).Select(k => $"'search_index' has no option '{k}': use {string.Join(", ", Keys)}").ToList();
        var enabled = map.GetValueOrDefault("enabled") switch
        {
            null or true => true,
            false => false,
            var other => Invalid(other, "search_index.enabled", "true or false", false),
        };
        var path = map.GetValueOrDefault("path") switch
        {
            null => DefaultPath,
            string s when IsOutputPath(s.TrimStart('/')) => s.TrimStart('/'),
            var other => Invalid(other, "search_index.path", "a file path inside the site, such as search.json", DefaultPath),
        };
        var text = Count("text", DefaultText);
        var words = Count("words", DefaultWords);
        foreach (var problem in problems) errors.Error(at, problem);
        return problems.Count == 0 ? new SearchSettings(enabled, path, text, words) : Off;

        int Count(string key, int fallback) => map.GetValueOrDefault(key) switch
        {
            null => fallback,
            int i and >= 0 => i,
            long l and >= 0 and <= int.MaxValue => (int)l,
            var other => Invalid(other, "search_index." + key, "a whole number, 0 or more", fallback),
        };

        T Invalid<T>(object? value, string name, string expected, T fallback)
        {
            problems.Add($"'{name}' should be {expected}, but was: {value}");
            return fallback;
        }
    }

    /// <summary>A relative path that stays inside the output folder and names a file.</summary>
    private static bool IsOutputPath(string path) =>
        path.Length > 0 && !path.EndsWith('/') && !path.Contains('\\')
        && path.Split('/').All(segment => segment.Length > 0 && segment is not ("." or ".."));
}
