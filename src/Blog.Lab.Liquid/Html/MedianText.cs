using Blog.Lab.Results;
using Blog.Site.Outputs;

namespace Blog.Lab.Liquid.Html;

/// <summary>
/// A metric as hyperfine prints a time, <c>297 ms ± 42.9 ms</c>, but with the median and the interquartile range
/// (the lab's summary, robust to the odd slow run), both in the unit the median reads best in. A value measured
/// once is shown alone: an IQR of 0 and an interval from x to x would claim a spread nobody measured.
/// </summary>
internal static class MedianText
{
    public static string Of(MetricResult metric)
    {
        var s = metric.Summary;
        var unit = DisplayUnit.For(s.Median, metric.Unit);
        return s.N > 1 ? $"{unit.Format(s.Median)} ± {unit.Format(s.Iqr)}" : unit.Format(s.Median);
    }

    /// <summary>
    /// <see cref="Of"/> as HTML: the median and the <c>± IQR</c> each kept whole, so a narrow column breaks between
    /// them and never inside a number and its unit.
    /// </summary>
    public static string Markup(MetricResult metric)
    {
        var s = metric.Summary;
        var unit = DisplayUnit.For(s.Median, metric.Unit);
        var median = $"<span class=\"lab-whole\">{HtmlAttribute.Escape(unit.Format(s.Median))}</span>";
        return s.N > 1 ? $"{median} <span class=\"lab-whole lab-iqr\">± {HtmlAttribute.Escape(unit.Format(s.Iqr))}</span>" : median;
    }

    /// <summary>The 95% confidence interval of the mean, <c>280–314 ms</c>, in the median's unit.</summary>
    public static string Interval(MetricResult metric)
    {
        var s = metric.Summary;
        var unit = DisplayUnit.For(s.Median, metric.Unit);
        var high = unit.Format(s.CiHigh);
        return unit.StoredUnit is "ratio" or "count" ? $"{unit.Format(s.CiLow)}–{high}" : $"{unit.Number(s.CiLow)}–{high}";
    }
}
