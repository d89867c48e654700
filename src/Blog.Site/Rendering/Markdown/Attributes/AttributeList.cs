using System.Text.RegularExpressions;
using Markdig.Renderers.Html;

namespace Blog.Site.Rendering.Markdown.Attributes;

/// <summary>
/// A kramdown attribute list (<c>.class #id key="value" reference</c>), parsed as kramdown's <c>ALD_TYPE_ANY</c>
/// does; text it does not recognise is ignored, as kramdown ignores it (with a warning).
/// </summary>
internal static partial class AttributeList
{
    internal enum Kind { Reference, Id, Class, Pair }

    internal readonly record struct Entry(Kind Kind, string Name, string Value);

    [GeneratedRegex("""(?:\A|\s)(?:(?<key>\w[\w-]*)=(?<q>["'])(?<value>(?:\\\}|\\\k<q>|(?!\k<q>)[^}])*?)\k<q>|(?<ref>\w[\w-]*)|(?<multi>(?:#[A-Za-z][\w:-]*|\.[^\s.#]+)+))(?=\s|\z)""")]
    private static partial Regex Part();

    [GeneratedRegex(@"#[A-Za-z][\w:-]*|\.[^\s.#]+")]
    private static partial Regex IdOrClass();

    public static List<Entry> Parse(string text)
    {
        var entries = new List<Entry>();
        foreach (Match match in Part().Matches(text))
        {
            if (match.Groups["key"].Success)
                entries.Add(new Entry(Kind.Pair, match.Groups["key"].Value, Unescape(match.Groups["value"].Value, match.Groups["q"].Value[0])));
            else if (match.Groups["ref"].Success)
                entries.Add(new Entry(Kind.Reference, match.Groups["ref"].Value, ""));
            else
                foreach (Match part in IdOrClass().Matches(match.Groups["multi"].Value))
                    entries.Add(part.Value[0] == '#' ? new Entry(Kind.Id, part.Value[1..], "") : new Entry(Kind.Class, part.Value[1..], ""));
        }
        return entries;
    }

    private static string Unescape(string value, char quote) => value.Replace("\\}", "}").Replace("\\" + quote, quote.ToString());

    /// <summary>
    /// Adds the entries to <paramref name="attributes"/>, resolving references through <paramref name="definitions"/>
    /// (ALDs). Definitions may refer to each other, even in circles, so resolving stops after a fixed number of
    /// references: a hostile set of definitions cannot expand exponentially.
    /// </summary>
    public static void ApplyTo(HtmlAttributes attributes, IEnumerable<Entry> entries, IReadOnlyDictionary<string, List<Entry>> definitions)
    {
        var budget = MaxReferences;
        ApplyTo(attributes, entries, definitions, 0, ref budget);
    }

    private const int MaxReferences = 64;

    private static void ApplyTo(HtmlAttributes attributes, IEnumerable<Entry> entries, IReadOnlyDictionary<string, List<Entry>> definitions, int depth, ref int budget)
    {
        foreach (var entry in entries)
        {
            switch (entry.Kind)
            {
                case Kind.Reference when depth < 8 && budget > 0 && definitions.TryGetValue(entry.Name, out var defined):
                    budget--;
                    ApplyTo(attributes, defined, definitions, depth + 1, ref budget);
                    break;
                case Kind.Id:
                    attributes.Id = entry.Name;
                    break;
                case Kind.Class:
                    attributes.AddClass(entry.Name);
                    break;
                case Kind.Pair when entry.Name == "class":
                    foreach (var c in entry.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)) attributes.AddClass(c);
                    break;
                case Kind.Pair when entry.Name == "id":
                    attributes.Id = entry.Value;
                    break;
                case Kind.Pair:
                    attributes.Properties?.RemoveAll(p => p.Key == entry.Name);
                    attributes.AddProperty(entry.Name, entry.Value);
                    break;
            }
        }
    }
}
