using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>nginx configuration, ported from Rouge 3.30's lexers/nginx.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class NginxLexer : RegexLexer
{
    private const string Id = @"[^\s$;{}()#]+";

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"(include)(\s+)([^\s;]+)", [Keyword, Text, Name]);
            s.Rule(Id, Keyword, "statement");
            s.Mixin("base");
        });
        states.State("block", s =>
        {
            s.Rule("}", Punctuation, "#pop");
            s.Rule(Id, KeywordNamespace, "statement");
            s.Mixin("base");
        });
        states.State("statement", s =>
        {
            s.Rule("{", run => { run.Token(Punctuation); run.Pop(); run.Push("block"); });
            s.Rule(";", Punctuation, "#pop");
            s.Mixin("base");
        });
        states.State("base", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule("#.*", CommentSingle);
            s.Rule(@"(?:on|off)\b", NameConstant);
            s.Rule(@"[$][\w-]+", NameVariable);
            s.Rule("(?i)([a-z0-9.-]+)(:)([0-9]+)", [NameFunction, Punctuation, NumInteger]);
            s.Rule("(?i)[a-z-]+/[a-z-]+", NameClass);
            s.Rule(@"(?i)[0-9]+[kmg]?\b", NumInteger);
            s.Rule(@"(~)(\s*)([^\s{]+)", [Punctuation, Text, StrRegex]);
            s.Rule("[:=~]", Punctuation);
            s.Rule($"/(?:{Id})?", Name);
            s.Rule(@"[^#\s;{}$\\]+", Str);
            s.Rule("[$;]", Text);
        });
    }
}
