using System.Globalization;
using System.Text;
using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Html;

/// <summary>One bar: its label and the metric whose median it shows (whiskers: the interquartile range).</summary>
internal sealed record ChartBar(string Label, MetricResult Metric);

/// <summary>
/// An inline SVG bar chart inside a figure: no JavaScript, no style attributes (classes for colours, SVG
/// presentation attributes for geometry), labels above the bars, medians beside them, a labelled axis.
/// </summary>
internal static class LabChartSvg
{
    private const int Width = 640;
    private const int Left = 24;
    private const int Right = 104;
    private const int Top = 12;
    private const int RowHeight = 46;
    private const int BarHeight = 18;
    private const double PlotWidth = Width - Left - Right;

    public static string Render(string chartId, string title, IReadOnlyList<ChartBar> bars, string caption)
    {
        var unit = bars[0].Metric.Unit;
        var scale = ChartScale.For(bars.SelectMany(b => new[] { b.Metric.Summary.Median, b.Metric.Summary.Q3 }).ToList(),
            unit == "bytes" ? 1024 * 1024 : 1);
        var plotBottom = Top + bars.Count * RowHeight;
        var height = plotBottom + (scale.Logarithmic ? 48 : 30);

        var svg = new StringBuilder();
        svg.Append("<figure class=\"lab-chart\">\n");
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{chartId}-title {chartId}-desc\">\n");
        svg.Append($"<title id=\"{chartId}-title\">{Html.Escape(title)}</title>\n");
        svg.Append($"<desc id=\"{chartId}-desc\">{Html.Escape(Description(bars, scale))}</desc>\n");

        svg.Append("<g class=\"lab-grid\">\n");
        foreach (var tick in scale.Ticks)
            svg.Append($"<line x1=\"{X(scale, tick)}\" y1=\"{Top}\" x2=\"{X(scale, tick)}\" y2=\"{plotBottom}\"/>\n");
        svg.Append("</g>\n");

        for (var i = 0; i < bars.Count; i++)
        {
            var s = bars[i].Metric.Summary;
            var rowTop = Top + i * RowHeight;
            var barTop = rowTop + 20;
            var barEnd = Math.Max(XValue(scale, s.Median), Left + 1);
            var middle = barTop + BarHeight / 2.0;
            var q1 = XValue(scale, s.Q1);
            var q3 = XValue(scale, s.Q3);
            svg.Append($"<text class=\"lab-label\" x=\"{Left}\" y=\"{rowTop + 14}\">{Html.Escape(bars[i].Label)}</text>\n");
            svg.Append($"<rect class=\"lab-bar lab-series-1\" x=\"{Left}\" y=\"{barTop}\" width=\"{Num(barEnd - Left)}\" height=\"{BarHeight}\" rx=\"2\"/>\n");
            if (q3 - q1 >= 1)
                svg.Append($"<path class=\"lab-range\" d=\"M{Num(q1)} {Num(middle)}H{Num(q3)}M{Num(q1)} {barTop + 4}V{barTop + BarHeight - 4}M{Num(q3)} {barTop + 4}V{barTop + BarHeight - 4}\"/>\n");
            svg.Append($"<text class=\"lab-value\" x=\"{Num(Math.Max(barEnd, q3) + 6)}\" y=\"{Num(middle)}\" dominant-baseline=\"middle\">{Html.Escape(ValueFormat.Of(s.Median, unit))}</text>\n");
        }

        svg.Append($"<g class=\"lab-axis\">\n<line x1=\"{Left}\" y1=\"{plotBottom}\" x2=\"{Num(Left + PlotWidth)}\" y2=\"{plotBottom}\"/>\n");
        foreach (var tick in scale.Ticks)
            svg.Append($"<text class=\"lab-tick\" x=\"{X(scale, tick)}\" y=\"{plotBottom + 18}\" text-anchor=\"middle\">{Html.Escape(ValueFormat.Of(tick, unit))}</text>\n");
        if (scale.Logarithmic)
            svg.Append($"<text class=\"lab-tick\" x=\"{Num(Left + PlotWidth)}\" y=\"{plotBottom + 38}\" text-anchor=\"end\">logarithmic scale: each gridline is 10× the previous</text>\n");
        svg.Append("</g>\n</svg>\n");
        svg.Append("<figcaption>").Append(Html.Escape(caption)).Append("</figcaption>\n</figure>");
        return svg.ToString();
    }

    private static string Description(IReadOnlyList<ChartBar> bars, ChartScale scale) =>
        string.Join("; ", bars.Select(b => $"{b.Label}: {ValueFormat.Of(b.Metric.Summary.Median, b.Metric.Unit)}")) +
        (scale.Logarithmic ? " (logarithmic scale)" : "");

    private static string X(ChartScale scale, double value) => Num(Left + scale.Position(value) * PlotWidth);

    private static double XValue(ChartScale scale, double value) => Left + scale.Position(value) * PlotWidth;

    private static string Num(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
