using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>C#, ported from Rouge 3.30's lexers/csharp.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class CSharpLexer : RegexLexer
{
    private const string Id = @"(?i:@?[_a-z]\w*)";
    private const string Keywords =
        "abstract|as|base|break|case|catch|checked|const|continue|default|delegate|do|else|enum|event|explicit|extern|" +
        "false|finally|fixed|for|foreach|goto|if|implicit|in|interface|internal|is|lock|new|null|operator|out|override|" +
        "params|private|protected|public|readonly|ref|return|sealed|sizeof|stackalloc|static|switch|this|throw|true|try|" +
        "typeof|unchecked|unsafe|virtual|void|volatile|while|add|alias|async|await|get|global|partial|remove|set|value|" +
        "where|yield|nameof|ascending|by|descending|equals|from|group|in|into|join|let|on|orderby|select";
    private const string KeywordTypes = "bool|byte|char|decimal|double|dynamic|float|int|long|object|sbyte|short|string|uint|ulong|ushort|var";
    private const string PreprocessorKeywords = "if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma";

    protected override void Define(StateSet states)
    {
        states.State("whitespace", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule("//.*?$", CommentSingle);
            s.Rule("(?s)/[*].*?[*]/", CommentMultiline);
        });
        states.State("nest", s =>
        {
            s.Rule("{", Punctuation, "nest");
            s.Rule("}", Punctuation, "#pop");
            s.Mixin("root");
        });
        states.State("splice_string", s =>
        {
            s.Rule(@"\\.", Str);
            s.Rule("{", Punctuation, "nest");
            s.Rule("\"|\\n", Str, "#pop");
            s.Rule(".", Str);
        });
        states.State("splice_literal", s =>
        {
            s.Rule("\"\"", Str);
            s.Rule("{", Punctuation, "nest");
            s.Rule("\"", Str, "#pop");
            s.Rule(".", Str);
        });
        states.State("root", s =>
        {
            s.Mixin("whitespace");
            s.Rule(@"[$]\s*""", Str, "splice_string");
            s.Rule(@"[$]@\s*""", Str, "splice_literal");
            s.Rule($@"(<\[)\s*({Id}:)?", Keyword);
            s.Rule(@"\]>", Keyword);
            s.Rule(@"[~!%^&*()+=|\[\]{}:;,.<>\/?-]", Punctuation);
            s.Rule(@"(?s)@""(""""|[^""])*""", Str);
            s.Rule(@"""(\\.|.)*?[""\n]", Str);
            s.Rule(@"'(\\.|.)'", StrChar);
            s.Rule("(?i)0x[0-9a-f]+[lu]?", Num);
            s.Rule("(?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", Num);
            s.Rule(@"\b(?:class|struct|interface)\b", Keyword, "class");
            s.Rule(@"\b(?:namespace|using)\b", Keyword, "namespace");
            s.Rule($@"^#[ \t]*({PreprocessorKeywords})\b.*?\n", CommentPreproc);
            s.Rule($@"\b({Keywords})\b", Keyword);
            s.Rule($@"\b({KeywordTypes})\b", KeywordType);
            s.Rule($@"{Id}(?=\s*[(])", NameFunction);
            s.Rule(Id, Name);
        });
        states.State("class", s =>
        {
            s.Mixin("whitespace");
            s.Rule(Id, NameClass, "#pop");
        });
        states.State("namespace", s =>
        {
            s.Mixin("whitespace");
            s.Rule("(?=[(])", Text, "#pop");
            s.Rule($"({Id}|[.])+", NameNamespace, "#pop");
        });
    }
}
