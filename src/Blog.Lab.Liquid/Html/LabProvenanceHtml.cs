using System.Text;
using Blog.Lab.Results;
using Blog.Site.Outputs;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// The page's one "How this was measured" section: machine, system, runtime and engine versions, the accelerator
/// the VMs ran under, samples, dates, how busy the machine was, where the raw data is (each result as JSON, its samples as
/// CSV: <see cref="Downloads.LabDownloads"/>), and the command that measures everything again.
/// Tables and charts link to it (<see cref="LabPageFacts.ProvenanceId"/>) instead of repeating it. With
/// <c>heading=false</c> the page writes the heading itself (in Markdown, so a <c>{:toc}</c> lists it) and the box
/// follows it.
/// </summary>
internal static class LabProvenanceHtml
{
    /// <summary>What follows a re-measure: the site built again with the new results.</summary>
    private const string BuildCommand = "dotnet run --project src/Blog";

    /// <param name="baseUrl">The site's <c>baseurl</c>, which the links to the raw data start with.</param>
    public static string Render(IReadOnlyList<LabResult> results, bool ownHeading, string runCommand, string baseUrl)
    {
        var html = new StringBuilder();
        html.Append(ownHeading
            ? $"<section class=\"lab-provenance\" id=\"{LabPageFacts.ProvenanceId}\" aria-labelledby=\"{LabPageFacts.ProvenanceId}-title\">\n<h2 id=\"{LabPageFacts.ProvenanceId}-title\">How this was measured</h2>\n"
            : "<div class=\"lab-provenance\">\n");
        html.Append("<dl>\n");
        Row(html, "Machine", string.Join("; ", results.Select(r => ProvenanceText.Machine(r.Provenance)).Distinct()));
        Row(html, "System", string.Join("; ", results.Select(r => ProvenanceText.System(r.Provenance)).Distinct()));
        var facts = ProvenanceText.RuntimeFacts(results);
        if (facts.Count > 0) Row(html, "Runtimes", string.Join(", ", facts));
        var accelerators = results
            .Select(r => r.Provenance.FactsOf(r.Runtimes).GetValueOrDefault(Measurement.ProvenanceKeys.Accelerator))
            .OfType<string>().Distinct().ToList();
        if (accelerators.Count > 0) Row(html, "VM accelerator", string.Join(", ", accelerators));
        Row(html, "Samples", ProvenanceText.Samples(results) + " (after warm-up runs, one experiment at a time)");
        Row(html, "Measured", $"{ProvenanceText.Dates(results)}, lab {string.Join(", ", results.Select(r => r.Provenance.LabVersion).Distinct())}");
        if (ProvenanceText.LoadRange(results) is { } range)
        {
            html.Append("<dt>Machine load</dt><dd>").Append(HtmlAttribute.Escape(range));
            var busy = results.Where(r => r.MeasuredUnderLoad).Select(r => r.Id).ToList();
            html.Append(HtmlAttribute.Escape(busy.Count == 0
                ? $"; the machine was quiet (at most {QuietLimit(results)} before each run) throughout."
                : $"; busy (above {QuietLimit(results)} before the run, or the wait for quiet timed out) during {string.Join(", ", busy)}."));
            html.Append("<details><summary>Each run's load, before → after</summary><p>")
                .Append(HtmlAttribute.Escape(string.Join(", ", ProvenanceText.LoadPerResult(results)))).Append("</p></details></dd>\n");
        }
        RawData(html, results, baseUrl);
        html.Append("</dl>\n<p class=\"lab-rerun\"><strong>Re-run these numbers</strong> on your machine (Docker and QEMU needed; <code>bash .ci/setup</code> installs them), then rebuild:</p>\n<pre><code>")
            .Append(HtmlAttribute.Escape(runCommand)).Append('\n').Append(HtmlAttribute.Escape(BuildCommand))
            .Append("</code></pre>\n").Append(ownHeading ? "</section>" : "</div>");
        return html.ToString();
    }

    /// <summary>Links to each result's published files, named by file so every link says where it goes.</summary>
    private static void RawData(StringBuilder html, IReadOnlyList<LabResult> results, string baseUrl)
    {
        var root = baseUrl.TrimEnd('/') + "/";
        html.Append("<dt>Raw data</dt><dd>Every sample, as the lab stored it (JSON) and as a table (CSV): ");
        html.AppendJoin(", ", results.Select(r =>
            Link(root + Downloads.LabDownloads.JsonPath(r.Id), r.Id + ".json") + " and " + Link(root + Downloads.LabDownloads.CsvPath(r.Id), r.Id + ".csv")));
        html.Append(".</dd>\n");
    }

    private static string Link(string href, string text) => $"<a href=\"{HtmlAttribute.Escape(href)}\">{HtmlAttribute.Escape(text)}</a>";

    /// <summary>The quiet limit the results are held to (1.5 on 2 cores), one per core count among them.</summary>
    private static string QuietLimit(IReadOnlyList<LabResult> results) =>
        string.Join(" or ", results.Select(r => ValueFormat.Significant(r.QuietLoadLimit)).Distinct());

    private static void Row(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(HtmlAttribute.Escape(term)).Append("</dt><dd>").Append(HtmlAttribute.Escape(value)).Append("</dd>\n");
}
