using System.Text;

namespace Blog.Site.Rendering.Highlighting;

/// <summary>
/// Rouge's HTMLTable formatter: the highlighted code beside a gutter of line numbers, one number for each line of the
/// code (a last line without a line break counts, and gets one), each followed by a line break. Jekyll's highlight tag
/// names the columns <c>gutter</c> and <c>code</c>; kramdown leaves Rouge's <c>rouge-gutter</c> and <c>rouge-code</c>.
/// </summary>
internal static class RougeTable
{
    public static string Wrap(string code, string highlighted, string gutterClass, string codeClass, int startLine = 1)
    {
        var lines = code.AsSpan().Count('\n');
        if (!code.EndsWith('\n'))
        {
            lines++;
            highlighted += "\n";
        }
        var numbers = new StringBuilder();
        for (var i = 0; i < lines; i++) numbers.Append(startLine + i).Append('\n');
        return $"<table class=\"rouge-table\"><tbody><tr><td class=\"{gutterClass} gl\"><pre class=\"lineno\">{numbers}</pre></td>" +
               $"<td class=\"{codeClass}\"><pre>{highlighted}</pre></td></tr></tbody></table>";
    }
}
