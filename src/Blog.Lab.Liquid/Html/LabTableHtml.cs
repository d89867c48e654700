using System.Text;
using Blog.Lab.Results;
using Blog.Site.Outputs;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// A results table. Each experiment once, as a row group headed by its title (and how often it ran), then its metrics
/// in the order things happen (<see cref="MetricOrder"/>), each as <c>median ± IQR</c> in the unit its median reads
/// best in and the 95% confidence interval of the mean; a value measured once is shown alone, with no statistics it
/// does not have. Row names are short (<see cref="MetricLabel"/>); the full descriptions follow in a
/// <c>&lt;details&gt;</c>. Results from another place name it in their group header (<see cref="HostColumn"/>).
/// The caption links to the page's provenance section and carries a note only where these results differ from
/// the rest. Rows carry <c>data-experiment</c> and <c>data-metric</c>, so a test can hold the page against the JSON.
/// No blank lines: it sits inside Markdown.
/// </summary>
internal static class LabTableHtml
{
    public static string Render(IReadOnlyList<LabResult> results, LabPageFacts facts)
    {
        var hosts = HostColumn.Cells(results);
        var withSamples = results.Any(r => r.Metrics.Values.Any(m => m.Summary.N > 1));
        var columns = withSamples ? 3 : 2;
        var notes = new List<(string Row, string Description)>();

        var html = new StringBuilder();
        html.Append("<div class=\"lab-table-block\">\n<div class=\"table-wrap\">\n<table class=\"lab-table\">\n<caption>")
            .Append(withSamples ? "Median ± interquartile range (IQR), and the 95% confidence interval of the mean." : "Measured once each.")
            .Append(TableNotes.Link(facts)).Append(TableNotes.Markup(TableNotes.For(results, facts))).Append("</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Metric</th>")
            .Append(withSamples ? "<th scope=\"col\">Median ± IQR</th><th scope=\"col\">95% CI of the mean</th>" : "<th scope=\"col\">Value</th>")
            .Append("</tr></thead>\n");
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var labels = MetricLabel.ShortLabels(result.Metrics);
            var counts = result.Metrics.Values.Select(m => m.Summary.N).Distinct().ToList();
            html.Append("<tbody>\n<tr class=\"lab-group\"><th scope=\"colgroup\" colspan=\"").Append(columns).Append("\">")
                .Append(HtmlAttribute.Escape(result.Title));
            if (counts.Count == 1) html.Append(" <span class=\"lab-runs\">").Append(HtmlAttribute.Escape(Runs(counts[0]))).Append("</span>");
            if (hosts is not null) html.Append(" <span class=\"lab-host\">on ").Append(HtmlAttribute.Escape(hosts[i])).Append("</span>");
            html.Append("</th></tr>\n");
            foreach (var (name, metric) in MetricOrder.Of(result.Metrics))
            {
                var s = metric.Summary;
                var label = labels[name] + (counts.Count > 1 ? $" ({Runs(s.N)})" : "");
                if (MetricLabel.Note(labels[name], metric) is { } note) notes.Add(($"{result.Title}: {labels[name]}", note));
                html.Append("<tr data-experiment=\"").Append(HtmlAttribute.Escape(result.Id)).Append("\" data-metric=\"").Append(HtmlAttribute.Escape(name)).Append("\">")
                    .Append("<th scope=\"row\">").Append(HtmlAttribute.Escape(label)).Append("</th>")
                    .Append("<td class=\"lab-num lab-median\" data-label=\"").Append(withSamples ? "Median ± IQR" : "Value").Append("\">")
                    .Append(MedianText.Markup(metric)).Append("</td>");
                if (withSamples)
                    html.Append("<td class=\"lab-num lab-spread\" data-label=\"95% CI of the mean\">")
                        .Append(s.N > 1 ? HtmlAttribute.Escape(MedianText.Interval(metric)) : "").Append("</td>");
                html.Append("</tr>\n");
            }
            html.Append("</tbody>\n");
        }
        html.Append("</table>\n</div>\n");
        if (notes.Count > 0)
        {
            html.Append("<details class=\"lab-notes\"><summary>What each row measures</summary>\n<dl>\n");
            foreach (var (row, description) in notes)
                html.Append("<dt>").Append(HtmlAttribute.Escape(row)).Append("</dt><dd>").Append(HtmlAttribute.Escape(description)).Append("</dd>\n");
            html.Append("</dl>\n</details>\n");
        }
        html.Append("</div>");
        return html.ToString();
    }

    private static string Runs(int n) => n == 1 ? "measured once" : $"{n} runs";
}
