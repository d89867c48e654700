using System.Text;
using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// The "how these numbers were measured" box: machine, system, runtime and engine versions, the accelerator
/// the VMs ran under, samples, dates, and the command that measures them again.
/// </summary>
internal static class LabProvenanceHtml
{
    public static string Render(IReadOnlyList<LabResult> results)
    {
        var html = new StringBuilder();
        html.Append("<aside class=\"lab-provenance\" aria-labelledby=\"lab-provenance-title\">\n");
        html.Append("<h2 id=\"lab-provenance-title\">How these numbers were measured</h2>\n<dl>\n");
        Row(html, "Machine", string.Join("; ", results.Select(r => ProvenanceText.Machine(r.Provenance)).Distinct()));
        Row(html, "System", string.Join("; ", results.Select(r => ProvenanceText.System(r.Provenance)).Distinct()));
        var facts = ProvenanceText.RuntimeFacts(results);
        if (facts.Count > 0) Row(html, "Runtimes", string.Join(", ", facts));
        var accelerators = results
            .Select(r => r.Provenance.FactsOf(r.Runtimes).GetValueOrDefault(Measurement.ProvenanceKeys.Accelerator))
            .OfType<string>().Distinct().ToList();
        if (accelerators.Count > 0) Row(html, "VM accelerator", string.Join(", ", accelerators));
        var load = ProvenanceText.LoadPerResult(results);
        if (load.Count > 0)
            Row(html, "Machine load", $"1-min load average before → after each run: {string.Join(", ", load)}");
        Row(html, "Samples", ProvenanceText.Samples(results) + " (after warm-up runs, one experiment at a time)");
        Row(html, "Measured", $"{ProvenanceText.Dates(results)}, lab {string.Join(", ", results.Select(r => r.Provenance.LabVersion).Distinct())}");
        html.Append("</dl>\n<p>To measure them again on your machine:</p>\n<pre><code>")
            .Append(Html.Escape(LabPaths.RunCommand(["--force", .. results.Select(r => r.Id)])))
            .Append("</code></pre>\n</aside>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(Html.Escape(term)).Append("</dt><dd>").Append(Html.Escape(value)).Append("</dd>\n");
}
