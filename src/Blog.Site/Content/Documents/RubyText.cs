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
        DateTimeOffset t => Time(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Ruby's <c>Time#to_s</c>: <c>%Y-%m-%d %H:%M:%S %z</c>, in the time's own offset.</summary>
    public static string Time(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) + time.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "");
}
