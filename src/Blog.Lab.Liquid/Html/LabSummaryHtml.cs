using System.Text;
using Blog.Lab.Results;
using Blog.Site.Outputs;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// The comparison at a glance: a row per runtime (<see cref="SummaryLayout.Rows"/>), a column per property
/// (<see cref="SummaryLayout.Columns"/>), each cell <c>median ± IQR</c> of the result whose kind belongs there and how it
/// compares with the native process (median over native median, or the experiment's own side-by-side ratio). A cell
/// no result fills shows an em dash and says why; a cell measured on a busy machine is marked and explained under
/// the table. Rows and columns nothing fills are left out.
/// </summary>
internal static class LabSummaryHtml
{
    public static string Render(string id, IReadOnlyList<LabResult> results, LabPageFacts facts)
    {
        var cells = new Dictionary<(string Row, string Column), (LabResult Result, SummarySlot Slot)>();
        foreach (var result in results)
            if (SummaryLayout.SlotOf(result.Kind) is { } slot && result.Metrics.ContainsKey(slot.Metric))
                cells.TryAdd((slot.Row, slot.Column), (result, slot));
        var rows = SummaryLayout.Rows.Where(r => cells.Keys.Any(k => k.Row == r.Key)).ToList();
        var columns = SummaryLayout.Columns.Where(c => cells.Keys.Any(k => k.Column == c.Key)).ToList();
        var busy = cells.Values.Select(c => c.Result).Where(r => r.MeasuredUnderLoad).Distinct().ToList();
        var missing = new List<(SummaryColumn Column, List<string> Rows)>();

        var html = new StringBuilder();
        html.Append("<div class=\"lab-table-block lab-summary-block\">\n<div class=\"table-wrap\">\n<table class=\"lab-table lab-summary\" id=\"").Append(id).Append("\">\n<caption>")
            .Append("Median ± interquartile range (IQR) of each measurement, and how it compares with the native process.")
            .Append(TableNotes.Link(facts));
        var elsewhere = TableNotes.For(cells.Values.Select(c => c.Result).Distinct().ToList(), facts).Where(n => n.StartsWith("Not measured", StringComparison.Ordinal)).ToList();
        html.Append(TableNotes.Markup(elsewhere)).Append("</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Runs as</th>");
        foreach (var column in columns) html.Append("<th scope=\"col\">").Append(HtmlAttribute.Escape(column.Name)).Append("</th>");
        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr data-row=\"").Append(row.Key).Append("\"><th scope=\"row\">").Append(HtmlAttribute.Escape(row.Name));
            if (Accelerator(cells.Where(c => c.Key.Row == row.Key).Select(c => c.Value.Result)) is { } accelerator)
                html.Append(" <span class=\"lab-sub\">under ").Append(HtmlAttribute.Escape(accelerator)).Append("</span>");
            html.Append("</th>");
            foreach (var column in columns)
            {
                html.Append("<td class=\"lab-num\" data-label=\"").Append(HtmlAttribute.Escape(column.Name)).Append('"');
                if (!cells.TryGetValue((row.Key, column.Key), out var cell))
                {
                    var note = missing.FindIndex(m => m.Column == column);
                    if (note < 0) { missing.Add((column, [])); note = missing.Count - 1; }
                    missing[note].Rows.Add(row.Name);
                    html.Append(" data-missing=\"true\"><span class=\"lab-missing\">— <a class=\"lab-why\" href=\"#").Append(id).Append("-missing-").Append(column.Key)
                        .Append("\">why?</a></span></td>");
                    continue;
                }
                html.Append(" data-experiment=\"").Append(HtmlAttribute.Escape(cell.Result.Id)).Append("\" data-metric=\"").Append(HtmlAttribute.Escape(cell.Slot.Metric)).Append("\">");
                var busyMark = busy.Contains(cell.Result) ? $"<a class=\"lab-busy\" href=\"#{id}-busy\">busy</a>" : null;
                CellBody(html, cell.Result, cell.Slot, column, cells.GetValueOrDefault((SummaryLayout.Native, column.Key)), busyMark);
                html.Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>\n");
        if (missing.Count > 0 || busy.Count > 0)
        {
            html.Append("<ul class=\"lab-table-notes\">\n");
            foreach (var (column, missingRows) in missing)
                html.Append("<li id=\"").Append(id).Append("-missing-").Append(column.Key).Append("\">— ").Append(HtmlAttribute.Escape($"{column.Name} of {Join(missingRows)}: {column.Missing}.")).Append("</li>\n");
            if (MachineBusy.Sentence(cells.Values.Select(c => c.Result).Distinct().ToList()) is { } sentence)
                html.Append("<li id=\"").Append(id).Append("-busy\">busy: ").Append(HtmlAttribute.Escape(sentence)).Append("</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("<details class=\"lab-notes\"><summary>What each cell measures</summary>\n<dl>\n");
        foreach (var row in rows)
        foreach (var column in columns)
            if (cells.TryGetValue((row.Key, column.Key), out var cell))
            {
                var metric = cell.Result.Metrics[cell.Slot.Metric];
                html.Append("<dt>").Append(HtmlAttribute.Escape($"{row.Name}, {column.Name.ToLowerInvariant()}")).Append("</dt><dd>")
                    .Append(HtmlAttribute.Escape($"{cell.Result.Title}: {(metric.Description.Length > 0 ? metric.Description : cell.Slot.Metric)}"))
                    .Append(HtmlAttribute.Escape(metric.Summary.N == 1 ? " (measured once)" : $" ({metric.Summary.N} runs)"));
                if (cell.Slot.OwnRatio is { } ratio && cell.Result.Metrics.TryGetValue(ratio, out var own))
                    html.Append(HtmlAttribute.Escape($"; compared with native: {own.Description}"));
                html.Append("</dd>\n");
            }
        html.Append("</dl>\n</details>\n</div>");
        return html.ToString();
    }

    /// <summary>The median ± IQR, the parts it is made of, and one muted line: how it compares with native, and whether the machine was busy.</summary>
    private static void CellBody(StringBuilder html, LabResult result, SummarySlot slot, SummaryColumn column, (LabResult Result, SummarySlot Slot) native, string? busyMark)
    {
        var metric = result.Metrics[slot.Metric];
        html.Append("<span class=\"lab-median\">").Append(MedianText.Markup(metric)).Append("</span>");
        if (slot.Parts is { } parts && parts.All(result.Metrics.ContainsKey))
        {
            var labels = MetricLabel.ShortLabels(result.Metrics);
            html.Append("<span class=\"lab-parts\">").Append(string.Join(" + ",
                parts.Select(p => $"{HtmlAttribute.Escape(labels[p])} <span class=\"lab-whole\">{HtmlAttribute.Escape(MedianText.Of(result.Metrics[p]))}</span>"))).Append("</span>");
        }
        var relative = column.Relative ? Relative(result, slot, native) : null;
        if (relative is null && busyMark is null) return;
        html.Append("<span class=\"lab-rel\">").Append(HtmlAttribute.Escape(relative ?? ""))
            .Append(relative is not null && busyMark is not null ? " · " : "").Append(busyMark ?? "").Append("</span>");
    }

    /// <summary><c>52.2× native</c>; the native row itself is the baseline; null when there is nothing to compare with.</summary>
    private static string? Relative(LabResult result, SummarySlot slot, (LabResult Result, SummarySlot Slot) native)
    {
        if (slot.Row == SummaryLayout.Native) return "baseline";
        if (slot.OwnRatio is { } own && result.Metrics.TryGetValue(own, out var ratio))
            return $"{ValueFormat.Ratio(ratio.Summary.Median)} native, side by side";
        if (native.Result is null) return null;
        var baseline = native.Result.Metrics[native.Slot.Metric].Summary.Median;
        return baseline > 0 ? $"{ValueFormat.Ratio(result.Metrics[slot.Metric].Summary.Median / baseline)} native" : null;
    }

    private static string? Accelerator(IEnumerable<LabResult> results) =>
        results.Select(r => r.Provenance.FactsOf(r.Runtimes).GetValueOrDefault(Measurement.ProvenanceKeys.Accelerator)).OfType<string>().FirstOrDefault();

    private static string Join(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1];
}
