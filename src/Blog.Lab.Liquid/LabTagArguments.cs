using Parlot;

namespace Blog.Lab.Liquid;

/// <summary>
/// The words after a lab tag's name: experiment ids (<c>jvm-start</c>, or <c>vm-boot:boot_ms</c> to pick a
/// metric) and options (<c>metric=start_ms</c>).
/// </summary>
internal sealed record LabTagArguments(IReadOnlyList<(string Id, string? Metric)> Experiments, IReadOnlyDictionary<string, string> Options)
{
    public static LabTagArguments Parse(IReadOnlyList<TextSpan> words)
    {
        var experiments = new List<(string, string?)>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? pendingOption = null; // "title=" whose value is the quoted string that follows
        foreach (var word in words.Select(w => w.ToString()).Where(w => w is not ("" or "-")))
        {
            if (pendingOption is not null) { options[pendingOption] = word; pendingOption = null; continue; }
            var eq = word.IndexOf('=');
            if (eq > 0 && eq == word.Length - 1) { pendingOption = word[..eq]; continue; }
            if (eq > 0) { options[word[..eq]] = word[(eq + 1)..]; continue; }
            var colon = word.IndexOf(':');
            experiments.Add(colon > 0 ? (LabData.IdOf(word[..colon]), word[(colon + 1)..]) : (LabData.IdOf(word), null));
        }
        return new LabTagArguments(experiments, options);
    }
}
