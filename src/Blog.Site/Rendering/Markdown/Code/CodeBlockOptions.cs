using Blog.Site.Config;
using Blog.Site.Outputs;

namespace Blog.Site.Rendering.Markdown.Code;

/// <summary>
/// kramdown's <c>syntax_highlighter_opts</c> for code blocks, from <c>kramdown:</c> in <c>_config.yml</c>: its own options
/// with those under <c>block:</c> over them, as kramdown merges them. <c>line_numbers: true</c> (chirpy and mundana set
/// it) puts every highlighted block in Rouge's table of line numbers, counted from <c>start_line</c>.
/// </summary>
internal sealed record CodeBlockOptions(bool LineNumbers, int StartLine)
{
    public static CodeBlockOptions None { get; } = new(false, 1);

    public static CodeBlockOptions From(SiteSettings site)
    {
        var options = DataValues.Get(site.Values, "kramdown", "syntax_highlighter_opts");
        var block = DataValues.Get(options, "block");
        object? Option(string name) => DataValues.Get(block, name) ?? DataValues.Get(options, name);
        var lineNumbers = DataValues.IsTrue(Option("line_numbers"));
        var startLine = DataValues.Integer(Option("start_line")) ?? 1;
        return lineNumbers || startLine != 1 ? new CodeBlockOptions(lineNumbers, startLine) : None;
    }
}
