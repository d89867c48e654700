using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Site.Config.Dates;

namespace Blog.Site.Outputs;

/// <summary>
/// Reads front matter and config values whatever shape the YAML reader gave them (string-keyed or
/// object-keyed maps, lists, strings, dates), the way Liquid would see them.
/// </summary>
public static partial class DataValues
{
    /// <summary><c>map[key]</c> for any kind of map; null when absent or not a map.</summary>
    public static object? Get(object? map, string key)
    {
        switch (map)
        {
            case IReadOnlyDictionary<string, object?> typed:
                return typed.TryGetValue(key, out var value) ? value : null;
            case IDictionary<string, object?> mutable:
                return mutable.TryGetValue(key, out var found) ? found : null;
            case IDictionary loose:
                foreach (DictionaryEntry entry in loose)
                    if (string.Equals(entry.Key?.ToString(), key, StringComparison.Ordinal)) return entry.Value;
                return null;
            default:
                return null;
        }
    }

    /// <summary>A nested lookup such as <c>feed.path</c>.</summary>
    public static object? Get(object? map, params string[] path)
    {
        var current = map;
        foreach (var key in path) current = Get(current, key);
        return current;
    }

    public static bool IsMap(object? value) => value is IDictionary or IReadOnlyDictionary<string, object?>;

    /// <summary>A scalar as text; null for null, empty strings, maps and lists.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s.Length == 0 ? null : s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable => null,
        _ => value.ToString(),
    };

    /// <summary>The first item of a list, or null.</summary>
    public static object? First(object? value) =>
        value is IEnumerable list and not string ? list.Cast<object?>().FirstOrDefault() : null;

    /// <summary>Liquid's falsiness for a YAML value: only <c>false</c> (or the text "false") and nil are false.</summary>
    public static bool IsFalse(object? value) =>
        value is false || (value is string s && string.Equals(s, "false", StringComparison.OrdinalIgnoreCase));

    public static bool IsTrue(object? value) =>
        value is true || (value is string s && string.Equals(s, "true", StringComparison.OrdinalIgnoreCase));

    public static int? Integer(object? value) => value switch
    {
        int i => i,
        long l => (int)l,
        double d => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A date value from front matter (<c>last_modified_at</c>...), placed in the site's zone.</summary>
    public static DateTimeOffset? Date(object? value, TimeZoneInfo zone)
    {
        switch (value)
        {
            case DateTimeOffset offset:
                return TimeZoneInfo.ConvertTime(offset, zone);
            case CalendarDate day:
                return day.In(zone);
            case DateTime dateTime:
                return dateTime.Kind == DateTimeKind.Unspecified
                    ? new DateTimeOffset(dateTime, zone.GetUtcOffset(dateTime))
                    : TimeZoneInfo.ConvertTime(new DateTimeOffset(dateTime), zone);
            case string text:
                var normalized = CompactOffset().Replace(text.Trim(), "$1:$2");
                if (!DateTime.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _))
                    return null;
                var hasOffset = ExplicitOffset().IsMatch(normalized);
                if (hasOffset && DateTimeOffset.TryParse(normalized, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    return TimeZoneInfo.ConvertTime(parsed, zone);
                return Date(DateTime.SpecifyKind(DateTime.Parse(normalized, CultureInfo.InvariantCulture), DateTimeKind.Unspecified), zone);
            default:
                return null;
        }
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex ExplicitOffset();
}
