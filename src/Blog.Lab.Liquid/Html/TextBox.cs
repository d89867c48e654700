namespace Blog.Lab.Liquid.Html;

/// <summary>
/// How wide a line of chart text will be, estimated without a browser, and lines wrapped to a width. The estimate
/// errs wide (0.62 em a character, about DejaVu Sans' average, the widest of the usual fallbacks for system-ui), so
/// a label laid out by it fits whatever font the reader's system picks; a browser test measures the real boxes.
/// </summary>
internal static class TextBox
{
    private const double EmPerCharacter = 0.62;

    public static double Width(string text, double fontSize) => text.Length * EmPerCharacter * fontSize;

    /// <summary>Words into lines no wider than <paramref name="width"/>; a word longer than a line is cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, double fontSize, double width)
    {
        var perLine = Math.Max(8, (int)(width / (EmPerCharacter * fontSize)));
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > perLine)
            {
                if (line.Length > 0) { lines.Add(line); line = ""; }
                lines.Add(rest[..perLine]);
                rest = rest[perLine..];
            }
            if (line.Length == 0) line = rest;
            else if (line.Length + 1 + rest.Length <= perLine) line += " " + rest;
            else { lines.Add(line); line = rest; }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }
}
