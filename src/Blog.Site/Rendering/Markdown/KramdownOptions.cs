using Blog.Site.Config;
using Blog.Site.Outputs;
using Blog.Site.Rendering.Markdown.Code;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// The options of <c>kramdown:</c> in <c>_config.yml</c> that change what the converter writes: its code blocks'
/// (<see cref="CodeBlockOptions"/>), and heading ids: <c>auto_ids: false</c> gives a heading only the id its IAL sets
/// (and so <c>{:toc}</c> lists only those), <c>auto_id_prefix</c> goes before every generated id. And Blog's own
/// <c>accessible_markup: true</c> (input/ sets it; a Jekyll site gets Jekyll's markup, which its templates may count): tables and
/// code blocks get <c>tabindex="0"</c>, since they scroll sideways on small screens and a scrollable region must be
/// reachable by keyboard, and a column's alignment is a class (<c>align-left</c>...) rather than kramdown's inline
/// style, which a Content-Security-Policy without 'unsafe-inline' blocks.
/// </summary>
internal sealed record KramdownOptions(CodeBlockOptions CodeBlocks, bool AutoIds = true, string AutoIdPrefix = "", bool AccessibleMarkup = false)
{
    public static KramdownOptions Default { get; } = new(CodeBlockOptions.None);

    public static KramdownOptions From(SiteSettings site)
    {
        var kramdown = DataValues.Get(site.Values, "kramdown");
        return new KramdownOptions(
            CodeBlockOptions.From(site),
            !DataValues.IsFalse(DataValues.Get(kramdown, "auto_ids")),
            DataValues.Text(DataValues.Get(kramdown, "auto_id_prefix")) ?? "",
            DataValues.IsTrue(DataValues.Get(site.Values, "accessible_markup")));
    }
}
