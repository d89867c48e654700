using System.Text.RegularExpressions;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Liquid templates, ported from Rouge 3.30's lexers/liquid.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed partial class LiquidLexer : RegexLexer
{
    [GeneratedRegex("'[^']*'")]
    private static partial Regex SingleQuoted();

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex DoubleQuoted();

    /// <summary>Rouge's <c>case m[n] when /'…'/ … when /"…"/ …</c>: a quoted string's token, else <paramref name="otherwise"/>.</summary>
    private static TokenType QuotedOr(string text, TokenType otherwise) =>
        SingleQuoted().IsMatch(text) ? StrSingle : DoubleQuoted().IsMatch(text) ? StrDouble : otherwise;

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"[^\{]+", Text);
            s.Rule(@"(\{%-?)(\s*)", [Punctuation, Whitespace], "tag_or_block");
            s.Rule(@"(\{\{-?)(\s*)", [Punctuation, Whitespace], "output");
            s.Rule(@"\{", Text);
        });
        states.State("tag_or_block", s =>
        {
            s.Rule(@"(if|elsif|unless|case)\b", KeywordReserved, "condition");
            s.Rule(@"(when)\b", KeywordReserved, "when");
            s.Rule(@"(else)(\s*)(-?%\})", [KeywordReserved, Whitespace, Punctuation], "#pop");
            s.Rule(@"(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})", [NameTag, Whitespace, NameVariable, Whitespace, Punctuation], "#pop");
            s.Rule(@"(comment)(\s*)(-?%\})", [NameTag, Whitespace, Punctuation], "comment");
            s.Rule(@"(raw)(\s*)(-?%\})", [NameTag, Whitespace, Punctuation], "raw");
            s.Rule(@"(end(?:if|unless|case))(\s*)(-?%\})", [KeywordReserved, Whitespace, Punctuation], "#pop");
            s.Rule(@"(end(?:[^\s%]+))(\s*)(-?%\})", [NameTag, Whitespace, Punctuation], "#pop");
            s.Rule(@"(assign|echo)\b", NameTag, "assign");
            s.Rule(@"(include|render)\b", NameTag, "include");
            s.Rule(@"(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)", run =>
            {
                run.Groups(NameTag, Whitespace, QuotedOr(run[3], NameAttribute), Whitespace, Punctuation, Whitespace);
                run.Push("variable_tag_markup");
            });
            s.Rule(@"(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,\|'""]|(?:""[^""]*""|'[^']*'))+)(\s*)", run =>
            {
                run.Groups(NameTag, Whitespace, NameVariable, Whitespace, NameTag, Whitespace);
                run.Token(QuotedOr(run[7], NameVariable), run[7]);
                run.Token(Whitespace, run[8]);
                run.Push("tag_markup");
            });
            s.Rule(@"([^\s%]+)(\s*)", [NameTag, Whitespace], "tag_markup");
        });
        states.State("output", s =>
        {
            s.Rule(@"(\|)(\s*)([a-zA-Z_][^\s}\|:]*)", [Punctuation, Whitespace, NameFunction], "filters");
            s.Mixin("end_of_tag");
            s.Mixin("generic");
        });
        states.State("filters", s =>
        {
            s.Rule(@"(\|)(\s*)([a-zA-Z_][^\s%}\|:]*)", [Punctuation, Whitespace, NameFunction]);
            s.Mixin("end_of_tag");
            s.Mixin("end_of_block");
            s.Mixin("variable_param_markup");
        });
        states.State("condition", s =>
        {
            s.Rule("([=!]=|[<>]=?)", Operator);
            s.Rule(@"(and|or|contains)\b", OperatorWord);
            s.Mixin("end_of_block");
            s.Mixin("generic");
        });
        states.State("when", s =>
        {
            s.Mixin("end_of_block");
            s.Mixin("generic");
        });
        states.State("end_of_tag", s => s.Rule(@"-?\}\}", run => { run.Token(Punctuation); run.ResetStack(); }));
        states.State("end_of_block", s => s.Rule(@"-?%\}", run => { run.Token(Punctuation); run.ResetStack(); }));
        states.State("param_markup", s =>
        {
            s.Mixin("whitespace");
            s.Mixin("keyword");
            s.Mixin("string");
            s.Mixin("number");
            s.Rule(@"([^\s=:]+)(\s*)(=|:)", [NameAttribute, Whitespace, Operator]);
            s.Rule("[,:]", Punctuation);
        });
        states.State("default_param_markup", s =>
        {
            s.Mixin("param_markup");
            s.Rule(@"\S+", Text);
        });
        states.State("variable_param_markup", s =>
        {
            s.Mixin("param_markup");
            s.Mixin("variable");
            s.Rule(@"\S+", Text);
        });
        states.State("tag_markup", s =>
        {
            s.Rule(@"(reversed)\b", NameAttribute);
            s.Mixin("end_of_block");
            s.Mixin("default_param_markup");
        });
        states.State("variable_tag_markup", s =>
        {
            s.Mixin("end_of_block");
            s.Mixin("variable_param_markup");
        });
        states.State("keyword", s => s.Rule(@"(false|true|nil)\b", KeywordConstant));
        states.State("variable", s =>
        {
            s.Rule(@"(empty|blank|forloop\.[^\s%}\|:]+)\b", NameBuiltin);
            s.Rule(@"\.(?=\w)|\[|\]", Punctuation);
            s.Rule(@"(first|last|size)\b", NameFunction);
            s.Rule(@"[a-zA-Z_][\w-]*\??", NameVariable);
        });
        states.State("string", s =>
        {
            s.Rule("'[^']*'", StrSingle);
            s.Rule("\"[^\"]*\"", StrDouble);
        });
        states.State("number", s =>
        {
            s.Rule("-", Operator);
            s.Rule(@"\d+\.\d+", NumFloat);
            s.Rule(@"\d+", NumInteger);
        });
        states.State("generic", s =>
        {
            s.Mixin("whitespace");
            s.Mixin("keyword");
            s.Mixin("string");
            s.Mixin("number");
            s.Mixin("variable");
        });
        states.State("whitespace", s => s.Rule(@"[ \t]+", Whitespace));
        states.State("comment", s =>
        {
            s.Rule(@"[^\{]+", Comment);
            s.Rule(@"(\{%-?)(\s*)(endcomment)(\s*)(-?%\})", run =>
            {
                run.Groups(Punctuation, Whitespace, NameTag, Whitespace, Punctuation);
                run.ResetStack();
            });
            s.Rule(@"\{", Comment);
        });
        states.State("raw", s =>
        {
            s.Rule(@"[^\{]+", Text);
            s.Rule(@"(\{%-?)(\s*)(endraw)(\s*)(-?%\})", run =>
            {
                run.Groups(Punctuation, Whitespace, NameTag, Whitespace, Punctuation);
                run.ResetStack();
            });
            s.Rule(@"\{", Text);
        });
        states.State("assign", s =>
        {
            s.Rule("=", Operator);
            s.Rule(@"(\|)(\s*)([a-zA-Z_][^\s%\|:]*)", [Punctuation, Whitespace, NameFunction], "filters");
            s.Mixin("end_of_block");
            s.Mixin("generic");
        });
        states.State("include", s =>
        {
            s.Rule(@"(\{\{-?)(\s*)", [Punctuation, Whitespace], "output_embed");
            s.Rule(@"(with|for)\b", NameTag);
            s.Rule(@"[\/\w-]+(\.[\w-]+)+\b", Text);
            s.Mixin("variable_tag_markup");
        });
        states.State("output_embed", s =>
        {
            s.Rule(@"(\|)(\s*)([a-zA-Z_][^\s}\|:]*)", [Punctuation, Whitespace, NameFunction]);
            s.Rule(@"-?\}\}", Punctuation, "#pop");
            s.Mixin("variable_param_markup");
        });
    }
}
