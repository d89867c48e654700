using System.Globalization;
using System.Text;
using Blog.Lab.Results;
using Blog.Site.Outputs;

namespace Blog.Lab.Liquid.Html;

/// <summary>One bar: its label and the metric whose median it shows (whiskers: the interquartile range).</summary>
internal sealed record ChartBar(string Label, MetricResult Metric);

/// <summary>
/// An inline SVG bar chart inside a figure: no JavaScript, no style attributes (classes for colours, SVG
/// presentation attributes for geometry). Each row is its label, wrapped to the chart's width, with the median
/// right-aligned on the label's first line, and the bar below; so no text is drawn over a bar or past the edge.
/// The chart is narrow (360 units) so that at 375 px its text is still about 12 px; the axis uses one unit for
/// every tick and names it once below.
/// </summary>
internal static class LabChartSvg
{
    private const int Width = 360;
    private const int Edge = 4;          // labels and values keep this far from the sides
    private const int PlotLeft = 24;     // room for half of the first tick's label
    private const int PlotRight = Width - 28;
    private const double PlotWidth = PlotRight - PlotLeft;
    private const int Top = 6;
    private const double LabelSize = 13;
    private const double LineHeight = 16;
    private const double TickSize = 12;
    private const int BarHeight = 16;
    private const int RowGap = 14;

    public static string Render(string chartId, string title, IReadOnlyList<ChartBar> bars, string caption)
    {
        var storedUnit = bars[0].Metric.Unit;
        var values = bars.SelectMany(b => new[] { b.Metric.Summary.Median, b.Metric.Summary.Q3 }).ToList();
        // The axis unit first, then ticks round in it (10 MiB, 5 s), so no tick reads 9.54 MiB or 1,000 ms beside 10 s.
        var unit = DisplayUnit.ForRange(values, storedUnit);
        var scale = ChartScale.For(values, unit.Factor);

        var rows = new StringBuilder();
        var y = (double)Top;
        foreach (var bar in bars)
        {
            var s = bar.Metric.Summary;
            var value = unit.Format(s.Median);
            var valueWidth = TextBox.Width(value, LabelSize);
            var lines = TextBox.Wrap(bar.Label, LabelSize, Width - 2 * Edge - valueWidth - 12);
            rows.Append($"<text class=\"lab-label\" x=\"{Edge}\" y=\"{Num(y + LabelSize)}\">");
            for (var i = 0; i < lines.Count; i++)
                rows.Append(i == 0 ? "<tspan>" : $"<tspan x=\"{Edge}\" dy=\"{LineHeight}\">").Append(HtmlAttribute.Escape(lines[i])).Append("</tspan>");
            rows.Append("</text>\n");
            rows.Append($"<text class=\"lab-value\" x=\"{Width - Edge}\" y=\"{Num(y + LabelSize)}\" text-anchor=\"end\">{HtmlAttribute.Escape(value)}</text>\n");
            var barTop = y + lines.Count * LineHeight + 6;
            var barEnd = Math.Max(XValue(scale, s.Median), PlotLeft + 1);
            var middle = barTop + BarHeight / 2.0;
            var (q1, q3) = (XValue(scale, s.Q1), XValue(scale, s.Q3));
            rows.Append($"<rect class=\"lab-bar lab-series-1\" x=\"{PlotLeft}\" y=\"{Num(barTop)}\" width=\"{Num(barEnd - PlotLeft)}\" height=\"{BarHeight}\" rx=\"2\"/>\n");
            if (q3 - q1 >= 1)
                rows.Append($"<path class=\"lab-range\" d=\"M{Num(q1)} {Num(middle)}H{Num(q3)}M{Num(q1)} {Num(barTop + 4)}V{Num(barTop + BarHeight - 4)}M{Num(q3)} {Num(barTop + 4)}V{Num(barTop + BarHeight - 4)}\"/>\n");
            y = barTop + BarHeight + RowGap;
        }
        var plotBottom = y - RowGap / 2.0;
        var tickLabels = TickLabels(scale, unit);
        var axisTitle = TextBox.Wrap(unit.AxisName + (scale.Logarithmic ? ", logarithmic scale: each gridline is 10× the previous" : ""),
            TickSize, Width - 2 * Edge);
        var height = plotBottom + 18 + 6 + axisTitle.Count * 15 + 4;

        var svg = new StringBuilder();
        svg.Append("<figure class=\"lab-chart\">\n");
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Num(height)}\" role=\"img\" aria-labelledby=\"{chartId}-title {chartId}-desc\">\n");
        svg.Append($"<title id=\"{chartId}-title\">{HtmlAttribute.Escape(title)}</title>\n");
        svg.Append($"<desc id=\"{chartId}-desc\">{HtmlAttribute.Escape(Description(bars, unit, scale))}</desc>\n");
        svg.Append("<g class=\"lab-grid\">\n");
        foreach (var tick in scale.Ticks)
            svg.Append($"<line x1=\"{X(scale, tick)}\" y1=\"{Top}\" x2=\"{X(scale, tick)}\" y2=\"{Num(plotBottom)}\"/>\n");
        svg.Append("</g>\n").Append(rows);
        svg.Append($"<g class=\"lab-axis\">\n<line x1=\"{PlotLeft}\" y1=\"{Num(plotBottom)}\" x2=\"{PlotRight}\" y2=\"{Num(plotBottom)}\"/>\n");
        foreach (var (tick, text) in tickLabels)
            svg.Append($"<text class=\"lab-tick\" x=\"{X(scale, tick)}\" y=\"{Num(plotBottom + 16)}\" text-anchor=\"middle\">{HtmlAttribute.Escape(text)}</text>\n");
        for (var i = 0; i < axisTitle.Count; i++)
            svg.Append($"<text class=\"lab-tick lab-axis-title\" x=\"{Edge}\" y=\"{Num(plotBottom + 36 + i * 15)}\">{HtmlAttribute.Escape(axisTitle[i])}</text>\n");
        svg.Append("</g>\n</svg>\n");
        svg.Append("<figcaption>").Append(caption).Append("</figcaption>\n</figure>");
        return svg.ToString();
    }

    /// <summary>
    /// The ticks that get a number: all of them, or every second (third...) one when neighbours' numbers would
    /// touch. Gridlines stay on every tick.
    /// </summary>
    private static IReadOnlyList<(double Tick, string Text)> TickLabels(ChartScale scale, DisplayUnit unit)
    {
        var labels = scale.Ticks.Select(t => (Tick: t, Text: unit.Number(t))).ToList();
        for (var step = 1; step < labels.Count; step++)
        {
            var picked = labels.Where((_, i) => i % step == 0).ToList();
            var fits = picked.Zip(picked.Skip(1)).All(p =>
                XValue(scale, p.Second.Tick) - XValue(scale, p.First.Tick) >= (TextBox.Width(p.First.Text, TickSize) + TextBox.Width(p.Second.Text, TickSize)) / 2 + 6);
            if (fits) return picked;
        }
        return labels.Take(1).ToList();
    }

    private static string Description(IReadOnlyList<ChartBar> bars, DisplayUnit unit, ChartScale scale) =>
        string.Join("; ", bars.Select(b => $"{b.Label}: {unit.Format(b.Metric.Summary.Median)}")) +
        (scale.Logarithmic ? " (logarithmic scale)" : "");

    private static string X(ChartScale scale, double value) => Num(XValue(scale, value));

    private static double XValue(ChartScale scale, double value) => PlotLeft + scale.Position(value) * PlotWidth;

    private static string Num(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
