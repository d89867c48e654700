using Blog.Site.Diagnostics;

namespace Blog.Site.Config;

/// <summary>Reads the config's <c>defaults:</c> list (Jekyll's front matter defaults) into records.</summary>
internal static class FrontMatterDefaultsReader
{
    public static IReadOnlyList<FrontMatterDefault> Read(object? value, SourcePosition at, ErrorCollector errors)
    {
        if (value is null) return [];
        if (value is not IReadOnlyList<object?> sets)
        {
            errors.Error(at, "'defaults' should be a list of sets with 'scope' and 'values'");
            return [];
        }

        var result = new List<FrontMatterDefault>(sets.Count);
        foreach (var set in sets)
        {
            // Jekyll ignores an invalid set with a warning; so do we, but say which one.
            if (set is not IReadOnlyDictionary<string, object?> map || map.GetValueOrDefault("values") is not IReadOnlyDictionary<string, object?> values)
            {
                errors.Warning(at, "a 'defaults' entry without a 'values' mapping is ignored");
                continue;
            }
            var scope = map.GetValueOrDefault("scope") as IReadOnlyDictionary<string, object?>;
            string path = scope?.GetValueOrDefault("path") as string ?? "";
            string? type = scope is not null && scope.TryGetValue("type", out var t) && t is not null ? CurrentTypeName(t.ToString()!) : null;
            result.Add(new FrontMatterDefault(path, type, values));
        }
        return result;
    }

    // Jekyll still accepts the singular type names and treats them as the plural ones.
    private static string CurrentTypeName(string type) => type switch
    {
        "page" => "pages",
        "post" => "posts",
        "draft" => "drafts",
        _ => type,
    };
}
