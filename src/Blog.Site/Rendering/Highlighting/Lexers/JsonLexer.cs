using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>JSON, ported from Rouge 3.30's lexers/json.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class JsonLexer : RegexLexer
{
    protected override void Define(StateSet states)
    {
        states.State("whitespace", s => s.Rule(@"\s+", Whitespace));
        states.State("root", s =>
        {
            s.Mixin("whitespace");
            s.Rule("{", Punctuation, "object");
            s.Rule(@"\[", Punctuation, "array");
            s.Mixin("name");
            s.Mixin("value");
            s.Rule(@"[\]}]", Punctuation);
        });
        states.State("object", s =>
        {
            s.Mixin("whitespace");
            s.Mixin("name");
            s.Mixin("value");
            s.Rule("}", Punctuation, "#pop");
            s.Rule(",", Punctuation);
        });
        states.State("name", s => s.Rule(@"(""(?:\\.|[^""\\\n])*?"")(\s*)(:)", [NameLabel, Whitespace, Punctuation]));
        states.State("value", s =>
        {
            s.Mixin("whitespace");
            s.Mixin("constants");
            s.Rule("\"", StrDouble, "string");
            s.Rule(@"\[", Punctuation, "array");
            s.Rule("{", Punctuation, "object");
        });
        states.State("string", s =>
        {
            s.Rule(@"[^\\""]+", StrDouble);
            s.Rule(@"\\.", StrEscape);
            s.Rule("\"", StrDouble, "#pop");
        });
        states.State("array", s =>
        {
            s.Mixin("value");
            s.Rule(@"\]", Punctuation, "#pop");
            s.Rule(",", Punctuation);
        });
        states.State("constants", s =>
        {
            s.Rule("(?:true|false|null)", KeywordConstant);
            s.Rule(@"(?i)-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?", NumFloat);
            s.Rule(@"(?i)-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?", NumInteger);
        });
    }
}
