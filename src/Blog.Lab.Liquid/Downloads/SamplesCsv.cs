using System.Globalization;
using System.Text;
using Blog.Lab.Results;

namespace Blog.Lab.Liquid.Downloads;

/// <summary>
/// A result's raw samples as CSV (RFC 4180, a header row): one row per sample, <c>metric,unit,sample,value</c>, the
/// sample numbered from 1 in the order measured. Long rather than one column per metric, since metrics of one
/// experiment may have different numbers of samples; a spreadsheet's pivot or <c>pandas.pivot</c> makes it wide.
/// </summary>
internal static class SamplesCsv
{
    public const string Header = "metric,unit,sample,value";

    public static string Of(LabResult result)
    {
        var csv = new StringBuilder(Header).Append("\r\n");
        foreach (var (name, metric) in result.Metrics)
            for (var i = 0; i < metric.Samples.Count; i++)
                csv.Append(Field(name)).Append(',').Append(Field(metric.Unit)).Append(',')
                    .Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(metric.Samples[i].ToString("R", CultureInfo.InvariantCulture)).Append("\r\n");
        return csv.ToString();
    }

    /// <summary>A field quoted when it holds a comma, a quote or a line break, its quotes doubled.</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
