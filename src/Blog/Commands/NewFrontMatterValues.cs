using System.Globalization;
using System.Text;

namespace Blog.Cli.Commands;

/// <summary>YAML scalars for the front matter <c>new</c> and <c>publish</c> write: always quoted, so any title is safe.</summary>
public static class NewFrontMatterValues
{
    public static string Quoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        return quoted.Append('"').ToString();
    }

    public static string List(IReadOnlyList<string> items) => $"[{string.Join(", ", items.Select(Quoted))}]";

    /// <summary>Jekyll's <c>YYYY-MM-DD HH:MM:SS +ZZZZ</c>, in the offset <paramref name="date"/> carries.</summary>
    public static string Date(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd HH:mm:ss ", CultureInfo.InvariantCulture) +
        (date.Offset < TimeSpan.Zero ? "-" : "+") + date.Offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}
