using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Generic configuration files, ported from Rouge 3.30's lexers/conf.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class ConfLexer : RegexLexer
{
    protected override void Define(StateSet states) => states.State("root", s =>
    {
        s.Rule(@"#.*?\n", Comment);
        s.Rule("\".*?\"", StrDouble);
        s.Rule("'.*?'", StrSingle);
        s.Rule(@"(?i)[a-z]\w*", Name);
        s.Rule(@"\d+", Num);
        s.Rule(@"[^\w#""']+", Text);
    });
}
