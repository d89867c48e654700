using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>ERB templates, ported from Rouge 3.30's lexers/erb.rb (MIT, see THIRD-PARTY-NOTICES.md): HTML with Ruby in <c>&lt;% %&gt;</c>.</summary>
internal sealed class ErbLexer : RegexLexer
{
    private const string Open = "<%%|<%=|<%#|<%-|<%";
    private const string Close = "%%>|-%>|%>";

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule("<%#", Comment, "comment");
            s.Rule(Open, CommentPreproc, "ruby");
            s.Rule($"(?s).+?(?={Open})|.+", run => run.Delegate("html"));
        });
        states.State("comment", s =>
        {
            s.Rule(Close, Comment, "#pop");
            s.Rule($"(?s).+?(?={Close})|.+", Comment);
        });
        states.State("ruby", s =>
        {
            s.Rule(Close, CommentPreproc, "#pop");
            s.Rule($"(?s).+?(?={Close})|.+", run => run.Delegate("ruby"));
        });
    }
}
