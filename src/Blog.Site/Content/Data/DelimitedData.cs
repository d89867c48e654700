using System.Text;

namespace Blog.Site.Content.Data;

/// <summary>
/// A <c>_data</c> <c>.csv</c> or <c>.tsv</c> file read as Jekyll reads it with Ruby's <c>CSV</c> (<c>headers: true</c>):
/// the first row names the columns and every other row becomes a mapping from those names to its fields, in column
/// order (a name used twice keeps its first column; fields past the last name are dropped; a short row's missing
/// fields and an unquoted empty field are nil, a quoted empty field is empty text; a blank line is a row of nils).
/// Quoting is RFC 4180's: a field in double quotes may hold the separator, line breaks and <c>""</c> for a quote.
/// With <c>headers: false</c> every row, the first too, is a list of fields.
/// </summary>
public static class DelimitedData
{
    /// <summary>A file that is not valid CSV: Ruby's message, at the line and column of the mistake.</summary>
    public sealed record Problem(int Line, int Column, string Message);

    public static object Parse(string text, char separator, bool headers, out Problem? problem)
    {
        var rows = Rows(text, separator, out problem);
        if (!headers) return rows.Cast<object?>().ToList();
        if (rows.Count == 0) return new List<object?>();
        var names = rows[0];
        var result = new List<object?>(rows.Count - 1);
        foreach (var row in rows.Skip(1))
        {
            var hash = new Dictionary<string, object?>(names.Count, StringComparer.Ordinal);
            for (var i = 0; i < names.Count; i++)
                if (names[i] is string name && !hash.ContainsKey(name)) hash[name] = i < row.Count ? row[i] : null;
            result.Add(hash);
        }
        return result;
    }

    /// <summary>The rows up to the first mistake (reported in <paramref name="problem"/>).</summary>
    private static List<List<object?>> Rows(string text, char separator, out Problem? problem)
    {
        problem = null;
        var rows = new List<List<object?>>();
        var field = new StringBuilder();
        int i = 0, line = 1, lineStart = 0;
        while (i < text.Length)
        {
            var row = new List<object?>();
            int rowLine = line;
            if (IsLineEnd(text, i))
            {
                i = AfterLineEnd(text, i);
                line++;
                lineStart = i;
                rows.Add(row);
                continue;
            }
            while (true)
            {
                field.Clear();
                bool quoted = i < text.Length && text[i] == '"';
                if (quoted)
                {
                    int openColumn = i++ - lineStart + 1;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            problem = new Problem(rowLine, openColumn, $"Unclosed quoted field in line {rowLine}.");
                            return rows;
                        }
                        char c = text[i];
                        if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        if (c == '"') { i++; break; }
                        if (c == '\n') { line++; lineStart = i + 1; }
                        field.Append(c);
                        i++;
                    }
                    if (i < text.Length && text[i] != separator && !IsLineEnd(text, i))
                    {
                        problem = new Problem(line, i - lineStart + 1, $"Any value after quoted field isn't allowed in line {rowLine}.");
                        return rows;
                    }
                    row.Add(field.ToString());
                }
                else
                {
                    while (i < text.Length && text[i] != separator && !IsLineEnd(text, i))
                    {
                        if (text[i] == '"')
                        {
                            problem = new Problem(line, i - lineStart + 1, $"Illegal quoting in line {rowLine}.");
                            return rows;
                        }
                        field.Append(text[i++]);
                    }
                    row.Add(field.Length == 0 ? null : field.ToString());
                }
                if (i < text.Length && text[i] == separator) { i++; continue; }
                break;
            }
            if (i < text.Length)
            {
                i = AfterLineEnd(text, i);
                line++;
                lineStart = i;
            }
            rows.Add(row);
        }
        return rows;
    }

    private static bool IsLineEnd(string text, int i) => text[i] is '\n' or '\r';

    private static int AfterLineEnd(string text, int i) => text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
}
