using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Java properties files, ported from Rouge 3.30's lexers/properties.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class PropertiesLexer : RegexLexer
{
    protected override void Define(StateSet states)
    {
        states.State("basic", s =>
        {
            s.Rule(@"[!#].*?\n", Comment);
            s.Rule(@"\s+", Text);
            s.Rule(@"\\\n", StrEscape);
        });
        states.State("root", s =>
        {
            s.Mixin("basic");
            s.Rule(@"([\w.-]+)(\s*)([=:])", [NameProperty, Text, Punctuation], "value");
        });
        states.State("value", s =>
        {
            s.Rule(@"\n", Text, "#pop");
            s.Mixin("basic");
            s.Rule("\"", Str, "dq");
            s.Rule("'.*?'", Str);
            s.Mixin("esc_str");
            s.Rule(@"[^\\\n]+", Str);
        });
        states.State("dq", s =>
        {
            s.Rule("\"", Str, "#pop");
            s.Mixin("esc_str");
            s.Rule(@"[^\\""]+", Str);
        });
        states.State("esc_str", s =>
        {
            s.Rule(@"\\u[0-9]{4}", StrEscape);
            s.Rule(@"(?s)\\.", StrEscape);
        });
    }
}
