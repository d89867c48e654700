using System.Text;
using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// A results table: one row per experiment and metric with median, IQR, 95% CI of the mean and n, and a
/// caption that says where and when the numbers were measured. Results measured on different hosts (a remote
/// engine beside the local one, or two engines reaching one host) sit side by side with a column naming each row's
/// place (<see cref="HostColumn"/>). No blank lines: it sits inside Markdown.
/// </summary>
internal static class LabTableHtml
{
    public static string Render(IReadOnlyList<LabResult> results)
    {
        var html = new StringBuilder();
        var hosts = HostColumn.Cells(results);
        html.Append("<div class=\"table-wrap\">\n<table class=\"lab-table\">\n");
        html.Append("<caption>").Append(Html.Escape(ProvenanceText.Caption(results))).Append("</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Experiment</th>").Append(hosts is null ? "" : "<th scope=\"col\">Host</th>")
            .Append("<th scope=\"col\">Metric</th><th scope=\"col\">Median</th>")
            .Append("<th scope=\"col\">IQR</th><th scope=\"col\">95% CI of the mean</th><th scope=\"col\">n</th></tr></thead>\n<tbody>\n");
        for (var i = 0; i < results.Count; i++)
        foreach (var (name, metric) in results[i].Metrics)
        {
            var result = results[i];
            var s = metric.Summary;
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape(result.Title)).Append("</th>");
            if (hosts is not null) html.Append("<td>").Append(Html.Escape(hosts[i])).Append("</td>");
            html.Append("<td>").Append(Html.Escape(string.IsNullOrEmpty(metric.Description) ? name : metric.Description)).Append("</td>")
                .Append("<td class=\"lab-num\">").Append(Html.Escape(ValueFormat.Of(s.Median, metric.Unit))).Append("</td>")
                .Append("<td class=\"lab-num lab-spread\">").Append(Html.Escape(ValueFormat.Of(s.Iqr, metric.Unit))).Append("</td>")
                .Append("<td class=\"lab-num lab-spread\">").Append(Html.Escape($"{ValueFormat.Of(s.CiLow, metric.Unit)} – {ValueFormat.Of(s.CiHigh, metric.Unit)}")).Append("</td>")
                .Append("<td class=\"lab-num\">").Append(s.N).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</div>");
        return html.ToString();
    }
}
