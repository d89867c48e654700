using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Swift, ported from Rouge 3.30's lexers/swift.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class SwiftLexer : RegexLexer
{
    // Ruby's \p{Alpha}/\p{Alnum} as .NET categories; [^\u0000-\uFFFF] (beyond the BMP) as a surrogate pair.
    private const string Astral = @"[\uD800-\uDBFF][\uDC00-\uDFFF]";
    private const string IdHead = $@"(?:_|[\p{{L}}\p{{Nl}}]|{Astral})";
    private const string IdRest = $@"(?:[\p{{L}}\p{{Nl}}\p{{Nd}}\p{{Mn}}\p{{Mc}}_]|{Astral})";
    private const string Id = $"(?:{IdHead}{IdRest}*)";

    private static readonly FrozenSet<string> Keywords = WordSet.Of(
        "await break case continue default do else fallthrough if in for return switch where while try catch throw " +
        "guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__ " +
        "associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix " +
        "precedence prefix set unowned weak willSet throws rethrows precedencegroup");
    private static readonly FrozenSet<string> Declarations = WordSet.Of(
        "actor class deinit enum convenience extension final func import init internal lazy let nonisolated optional " +
        "private protocol public required static struct subscript typealias var dynamic indirect associatedtype open " +
        "fileprivate some");
    private static readonly FrozenSet<string> Constants = WordSet.Of("true false nil");

    protected internal override void OnStart(RegexRun run) => run.Push("bol");

    private static bool StartsUpper(string word) => word.Length > 0 && char.IsUpper(word[0]);

    protected override void Define(StateSet states)
    {
        states.State("bol", s =>
        {
            s.Rule("#.*", CommentPreproc);
            s.Mixin("inline_whitespace");
            s.Rule("", run => run.Pop());
        });
        states.State("inline_whitespace", s =>
        {
            s.Rule(@"\s+", Text);
            s.Mixin("has_comments");
        });
        states.State("whitespace", s =>
        {
            s.Rule(@"\n+", Text, "bol");
            s.Rule(@"\/\/.*?$", CommentSingle, "bol");
            s.Mixin("inline_whitespace");
        });
        states.State("has_comments", s => s.Rule("/[*]", CommentMultiline, "nested_comment"));
        states.State("nested_comment", s =>
        {
            s.Mixin("has_comments");
            s.Rule("[*]/", CommentMultiline, "#pop");
            s.Rule("[^*/]+", CommentMultiline);
            s.Rule(".", CommentMultiline);
        });
        states.State("root", s =>
        {
            s.Mixin("whitespace");
            s.Rule(@"\$(([1-9]\d*)?\d)", NameVariable);
            s.Rule(@"[()\[\]{}:;,?\\]", Punctuation);
            s.Rule(@"[-/=+*%<>!&|^.~]+", Operator);
            s.Rule("@?\"", Str, "dq");
            s.Rule(@"'(\\.|.)'", StrChar);
            s.Rule(@"(?i)(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)*\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?", NumFloat);
            s.Rule(@"(?i)\d+e[+-]?[0-9]+", NumFloat);
            s.Rule("0o?[0-7]+(?:_[0-7]+)*", NumOct);
            s.Rule(@"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?", NumHex);
            s.Rule("0b[01]+(?:_[01]+)*", NumBin);
            s.Rule(@"[\d]+(?:_\d+)*", NumInteger);
            s.Rule($"@{Id}", KeywordDeclaration);
            s.Rule(@"(private|internal)(\([ ]*)(\w+)([ ]*\))", run =>
            {
                if (run[3] == "set") run.Token(KeywordDeclaration);
                else run.Groups(KeywordDeclaration, KeywordDeclaration, Error, KeywordDeclaration);
            });
            s.Rule(@"(unowned\([ ]*)(\w+)([ ]*\))", run =>
            {
                if (run[2] is "safe" or "unsafe") run.Token(KeywordDeclaration);
                else run.Groups(KeywordDeclaration, Error, KeywordDeclaration);
            });
            s.Rule(@"#available\([^)]+\)", KeywordDeclaration);
            s.Rule(@"(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))", [KeywordDeclaration, NameFunction, KeywordDeclaration]);
            s.Rule("#(line|file|column|function|dsohandle)", KeywordDeclaration);
            s.Rule($@"(let|var)\b(\s*)({Id})", [Keyword, Text, NameVariable]);
            s.Rule(@"(let|var)\b(\s*)([(])", [Keyword, Text, Punctuation], "tuple");
            s.Rule($@"(?!\b(if|while|for|private|internal|unowned|switch|case)\b)\b{Id}(?=(\?|!)?\s*[(])", run =>
                run.Token(StartsUpper(run[0]) ? KeywordType : NameFunction));
            s.Rule(@"as[?!]?(?=\s)", Keyword);
            s.Rule(@"try[!]?(?=\s)", Keyword);
            s.Rule($@"(#?(?!default)(?!\p{{Lu}}){Id})(\s*)(:)", [NameVariable, Text, Punctuation]);
            s.Rule(Id, run =>
            {
                var word = run[0];
                run.Token(Keywords.Contains(word) ? Keyword
                    : Declarations.Contains(word) ? KeywordDeclaration
                    : Constants.Contains(word) ? KeywordConstant
                    : StartsUpper(word) ? KeywordType
                    : Name);
            });
            s.Rule($"(`)({Id})(`)", [Punctuation, NameVariable, Punctuation]);
        });
        states.State("tuple", s =>
        {
            s.Rule($"({Id})", NameVariable);
            s.Rule($"(`)({Id})(`)", [Punctuation, NameVariable, Punctuation]);
            s.Rule(",", Punctuation);
            s.Rule("[(]", Punctuation, "#push");
            s.Rule("[)]", Punctuation, "#pop");
            s.Mixin("inline_whitespace");
        });
        states.State("dq", s =>
        {
            s.Rule(@"\\[\\0tnr'""]", StrEscape);
            s.Rule(@"\\[(]", StrEscape, "interp");
            s.Rule(@"\\u\{\h{1,8}\}", StrEscape);
            s.Rule(@"[^\\""]+", Str);
            s.Rule("\"\"\"", Str, "#pop");
            s.Rule("\"", Str, "#pop");
        });
        states.State("interp", s =>
        {
            s.Rule("[(]", Punctuation, "interp_inner");
            s.Rule("[)]", StrEscape, "#pop");
            s.Mixin("root");
        });
        states.State("interp_inner", s =>
        {
            s.Rule("[(]", Punctuation, "#push");
            s.Rule("[)]", Punctuation, "#pop");
            s.Mixin("root");
        });
    }
}
