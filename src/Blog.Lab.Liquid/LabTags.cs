using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Blog.Lab.Liquid.Html;
using Blog.Lab.Results;
using Blog.Site.Outputs;
using Fluid;
using Fluid.Ast;
using Parlot;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Blog.Lab.Liquid;

/// <summary>
/// <c>{% lab_table id... %}</c>, <c>{% lab_chart metric=m id... %}</c>, <c>{% lab_summary [id...] %}</c> and
/// <c>{% lab_provenance [id...] [heading=false] %}</c>. A missing result is reported against the page (and its table
/// row, bar or line is left out). Without ids the summary takes every declared experiment it has a place for, and the
/// provenance every experiment the page's source uses, so the page's one provenance section covers all its numbers.
/// </summary>
internal sealed class LabTags(LabUsage usage)
{
    public void Register(FluidParser parser)
    {
        // Quoted strings carry option values with spaces: title="Start-up time".
        var words = ZeroOrMany(Terms.String().Or(Terms.Pattern(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=' or ':' or '.')));
        parser.RegisterParserTag("lab_table", words, (w, writer, _, context) => RenderAsync(w, writer, context, "lab_table", TableAsync));
        parser.RegisterParserTag("lab_chart", words, (w, writer, _, context) => RenderAsync(w, writer, context, "lab_chart", ChartAsync));
        parser.RegisterParserTag("lab_provenance", words, (w, writer, _, context) => RenderAsync(w, writer, context, "lab_provenance", ProvenanceAsync, idsOptional: true));
        parser.RegisterParserTag("lab_summary", words, (w, writer, _, context) => RenderAsync(w, writer, context, "lab_summary", SummaryAsync, idsOptional: true));
    }

    private async ValueTask<Completion> RenderAsync(
        IReadOnlyList<TextSpan> words, TextWriter writer, TemplateContext context, string tag,
        Func<LabTagArguments, TemplateContext, ValueTask<string>> render, bool idsOptional = false)
    {
        var arguments = LabTagArguments.Parse(words);
        if (arguments.Experiments.Count == 0 && !idsOptional)
            await usage.ErrorAsync(context, tag, $"{{% {tag} %}} needs at least one experiment id");
        else
            await writer.WriteAsync(await render(arguments, context));
        return Completion.Normal;
    }

    private async ValueTask<string> TableAsync(LabTagArguments arguments, TemplateContext context)
    {
        var results = await ResultsAsync(arguments, context);
        return results.Count == 0 ? "" : LabTableHtml.Render(results.Select(r => r.Result).ToList(), await FactsAsync(context));
    }

    private async ValueTask<string> SummaryAsync(LabTagArguments arguments, TemplateContext context)
    {
        if (arguments.Experiments.Count == 0) arguments = arguments with { Experiments = SummaryExperiments() };
        var results = await ResultsAsync(arguments, context);
        return results.Count == 0 ? "" : LabSummaryHtml.Render(ElementId("lab-summary", arguments), results.Select(r => r.Result).ToList(), await FactsAsync(context));
    }

    private async ValueTask<string> ProvenanceAsync(LabTagArguments arguments, TemplateContext context)
    {
        if (arguments.Experiments.Count == 0)
        {
            if (await usage.PageSourceAsync(context) is not { } source)
            {
                await usage.ErrorAsync(context, "lab_provenance", "{% lab_provenance %} without ids covers the experiments the page uses, but this page's source cannot be read: name the ids");
                return "";
            }
            arguments = arguments with { Experiments = PageExperiments(source) };
        }
        var results = (await ResultsAsync(arguments, context)).Select(r => r.Result).DistinctBy(r => r.Id).ToList();
        if (results.Count == 0) return "";
        var everything = usage.Data.Specs.All(s => results.Any(r => r.Id == s.Id));
        var command = LabPaths.RunCommand(everything ? ["--force"] : ["--force", .. results.Select(r => r.Id)]);
        return LabProvenanceHtml.Render(results, ownHeading: arguments.Options.GetValueOrDefault("heading") != "false", command, await BaseUrlAsync(context));
    }

    /// <summary>The site's <c>baseurl</c> (<c>site.baseurl</c>, "" when it has none).</summary>
    private static async ValueTask<string> BaseUrlAsync(TemplateContext context)
    {
        var site = context.GetValue("site");
        return site.IsNil() ? "" : (await site.GetValueAsync("baseurl", context)).ToStringValue();
    }

    /// <summary>The declared experiments the summary has a place for, in the summary's order.</summary>
    private IReadOnlyList<(string Id, string? Metric)> SummaryExperiments() =>
        Html.SummaryLayout.Slots.SelectMany(slot => usage.Data.Specs.Where(s => s.Kind == slot.Kind)).Select(s => (s.Id, (string?)null)).ToList();

    /// <summary>The declared experiments the page's source uses, in order of first use; a bare <c>lab_summary</c> uses the summary's.</summary>
    private IReadOnlyList<(string Id, string? Metric)> PageExperiments(string source)
    {
        var used = LabReferences.ExperimentsIn(source, usage.Data.Specs.Select(s => s.Id)).ToList();
        if (LabReferences.HasBareTag(source, "lab_summary")) used.AddRange(SummaryExperiments().Select(e => e.Id).Where(id => !used.Contains(id)));
        return used.Select(id => (id, (string?)null)).ToList();
    }

    /// <summary>What tables and charts on this page need to know: whether the page has a provenance section, and where most results were measured.</summary>
    private async ValueTask<LabPageFacts> FactsAsync(TemplateContext context)
    {
        var source = await usage.PageSourceAsync(context);
        var href = source is not null && LabReferences.FindTag(source, "lab_provenance") is not null ? "#" + LabPageFacts.ProvenanceId : null;
        // The usual place is the one most results come from; when two places tie, neither is "the rest".
        var places = usage.Data.Statuses.Values.Select(s => s.Result).OfType<LabResult>()
            .GroupBy(ProvenanceText.MeasuredOn).Select(g => (Place: g.Key, Count: g.Count())).OrderByDescending(p => p.Count).ToList();
        var usual = places.Count == 1 || (places.Count > 1 && places[0].Count > places[1].Count) ? places[0].Place : null;
        return new LabPageFacts(href, usual);
    }

    private async ValueTask<string> ChartAsync(LabTagArguments arguments, TemplateContext context)
    {
        var defaultMetric = arguments.Options.GetValueOrDefault("metric");
        var bars = new List<ChartBar>();
        var results = new List<LabResult>();
        foreach (var (result, metricName) in await ResultsAsync(arguments, context))
        {
            var name = metricName ?? defaultMetric ?? (result.Metrics.Count == 1 ? result.Metrics.Keys.First() : null);
            if (name is null || !result.Metrics.TryGetValue(name, out var metric))
            {
                await usage.ErrorAsync(context, result.Id, name is null
                    ? $"{{% lab_chart %}}: say which metric of '{result.Id}' to draw (metric=NAME or {result.Id}:NAME; it has {string.Join(", ", result.Metrics.Keys)})"
                    : $"{{% lab_chart %}}: '{result.Id}' has no metric '{name}' (it has {string.Join(", ", result.Metrics.Keys)})");
                continue;
            }
            bars.Add(new ChartBar(BarLabel(result, name, metric, picked: metricName is not null), metric));
            results.Add(result);
        }
        if (bars.Count == 0) return "";
        var units = bars.Select(b => b.Metric.Unit).Distinct().ToList();
        if (units.Count > 1)
        {
            await usage.ErrorAsync(context, "lab_chart", $"{{% lab_chart %}} mixes units ({string.Join(", ", units)}): draw them in separate charts");
            return "";
        }
        var descriptions = bars.Select(b => b.Metric.Description).Distinct().ToList();
        var title = arguments.Options.GetValueOrDefault("title")
                    ?? (descriptions.Count == 1 && descriptions[0] != "" ? descriptions[0] : $"{defaultMetric ?? "value"}, median");
        title = title.Length > 0 ? char.ToUpperInvariant(title[0]) + title[1..] : title;
        var facts = await FactsAsync(context);
        var caption = $"<strong>{HtmlAttribute.Escape(title)}.</strong> Bars are medians; whiskers span the interquartile range." +
                      TableNotes.Link(facts) + TableNotes.Markup(TableNotes.For(results.DistinctBy(r => r.Id).ToList(), facts));
        return LabChartSvg.Render(ElementId("lab-chart", arguments), title, bars, caption);
    }

    private async ValueTask<IReadOnlyList<(LabResult Result, string? Metric)>> ResultsAsync(LabTagArguments arguments, TemplateContext context)
    {
        var found = new List<(LabResult, string?)>();
        foreach (var (id, metric) in arguments.Experiments)
            if (await usage.ResultAsync(id, context) is { } result) found.Add((result, metric));
        return found;
    }

    private static string ElementId(string prefix, LabTagArguments arguments)
    {
        var key = string.Join(" ", arguments.Experiments.Select(e => $"{e.Id}:{e.Metric}")) + string.Join(" ", arguments.Options);
        return prefix + "-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }

    /// <summary>
    /// A bar's label: the experiment's title, the metric when the tag picked one of several (density charts draw
    /// several metrics of one experiment), and the accelerator of a VM number, which is never shown without it.
    /// </summary>
    private static string BarLabel(LabResult result, string name, MetricResult metric, bool picked)
    {
        var label = result.Title;
        if (picked && result.Metrics.Count > 1) label += ": " + MetricLabel.ShortLabels(result.Metrics)[name];
        var accelerator = result.Provenance.FactsOf(result.Runtimes).FirstOrDefault(f => f.Key == Measurement.ProvenanceKeys.Accelerator).Value;
        if (accelerator is not null) label += $" ({accelerator})";
        return label;
    }
}
