namespace Blog.Site.Config.Yaml;

/// <summary>
/// Jekyll's <c>Utils.deep_merge_hashes</c>: the overlay's keys win, nested mappings merge key by key, and a null in
/// the overlay keeps the base value (which is why <c>layout: null</c> cannot remove a default layout from a post).
/// Returns a new mapping; neither input is changed.
/// </summary>
public static class ValueMerge
{
    public static Dictionary<string, object?> Deep(IReadOnlyDictionary<string, object?> baseMap, IReadOnlyDictionary<string, object?> overlay)
    {
        var result = new Dictionary<string, object?>(baseMap.Count + overlay.Count, StringComparer.Ordinal);
        foreach (var (k, v) in baseMap) result[k] = v;
        foreach (var (k, v) in overlay)
        {
            if (v is null)
            {
                result.TryAdd(k, null);
                continue;
            }
            if (result.TryGetValue(k, out var old) &&
                old is IReadOnlyDictionary<string, object?> oldMap && v is IReadOnlyDictionary<string, object?> newMap)
                result[k] = Deep(oldMap, newMap);
            else
                result[k] = v;
        }
        return result;
    }
}
