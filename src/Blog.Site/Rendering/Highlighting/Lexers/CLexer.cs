using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>
/// C, and C++ when <paramref name="cpp"/> (Rouge's Cpp lexer is the C one with more words and rules first), ported
/// from Rouge 3.30's lexers/c.rb and cpp.rb (MIT, see THIRD-PARTY-NOTICES.md).
/// </summary>
internal sealed class CLexer(bool cpp) : RegexLexer
{
    private const string Id = "[a-zA-Z_][a-zA-Z0-9_]*";
    private const string Ws = @"(?-s:(?:\s|//.*?\n|/[*].*?[*]/)+)";
    private const string Dq = @"\d('?\d)*";

    private readonly FrozenSet<string> _keywords = WordSet.Of(
        "auto break case const continue default do else enum extern for goto if register restricted return sizeof " +
        "static struct switch typedef union volatile virtual while _Alignas _Alignof _Atomic _Generic _Imaginary " +
        "_Noreturn _Static_assert _Thread_local" + (cpp
            ? " asm auto catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield " +
              "delete dynamic_cast explicit export friend mutable namespace new operator private protected public " +
              "reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual " +
              "final override alignas alignof decltype noexcept static_assert thread_local try"
            : ""));

    private readonly FrozenSet<string> _types = WordSet.Of(
        "int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t " +
        "fpos_t clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t wctype_t _Bool " +
        "_Complex int8_t int16_t int32_t int64_t uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t " +
        "int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t uint_least64_t int_fast8_t " +
        "int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t " +
        "uintptr_t intmax_t uintmax_t char16_t char32_t" + (cpp ? " bool" : ""));

    private readonly FrozenSet<string> _reserved = WordSet.Of(
        "__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally __int61 " +
        "__try __leave inline _inline __inline naked _naked __naked restrict _restrict __restrict thread _thread " +
        "__thread typename _typename __typename" + (cpp
            ? " __virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface __event"
            : ""));

    protected internal override void OnStart(RegexRun run) => run.Push("bol");

    protected override void Define(StateSet states)
    {
        states.State("expr_bol", s =>
        {
            s.Mixin("inline_whitespace");
            s.Rule(@"#if\s0", Comment, "if_0");
            s.Rule("#", CommentPreproc, "macro");
            s.Rule("", run => run.Pop());
        });
        states.State("bol", s =>
        {
            s.Rule($"{Id}:(?!:)", NameLabel);
            s.Mixin("expr_bol");
        });
        states.State("inline_whitespace", s =>
        {
            s.Rule(@"[ \t\r]+", Text);
            s.Rule(@"\\\n", Text);
            s.Rule(@"(?s)/(\\\n)?[*].*?[*](\\\n)?/", CommentMultiline);
        });
        states.State("whitespace", s =>
        {
            s.Rule(@"\n+", Text, "bol");
            s.Rule(@"//(\\.|.)*?$", CommentSingle, "bol");
            s.Mixin("inline_whitespace");
        });
        states.State("expr_whitespace", s =>
        {
            s.Rule(@"\n+", Text, "expr_bol");
            s.Mixin("whitespace");
        });
        states.State("statements", s =>
        {
            if (cpp)
            {
                s.Rule(@"(class|struct)\b", Keyword, "classname");
                s.Rule(@"template\b", Keyword, "template");
                s.Rule($@"{Dq}(\.{Dq})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b", NumOther);
                s.Rule($"(?i)({Dq}[.]({Dq})?|[.]{Dq})(e[+-]?{Dq}[lu]*)?", NumFloat);
                s.Rule($"(?i){Dq}e[+-]?{Dq}[lu]*", NumFloat);
                s.Rule(@"(?i)0x\h('?\h)*[lu]*", NumHex);
                s.Rule("0b[01]+('[01]+)*", NumBin);
                s.Rule("(?i)0[0-7]('?[0-7])*[lu]*", NumOct);
                s.Rule($"(?i){Dq}[lu]*", NumInteger);
                s.Rule(@"\bnullptr\b", NameBuiltin);
                s.Rule(@"(?s)(?:u8|u|U|L)?R""([a-zA-Z0-9_{}\[\]#<>%:;.?*\+\-\/\^&|~!=,""']{0,16})\(.*?\)\1""", Str);
                s.Rule("(::|<=>)", Operator);
                s.Rule("[{}]", Punctuation);
            }
            s.Mixin("whitespace");
            s.Rule(@"(u8|u|U|L)?""", Str, "string");
            s.Rule(@"(?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", StrChar);
            s.Rule(@"(?i)(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*", NumFloat);
            s.Rule(@"(?i)\d+e[+-]?\d+[lu]*", NumFloat);
            s.Rule("(?i)0x[0-9a-f]+[lu]*", NumHex);
            s.Rule("(?i)0[0-7]+[lu]*", NumOct);
            s.Rule(@"(?i)\d+[lu]*", NumInteger);
            s.Rule(@"\*/", Error);
            s.Rule(@"[~!%^&*+=\|?:<>/-]", Operator);
            s.Rule(@"[()\[\],.;]", Punctuation);
            s.Rule(@"\bcase\b", Keyword, "case");
            s.Rule(@"(?:true|false|NULL)\b", NameBuiltin);
            s.Rule(Id, run =>
            {
                var name = run[0];
                run.Token(_keywords.Contains(name) ? Keyword
                    : _types.Contains(name) ? KeywordType
                    : _reserved.Contains(name) ? KeywordReserved
                    : Name);
            });
        });
        states.State("case", s =>
        {
            s.Rule(cpp ? ":(?!:)" : ":", Punctuation, "#pop");
            s.Mixin("statements");
        });
        states.State("root", s =>
        {
            if (cpp) s.Rule(@"(?:__offload|__blockingoffload|__outer)\b", KeywordPseudo);
            s.Mixin("expr_whitespace");
            s.Rule($@"([\w*\s]+?[\s*])({Id})(\s*\([^;]*?\))({Ws}?)({{|;)", run =>
            {
                run.Recurse(run[1]);
                run.Token(NameFunction, run[2]);
                run.Recurse(run[3]);
                run.Recurse(run[4]);
                run.Token(Punctuation, run[5]);
                if (run[5] == "{") run.Push("function");
            });
            s.Rule(@"\{", Punctuation, "function");
            s.Mixin("statements");
        });
        states.State("function", s =>
        {
            s.Mixin("whitespace");
            s.Mixin("statements");
            s.Rule(";", Punctuation);
            s.Rule("{", Punctuation, "function");
            s.Rule("}", Punctuation, "#pop");
        });
        states.State("string", s =>
        {
            s.Rule("\"", Str, "#pop");
            s.Rule(@"\\([\\abfnrtv""']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})", StrEscape);
            s.Rule(@"[^\\""\n]+", Str);
            s.Rule(@"\\\n", Str);
            s.Rule(@"\\", Str);
        });
        states.State("macro", s =>
        {
            s.Mixin("include");
            s.Rule(@"[^/\n\\]+", CommentPreproc);
            s.Rule(@"(?s)\\.", CommentPreproc);
            s.Mixin("inline_whitespace");
            s.Rule("/", CommentPreproc);
            s.Rule(@"\n", CommentPreproc, "#pop");
        });
        states.State("include", s =>
        {
            s.Rule(@"(include)(\s*)(<[^>]+>)([^\n]*)", [CommentPreproc, Text, CommentPreprocFile, CommentSingle]);
            s.Rule(@"(include)(\s*)(""[^""]+"")([^\n]*)", [CommentPreproc, Text, CommentPreprocFile, CommentSingle]);
        });
        states.State("if_0", s =>
        {
            s.Rule(@"^\s*#if", Comment, "if_0");
            s.Rule(@"^\s*#\s*el(?:se|if)", Comment, "#pop");
            s.Rule(@"(?s)^\s*#\s*endif\b.*?(?<!\\)\n", Comment, "#pop");
            s.Rule(@".*?\n", Comment);
        });
        if (cpp)
        {
            states.State("classname", s =>
            {
                s.Rule(Id, NameClass, "#pop");
                s.Mixin("whitespace");
                s.Rule("[.]{3}", Operator);
                s.Rule(",", Punctuation, "#pop");
                s.Rule("", run => run.Pop());
            });
            states.State("template", s =>
            {
                s.Rule("[>;]", Punctuation, "#pop");
                s.Rule(@"typename\b", Keyword, "classname");
                s.Mixin("statements");
            });
        }
    }
}
