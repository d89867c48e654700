using Blog.Lab.Results;
using Blog.Site.Outputs;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// What a table or chart says about where its numbers come from: a link to the page's one provenance section and,
/// only where these results differ from the rest, a note (measured on another host, measured on a busy machine).
/// Everything the results share lives in the provenance section, not under every table.
/// </summary>
internal static class TableNotes
{
    public static IReadOnlyList<string> For(IReadOnlyList<LabResult> results, LabPageFacts facts)
    {
        var notes = new List<string>();
        var elsewhere = results.Where(r => facts.UsualPlace is not null && ProvenanceText.MeasuredOn(r) != facts.UsualPlace).ToList();
        if (elsewhere.Count > 0)
            notes.Add($"Not measured on {facts.UsualPlace} like the rest: " +
                      string.Join("; ", elsewhere.Select(r => $"{r.Id} on {ProvenanceText.MeasuredOn(r)} ({ProvenanceText.Machine(r.Provenance)})").Distinct()) + ".");
        if (MachineBusy.Sentence(results) is { } busy) notes.Add(char.ToUpperInvariant(busy[0]) + busy[1..]);
        return notes;
    }

    /// <summary>The link to the provenance section (with a leading separator), or nothing when the page has none.</summary>
    public static string Link(LabPageFacts facts) =>
        facts.ProvenanceHref is { } href ? $" <a class=\"lab-how\" href=\"{HtmlAttribute.Escape(href)}\">How this was measured</a>" : "";

    /// <summary>The notes as paragraphs-in-phrasing (spans shown as blocks), escaped.</summary>
    public static string Markup(IReadOnlyList<string> notes) =>
        string.Concat(notes.Select(n => $"<span class=\"lab-note\">{HtmlAttribute.Escape(n)}</span>"));
}
