using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Python, ported from Rouge 3.30's lexers/python.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class PythonLexer : RegexLexer
{
    private static readonly FrozenSet<string> Keywords = WordSet.Of(
        "assert break continue del elif else except exec finally for global if lambda pass print raise return try " +
        "while yield as with from import yield async await nonlocal");

    private static readonly FrozenSet<string> Builtins = WordSet.Of(
        "__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr classmethod cmp " +
        "coerce compile complex delattr dict dir divmod enumerate eval execfile exit file filter float format frozenset " +
        "getattr globals hasattr hash hex id input int intern isinstance issubclass iter len list locals long map max " +
        "memoryview min next object oct open ord pow property range raw_input reduce reload repr reversed round set " +
        "setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip " +
        // Rouge gives its exceptions the same token as its builtins.
        "ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError " +
        "BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError " +
        "ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception FileExistsError FileNotFoundError " +
        "FloatingPointError FutureWarning GeneratorExit IOError ImportError ImportWarning IndentationError IndexError " +
        "InterruptedError IsADirectoryError KeyError KeyboardInterrupt LookupError MemoryError ModuleNotFoundError " +
        "NameError NotADirectoryError NotImplemented NotImplementedError OSError OverflowError OverflowWarning " +
        "PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning RuntimeError " +
        "RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit " +
        "TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError " +
        "UnicodeTranslateError UnicodeWarning UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError");

    private static readonly FrozenSet<string> BuiltinsPseudo = WordSet.Of("self None Ellipsis NotImplemented False True");

    // Ruby's [[:alpha:]] and [[:alnum:]] are Unicode-wide.
    private const string Identifier = @"[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}_]*";
    private const string DottedIdentifier = @"[\p{L}\p{Nl}_.][\p{L}\p{Nl}\p{Nd}\p{Mn}\p{Mc}_.]*";
    private const string Digits = "[0-9](_?[0-9])*";
    private const string Decimal = $@"(({Digits})?\.{Digits}|{Digits}\.)";
    private const string Exponent = $"e[+-]?{Digits}";

    /// <summary>The open strings, innermost last: their prefix (r, f, b...) and delimiter (Rouge's StringRegister).</summary>
    private sealed class OpenStrings
    {
        public readonly List<(string Type, string Delimiter)> Stack = [];
        public bool Is(string type) => Stack.Count > 0 && Stack[^1].Type.Contains(type, StringComparison.Ordinal);
    }

    protected internal override object? NewRunData() => new OpenStrings();

    private static OpenStrings Strings(RegexRun run) => (OpenStrings)run.Data!;

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"\n+", Text);
            s.Rule(@"(?si)^(:)(\s*)([ru]{0,2}"""""".*?"""""")", [Punctuation, Text, StrDoc]);
            s.Rule(@"[^\S\n]+", Text);
            s.Rule(@"#(.*)?\n?", CommentSingle);
            s.Rule(@"[\[\]{}:(),;.]", Punctuation);
            s.Rule(@"\\\n", Text);
            s.Rule(@"\\", Text);
            s.Rule(@"(in|is|and|or|not)\b", OperatorWord);
            s.Rule(@"(<<|>>|\/\/|\*\*)=?", Operator);
            s.Rule(@"[-~+\/*%=<>&^|@]=?|!=", Operator);
            s.Rule($@"(from)((?:\\\s|\s)+)({DottedIdentifier})((?:\\\s|\s)+)(import)",
                [KeywordNamespace, Text, NameNamespace, Text, KeywordNamespace]);
            s.Rule($@"(import)(\s+)({DottedIdentifier})", [KeywordNamespace, Text, NameNamespace]);
            s.Rule(@"(def)((?:\s|\\\s)+)", [Keyword, Text], "funcname");
            s.Rule(@"(class)((?:\s|\\\s)+)", [Keyword, Text], "classname");
            s.Rule("`.*?`", StrBacktick);
            s.Rule(@"(?i)([rfbu]{0,2})('''|""""""|['""])", run =>
            {
                run.Groups(StrAffix, Str);
                Strings(run).Stack.Add((run[1].ToLowerInvariant(), run[2]));
                run.Push("generic_string");
            });
            s.Rule($"(?i)@{DottedIdentifier}", NameDecorator);
            s.Rule($@"(?<!\.){Identifier}", run =>
            {
                var word = run[0];
                run.Token(Keywords.Contains(word) ? Keyword
                    : Builtins.Contains(word) ? NameBuiltin
                    : BuiltinsPseudo.Contains(word) ? NameBuiltinPseudo
                    : Name);
            });
            s.Rule(Identifier, Name);
            s.Rule($"(?i){Decimal}({Exponent})?j?", NumFloat);
            s.Rule($"(?i){Digits}{Exponent}j?", NumFloat);
            s.Rule($"(?i){Digits}j", NumFloat);
            s.Rule("(?i)0b(_?[0-1])+", NumBin);
            s.Rule("(?i)0o(_?[0-7])+", NumOct);
            s.Rule("(?i)0x(_?[a-f0-9])+", NumHex);
            s.Rule(@"\d+L", NumIntegerLong);
            s.Rule("([1-9](_?[0-9])*|0(_?0)*)", NumInteger);
        });
        states.State("funcname", s => s.Rule(Identifier, NameFunction, "#pop"));
        states.State("classname", s => s.Rule(Identifier, NameClass, "#pop"));
        states.State("generic_string", s =>
        {
            s.Rule(@"[^'""\\{]+", Str);
            s.Rule("{{", Str);
            s.Rule(@"'''|""""""|['""]", run =>
            {
                run.Token(Str);
                var open = Strings(run).Stack;
                if (open.Count > 0 && open[^1].Delimiter == run[0])
                {
                    open.RemoveAt(open.Count - 1);
                    run.Pop();
                }
            });
            s.Rule(@"(?=\\)", Str, "generic_escape");
            s.Rule("{", run =>
            {
                if (Strings(run).Is("f"))
                {
                    run.Token(StrInterpol);
                    run.Push("generic_interpol");
                }
                else run.Token(Str);
            });
        });
        states.State("generic_escape", s =>
        {
            s.Rule(@"\\([\\abfnrtv""']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})", run =>
            {
                run.Token(Strings(run).Is("r") ? Str : StrEscape);
                run.Pop();
            });
            s.Rule(@"\\.", Str, "#pop");
        });
        states.State("generic_interpol", s =>
        {
            s.Rule("[^{}!:]+", run => run.Recurse(run[0]));
            s.Rule("![asr]", StrInterpol);
            s.Rule(":", StrInterpol);
            s.Rule("{", StrInterpol, "generic_interpol");
            s.Rule("}", StrInterpol, "#pop");
        });
    }
}
