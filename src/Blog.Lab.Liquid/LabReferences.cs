using System.Text.RegularExpressions;

namespace Blog.Lab.Liquid;

/// <summary>
/// Where a page's source uses the lab. Fluid gives rendered nodes no position, so an error about a use is placed
/// by finding the use in the page's text: <c>lab.&lt;id&gt;</c> (dashes or underscores, or <c>lab["id"]</c>) or the
/// id among a <c>lab_table</c>/<c>lab_chart</c>/<c>lab_summary</c>/<c>lab_provenance</c> tag's words. The first use wins: it is the
/// one the reader meets first, and the one to fix first.
/// </summary>
internal static partial class LabReferences
{
    /// <summary>The 1-based line and column of the first use of experiment <paramref name="id"/>, or null when the text has none.</summary>
    public static (int Line, int Column)? FindExperiment(string text, string id)
    {
        var name = string.Join("[-_]", id.Split('-', '_').Select(Regex.Escape));
        var word = $"(?<![A-Za-z0-9_-]){name}(?![A-Za-z0-9_-])";
        var candidates = new List<int>();
        if (new Regex($@"\blab\s*(?:\.\s*{word}|\[\s*[""']{name}[""']\s*\])").Match(text) is { Success: true } access)
            candidates.Add(access.Index);
        var inTag = new Regex(word);
        foreach (Match tag in LabTag().Matches(text))
            if (inTag.Match(tag.Groups["words"].Value) is { Success: true } m)
            {
                candidates.Add(tag.Groups["words"].Index + m.Index);
                break;
            }
        return candidates.Count == 0 ? null : PositionOf(text, candidates.Min());
    }

    /// <summary>Those of <paramref name="ids"/> that <paramref name="text"/> uses, in the order of their first use.</summary>
    public static IReadOnlyList<string> ExperimentsIn(string text, IEnumerable<string> ids) =>
        ids.Select(id => (Id: id, At: FindExperiment(text, id)))
            .Where(u => u.At is not null)
            .OrderBy(u => u.At!.Value.Line).ThenBy(u => u.At!.Value.Column)
            .Select(u => u.Id)
            .ToList();

    /// <summary>Whether <paramref name="text"/> has a <c>{% <paramref name="tag"/> %}</c> with no experiment ids (only options, or nothing).</summary>
    public static bool HasBareTag(string text, string tag) =>
        LabTag().Matches(text).Any(m => m.Groups["name"].Value == tag &&
            m.Groups["words"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Contains('=') || w == "-"));

    /// <summary>The 1-based line and column of the first <c>{% <paramref name="tag"/> %}</c>, or null.</summary>
    public static (int Line, int Column)? FindTag(string text, string tag) =>
        LabTag().Matches(text).FirstOrDefault(m => m.Groups["name"].Value == tag) is { } found ? PositionOf(text, found.Index) : null;

    private static (int Line, int Column) PositionOf(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{%-?\s*(?<name>lab_(?:table|chart|provenance|summary))\b(?<words>.*?)-?%\}", RegexOptions.Singleline)]
    private static partial Regex LabTag();
}
