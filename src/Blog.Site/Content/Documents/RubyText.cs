using System.Globalization;

namespace Blog.Site.Content.Documents;

/// <summary>A front matter value as text the way Ruby's <c>to_s</c> writes it (categories and tags are compared as text).</summary>
internal static class RubyText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("0.0###############", CultureInfo.InvariantCulture),
        DateTimeOffset t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + t.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", ""),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
