using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>TOML, ported from Rouge 3.30's lexers/toml.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class TomlLexer : RegexLexer
{
    private const string Identifier = @"(?:\S+|""[^""]+""|'[^']+')";

    protected override void Define(StateSet states)
    {
        states.State("basic", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule("#.*?$", Comment);
            s.Rule("(true|false)", KeywordConstant);
            s.Rule($@"({Identifier})(\s*)(=)(\s*)(\{{)", [NameNamespace, Text, Operator, Text, Punctuation], "inline");
            s.Rule(@"(?<!=)\s*\[[\S]+\]", NameNamespace);
            s.Rule(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", LiteralDate);
            s.Rule(@"[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?", NumFloat);
            s.Rule(@"[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*", NumFloat);
            s.Rule("[+-]?(?:nan|inf)", NumFloat);
            s.Rule(@"0x\h+(?:_\h+)*", NumHex);
            s.Rule("0o[0-7]+(?:_[0-7]+)*", NumOct);
            s.Rule("0b[01]+(?:_[01]+)*", NumBin);
            s.Rule(@"[+-]?\d+(?:_\d+)*", NumInteger);
        });
        states.State("root", s =>
        {
            s.Mixin("basic");
            s.Rule($@"({Identifier})(\s*)(=)", [NameProperty, Text, Punctuation], "value");
        });
        states.State("value", s =>
        {
            s.Rule(@"\n", Text, "#pop");
            s.Mixin("content");
        });
        states.State("content", s =>
        {
            s.Mixin("basic");
            s.Rule($@"({Identifier})(\s*)(=)", [NameProperty, Text, Punctuation]);
            s.Rule("\"\"\"", Str, "mdq");
            s.Rule("\"", Str, "dq");
            s.Rule("'''", Str, "msq");
            s.Rule("'", Str, "sq");
            s.Mixin("esc_str");
            s.Rule(",", Punctuation);
            s.Rule(@"\[", Punctuation, "array");
        });
        states.State("dq", s =>
        {
            s.Rule("\"", Str, "#pop");
            s.Rule(@"\n", Error, "#pop");
            s.Mixin("esc_str");
            s.Rule(@"[^\\""\n]+", Str);
        });
        states.State("mdq", s =>
        {
            s.Rule("\"\"\"", Str, "#pop");
            s.Mixin("esc_str");
            s.Rule(@"[^\\""]+", Str);
            s.Rule("\"+", Str);
        });
        states.State("sq", s =>
        {
            s.Rule("'", Str, "#pop");
            s.Rule(@"\n", Error, "#pop");
            s.Rule(@"[^'\n]+", Str);
        });
        states.State("msq", s =>
        {
            s.Rule("'''", Str, "#pop");
            s.Rule("[^']+", Str);
            s.Rule("'+", Str);
        });
        states.State("esc_str", s => s.Rule(@"\\[0t\tn\n ""\\r]", StrEscape));
        states.State("array", s =>
        {
            s.Mixin("content");
            s.Rule(@"\]", Punctuation, "#pop");
        });
        states.State("inline", s =>
        {
            s.Mixin("content");
            s.Rule(@"\}", Punctuation, "#pop");
        });
    }
}
