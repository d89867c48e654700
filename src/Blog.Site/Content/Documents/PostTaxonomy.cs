namespace Blog.Site.Content.Documents;

/// <summary>
/// Jekyll's rules for a post's categories and tags. Categories: the folders above <c>_posts</c> first, then
/// <c>categories</c> from defaults and front matter (a string splits on whitespace, list items do not), then the
/// singular <c>category</c> (never split); duplicates removed. Tags: the singular <c>tag</c> if present (never split),
/// else <c>tags</c> (a string splits on whitespace); duplicates kept, as Jekyll keeps them.
/// </summary>
public static class PostTaxonomy
{
    public static IReadOnlyList<string> Categories(
        IReadOnlyList<string> folderCategories,
        IReadOnlyDictionary<string, object?> defaults,
        IReadOnlyDictionary<string, object?> frontMatter,
        IReadOnlyDictionary<string, object?> merged)
    {
        var result = new List<string>(folderCategories);
        AddPlural(result, defaults.GetValueOrDefault("categories"));
        AddPlural(result, frontMatter.GetValueOrDefault("categories"));
        if (merged.GetValueOrDefault("category") is { } singular)
            result.AddRange(Flatten(singular));
        return result.Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> Tags(IReadOnlyDictionary<string, object?> merged)
    {
        if (merged.GetValueOrDefault("tag") is { } singular) return Flatten(singular).ToList();
        return merged.GetValueOrDefault("tags") switch
        {
            string text => SplitWords(text),
            IReadOnlyList<object?> list => list.Where(v => v is not null).SelectMany(Flatten).ToList(),
            null => [],
            var other => [RubyText.Of(other)],
        };
    }

    private static void AddPlural(List<string> into, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                into.AddRange(SplitWords(text));
                return;
            case IReadOnlyList<object?> list:
                into.AddRange(list.Where(v => v is not null).SelectMany(Flatten));
                return;
            default:
                into.Add(RubyText.Of(value));
                return;
        }
    }

    private static IEnumerable<string> Flatten(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => list.SelectMany(Flatten),
        _ => [RubyText.Of(value)],
    };

    private static List<string> SplitWords(string text) =>
        text.Split([' ', '\t', '\n', '\r', '\f', '\v'], StringSplitOptions.RemoveEmptyEntries).ToList();
}
