using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Kotlin, ported from Rouge 3.30's lexers/kotlin.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class KotlinLexer : RegexLexer
{
    private const string Keywords =
        "abstract|annotation|as|break|by|catch|class|companion|const|constructor|continue|crossinline|do|dynamic|else|" +
        "enum|external|false|final|finally|for|fun|get|if|import|in|infix|inline|inner|interface|internal|is|lateinit|" +
        "noinline|null|object|open|operator|out|override|package|private|protected|public|reified|return|sealed|set|" +
        "super|suspend|tailrec|this|throw|true|try|typealias|typeof|val|var|vararg|when|where|while|yield";
    private const string NameChars = @"[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*";
    private const string ClassName = $@"`?[\p{{Lu}}]{NameChars}`?";
    private const string Name = $@"`?[_\p{{Lu}}\p{{Ll}}\p{{Lt}}\p{{Lm}}\p{{Nl}}]{NameChars}`?";
    // Ruby wraps each interpolated regex in a group; so do these.
    private const string DecDigits = "(?:([0-9][0-9_]*[0-9])|[0-9])";
    private const string Exponent = $"(?:[eE][+-]?({DecDigits}))";
    private const string Double = $@"(?:(({DecDigits})?\.{DecDigits}({Exponent})?)|({DecDigits}{Exponent}))";

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"\b(companion)(\s+)(object)\b", [Keyword, Text, Keyword]);
            s.Rule(@"\b(class|data\s+class|interface|object)(\s+)", [KeywordDeclaration, Text], "class");
            s.Rule(@"\b(fun)(\s+)", [Keyword, Text], "function");
            s.Rule(@"\b(package|import)(\s+)", [Keyword, Text], "package");
            s.Rule(@"\b(val|var)(\s+)(\()", [KeywordDeclaration, Text, Punctuation], "destructure");
            s.Rule(@"\b(val|var)(\s+)", [KeywordDeclaration, Text], "property");
            s.Rule($@"(return|continue|break|this|super)(@{Name})?\b", [Keyword, NameDecorator]);
            s.Rule(@"\bfun\b", Keyword);
            s.Rule($@"\b(?:{Keywords})\b", Keyword);
            s.Rule(@"^\s*\[.*?\]", NameAttribute);
            s.Rule(@"[^\S\n]+", Text);
            s.Rule(@"\\\n", Text);
            s.Rule("//.*?$", CommentSingle);
            s.Rule("/[*].*[*]/", CommentMultiline);
            s.Rule("/[*].*", CommentMultiline, "comment");
            s.Rule(@"\n", Text);
            s.Rule("(::)(class)", [Operator, Keyword]);
            s.Rule(@"::|!!|\?[:.]", Operator);
            s.Rule(@"(\.\.)", Operator);
            s.Rule($"({Double}[fF]?)|({DecDigits}[fF])", NumFloat);
            s.Rule("0[bB]([01][01_]*[01]|[01])[uU]?L?", NumBin);
            s.Rule("0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?", NumHex);
            s.Rule("(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?", NumInteger);
            s.Rule(@"[~!%^&*()+=|\[\]:;,.<>/?-]", Punctuation);
            s.Rule("[{}]", Punctuation);
            s.Rule(@"(?s)@""(""""|[^""])*""", Str);
            s.Rule(@"(?s)"""""".*?""""""", Str);
            s.Rule(@"(?s)""(\\\\|\\""|[^""\n])*[""\n]", Str);
            s.Rule(@"'\\.'|'[^\\]'", StrChar);
            s.Rule($"(@{ClassName})", NameDecorator);
            s.Rule($"({ClassName})(<)", [NameClass, Punctuation], "generic_parameters");
            s.Rule(ClassName, NameClass);
            s.Rule($@"({Name})(?=\s*[({{])", NameFunction);
            s.Rule($"({Name})@", NameDecorator);
            s.Rule(Name, Tokens.Name);
        });
        states.State("package", s => s.Rule(@"\S+", NameNamespace, "#pop"));
        states.State("class", s => s.Rule(ClassName, NameClass, "#pop"));
        states.State("function", s =>
        {
            s.Rule("(<)", Punctuation, "generic_parameters");
            s.Rule(@"(\s+)", Text);
            s.Rule($@"({ClassName})(\.)", [NameClass, Punctuation]);
            s.Rule(Name, NameFunction, "#pop");
        });
        states.State("generic_parameters", s =>
        {
            s.Rule(ClassName, NameClass);
            s.Rule("(<)", Punctuation, "generic_parameters");
            s.Rule("(reified|out|in)", Keyword);
            s.Rule("([,:.?])", Punctuation);
            s.Rule(@"(\s+)", Text);
            s.Rule("(>)", Punctuation, "#pop");
        });
        states.State("property", s =>
        {
            s.Rule("(<)", Punctuation, "generic_parameters");
            s.Rule(@"(\s+)", Text);
            s.Rule(Name, NameProperty, "#pop");
        });
        states.State("destructure", s =>
        {
            s.Rule("(,)", Punctuation);
            s.Rule(@"(\))", Punctuation, "#pop");
            s.Rule(@"(\s+)", Text);
            s.Rule(Name, NameProperty);
        });
        states.State("comment", s =>
        {
            s.Rule("/[*]", CommentMultiline, "comment");
            s.Rule("[*]/", CommentMultiline, "#pop");
            s.Rule("[^/*]+", CommentMultiline);
            s.Rule("[/*]", CommentMultiline);
        });
    }
}
