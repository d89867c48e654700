using System.Text.RegularExpressions;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;

namespace Blog.Site.Config;

/// <summary>
/// Reads <c>collections:</c> (a map of name to settings, or a list of names) as Jekyll 4.3's
/// <c>Configuration#add_default_collections</c> and <c>Collection</c> do. Problems are reported at the key's line
/// and the collection is left out, so a bad config never stops the reading of the rest.
/// </summary>
internal static partial class CollectionsReader
{
    public sealed record Result(IReadOnlyList<CollectionSettings> Collections, string? PostsPermalink);

    public static Result Read(object? value, SourcePosition at, ErrorCollector errors)
    {
        var entries = new List<(string Name, object? Settings)>();
        switch (value)
        {
            case null:
                break;
            case IReadOnlyDictionary<string, object?> map:
                entries.AddRange(map.Select(e => (e.Key, e.Value)));
                break;
            case IReadOnlyList<object?> names:
                foreach (var name in names)
                {
                    if (name is string s) entries.Add((s, null));
                    else errors.Error(at, $"'collections' lists '{Printable(name)}', which is not a collection name");
                }
                break;
            default:
                errors.Error(at, $"'collections' should be a map of names to settings or a list of names, but was: {Printable(value)}");
                break;
        }

        var collections = new List<CollectionSettings>();
        string? postsPermalink = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, settings) in entries)
        {
            if (settings is not null and not IReadOnlyDictionary<string, object?>)
            {
                errors.Error(at, $"the collection '{name}' should have a map of settings (output, permalink, sort_by...), not: {Printable(settings)}");
                continue;
            }
            var metadata = settings as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            string? permalink = ReadPermalink(name, metadata, at, errors, out bool permalinkOk);
            if (!permalinkOk) continue;

            // Posts are read by their own reader; Jekyll always writes them, whatever 'output' says.
            if (name == "posts")
            {
                if (metadata.GetValueOrDefault("output") is { } output and not true)
                    errors.Warning(at, $"the posts collection is always written; 'output: {Printable(output)}' is ignored");
                postsPermalink = permalink;
                continue;
            }

            string label = UnsafeLabelCharacters().Replace(name, "");
            if (label.Length == 0 || label is "." or ".." || label == "drafts")
            {
                errors.Error(at, $"'{name}' cannot name a collection: use letters, digits, '_', '-' or '.'");
                continue;
            }
            if (!seen.Add(label))
            {
                errors.Error(at, $"the collection '{label}' is defined twice");
                continue;
            }

            object? sortValue = metadata.GetValueOrDefault("sort_by");
            if (sortValue is not null and not string)
                errors.Warning(at, $"the collection '{label}' has a 'sort_by' that is not a key name ({Printable(sortValue)}); it is ignored");
            IReadOnlyList<string>? order = metadata.GetValueOrDefault("order") is IReadOnlyList<object?> list
                ? list.Where(o => o is not null).Select(Printable).ToList()
                : null;
            collections.Add(new CollectionSettings(label, metadata.GetValueOrDefault("output") is true, permalink,
                sortValue as string, order, metadata));
        }
        return new Result(collections, postsPermalink);
    }

    private static string? ReadPermalink(string name, IReadOnlyDictionary<string, object?> metadata, SourcePosition at,
        ErrorCollector errors, out bool ok)
    {
        ok = true;
        switch (metadata.GetValueOrDefault("permalink"))
        {
            case null:
                return null;
            case string permalink when permalink.Length > 0 && !permalink.Contains('\0') && !OutputPathRules.Climbs(permalink):
                if (UnknownPlaceholder(permalink) is not { } unknown) return permalink;
                errors.Error(at, $"the collection '{name}' has the permalink '{permalink}' with no placeholder ':{unknown}' (see Jekyll's permalink placeholders)");
                ok = false;
                return null;
            case var other:
                errors.Error(at, $"the collection '{name}' has the permalink '{Printable(other)}', which does not name a path inside the site");
                ok = false;
                return null;
        }
    }

    /// <summary>The first placeholder a document's URL cannot fill (checked once here rather than once per document).</summary>
    private static string? UnknownPlaceholder(string permalink)
    {
        var sample = new PostPlaceholders("x", "2000-01-01-x", "/x", [], DateTimeOffset.UnixEpoch, ".html", "x");
        UrlTemplate.Fill(PermalinkStyle.PostTemplate(permalink), n => sample[n], out string? unknown);
        return unknown;
    }

    private static string Printable(object? value) => (value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        IReadOnlyDictionary<string, object?> => "a map",
        IReadOnlyList<object?> => "a list",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    }).Replace("\0", "\\0");

    [GeneratedRegex("[^a-z0-9_\\-.]", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeLabelCharacters();
}
