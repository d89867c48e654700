using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Blog.Lab.Liquid.Html;
using Blog.Lab.Results;
using Fluid;
using Fluid.Ast;
using Parlot;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Blog.Lab.Liquid;

/// <summary>
/// <c>{% lab_table id... %}</c>, <c>{% lab_chart metric=m id... %}</c> and <c>{% lab_provenance id... %}</c>.
/// A missing result is reported against the page (and its table row, bar or line is left out).
/// </summary>
internal sealed class LabTags(LabUsage usage)
{
    public void Register(FluidParser parser)
    {
        // Quoted strings carry option values with spaces: title="Start-up time".
        var words = ZeroOrMany(Terms.String().Or(Terms.Pattern(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=' or ':' or '.')));
        parser.RegisterParserTag("lab_table", words, (w, writer, _, context) => RenderAsync(w, writer, context, "lab_table", TableAsync));
        parser.RegisterParserTag("lab_chart", words, (w, writer, _, context) => RenderAsync(w, writer, context, "lab_chart", ChartAsync));
        parser.RegisterParserTag("lab_provenance", words, (w, writer, _, context) => RenderAsync(w, writer, context, "lab_provenance", ProvenanceAsync));
    }

    private async ValueTask<Completion> RenderAsync(
        IReadOnlyList<TextSpan> words, TextWriter writer, TemplateContext context, string tag,
        Func<LabTagArguments, TemplateContext, ValueTask<string>> render)
    {
        var arguments = LabTagArguments.Parse(words);
        if (arguments.Experiments.Count == 0)
            await usage.ErrorAsync(context, tag, $"{{% {tag} %}} needs at least one experiment id");
        else
            await writer.WriteAsync(await render(arguments, context));
        return Completion.Normal;
    }

    private async ValueTask<string> TableAsync(LabTagArguments arguments, TemplateContext context)
    {
        var results = await ResultsAsync(arguments, context);
        return results.Count == 0 ? "" : LabTableHtml.Render(results.Select(r => r.Result).ToList());
    }

    private async ValueTask<string> ProvenanceAsync(LabTagArguments arguments, TemplateContext context)
    {
        var results = await ResultsAsync(arguments, context);
        return results.Count == 0 ? "" : LabProvenanceHtml.Render(results.Select(r => r.Result).ToList());
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
            bars.Add(new ChartBar(result.Title, metric));
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
        var caption = $"Median of each experiment's samples; whiskers span the interquartile range. {ProvenanceText.Caption(results)}";
        return LabChartSvg.Render(ChartId(arguments), title.Length > 0 ? char.ToUpperInvariant(title[0]) + title[1..] : title, bars, caption);
    }

    private async ValueTask<IReadOnlyList<(LabResult Result, string? Metric)>> ResultsAsync(LabTagArguments arguments, TemplateContext context)
    {
        var found = new List<(LabResult, string?)>();
        foreach (var (id, metric) in arguments.Experiments)
            if (await usage.ResultAsync(id, context) is { } result) found.Add((result, metric));
        return found;
    }

    private static string ChartId(LabTagArguments arguments)
    {
        var key = string.Join(" ", arguments.Experiments.Select(e => $"{e.Id}:{e.Metric}")) + string.Join(" ", arguments.Options);
        return "lab-chart-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
    }
}
