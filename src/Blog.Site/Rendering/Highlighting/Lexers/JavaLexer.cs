using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Java, ported from Rouge 3.30's lexers/java.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class JavaLexer : RegexLexer
{
    private const string Keywords = "assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this|throw|try|while";
    private const string Declarations =
        "abstract|const|enum|extends|final|implements|native|private|protected|public|static|strictfp|super|" +
        "synchronized|throws|transient|volatile";
    private const string Types = "boolean|byte|char|double|float|int|long|short|var|void";
    // Ruby's POSIX classes are Unicode-wide: [[:alpha:]], [[:word:]], [[:upper:]], [[:alnum:]].
    private const string Id = @"[\p{L}\p{Nl}_][\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}]*";
    private const string ConstName = @"\p{Lu}[\p{Lu}\p{Nd}_]*\b";
    private const string ClassName = @"\p{Lu}[\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}]*\b";
    private const string Digit = "[0-9]_+[0-9]|[0-9]";
    private const string BinDigit = "[01]_+[01]|[01]";
    private const string OctDigit = "[0-7]_+[0-7]|[0-7]";
    private const string HexDigit = "(?i:[0-9a-f]_+[0-9a-f]|[0-9a-f])";

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"[^\S\n]+", Text);
            s.Rule("//.*?$", CommentSingle);
            s.Rule(@"(?s)/\*.*?\*/", CommentMultiline);
            s.Rule($@"(?:{Keywords})\b", Keyword);
            s.Rule(@"(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()", run =>
            {
                run.Recurse(run[1]);
                run.Token(NameFunction, run[2]);
                run.Token(Text, run[3]);
                run.Token(Operator, run[4]);
            });
            s.Rule($"@{Id}", NameDecorator);
            s.Rule($@"(?:{Declarations})\b", KeywordDeclaration);
            s.Rule($@"(?:{Types})\b", KeywordType);
            s.Rule(@"(?:true|false|null)\b", KeywordConstant);
            s.Rule(@"(?:class|interface)\b", KeywordDeclaration, "class");
            s.Rule(@"(?:import|package)\b", KeywordNamespace, "import");
            s.Rule(@"""(\\\\|\\""|[^""])*""", Str);
            s.Rule(@"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", StrChar);
            s.Rule($@"(\.)({Id})", [Operator, NameAttribute]);
            s.Rule($"{Id}:", NameLabel);
            s.Rule(ConstName, NameConstant);
            s.Rule(ClassName, NameClass);
            s.Rule($@"\$?{Id}", Name);
            s.Rule(@"[~^*!%&\[\](){}<>\|+=:;,.\/?-]", Operator);
            s.Rule($@"(?:{Digit})+\.(?:{Digit})+([eE](?:{Digit})+)?[fd]?", NumFloat);
            s.Rule($"(?i)0b(?:{BinDigit})+", NumBin);
            s.Rule($"(?i)0x(?:{HexDigit})+", NumHex);
            s.Rule($"0(?:{OctDigit})+", NumOct);
            s.Rule($"(?:{Digit})+L?", NumInteger);
            s.Rule(@"\n", Text);
        });
        states.State("class", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(Id, NameClass, "#pop");
        });
        states.State("import", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"(?i)[a-z0-9_.]+\*?", NameNamespace, "#pop");
        });
    }
}
