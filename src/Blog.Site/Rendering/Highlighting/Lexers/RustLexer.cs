using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Rust, ported from Rouge 3.30's lexers/rust.rb (MIT, see THIRD-PARTY-NOTICES.md): macro delimiters counted per run.</summary>
internal sealed class RustLexer : RegexLexer
{
    private const string Keywords =
        "as|async|await|break|const|continue|crate|dyn|else|enum|extern|false|fn|for|if|impl|in|let|log|loop|match|" +
        "mod|move|mut|pub|ref|return|self|Self|static|struct|super|trait|true|type|unsafe|use|where|while|abstract|" +
        "become|box|do|final|macro|override|priv|typeof|unsized|virtual|yield|try|union";

    private static readonly FrozenSet<string> Builtins = WordSet.Of(
        "Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong Cons Const Copy " +
        "c_schar c_short c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq Err f32 f64 " +
        "Failure FILE float fpos_t i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None " +
        "Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t Right Send Shl Shr size_t Some ssize_t str Sub Success " +
        "time_t u16 u32 u64 u8 usize uint uintptr_t Box Vec String Gc Rc Arc u128 i128 Result Sync Pin Unpin Sized " +
        "Drop drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default DoubleEndedIterator " +
        "ExactSizeIterator Extend IntoIterator Iterator");

    // .NET has no \p{XID_Start}/\p{XID_Continue}: their general categories instead.
    private const string Id = @"[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*";
    private const string Escapes = @"\\([nrt'""\\0]|x(?i:[0-9a-f]){2}|u\{((?i:[0-9a-f])_*){1,6}\})";
    private const string Size = "8|16|32|64|128|size";
    private const string Dot = "[.][0-9][0-9_]*";
    private const string Exp = "[eE][-+]?[0-9_]+";
    private const string Flt = "f32|f64";

    /// <summary>How many of each closing delimiter a macro call still waits for (Rouge's <c>@macro_delims</c>).</summary>
    private sealed class MacroDelimiters
    {
        public readonly Dictionary<char, int> Open = new() { [']'] = 0, [')'] = 0, ['}'] = 0 };
    }

    protected internal override object? NewRunData() => new MacroDelimiters();

    protected internal override void OnStart(RegexRun run) => run.Push("bol");

    protected override void Define(StateSet states)
    {
        states.State("bol", s =>
        {
            s.Mixin("whitespace");
            s.Rule(@"#\s[^\n]*", CommentSpecial);
            s.Rule("", run => run.Pop());
        });
        states.State("attribute", s =>
        {
            s.Mixin("whitespace");
            s.Mixin("has_literals");
            s.Rule("[(,)=:]", NameDecorator);
            s.Rule(@"\]", NameDecorator, "#pop");
            s.Rule(Id, NameDecorator);
        });
        states.State("whitespace", s =>
        {
            s.Rule(@"\s+", Text);
            s.Mixin("comments");
        });
        states.State("comments", s =>
        {
            s.Rule(@"////+[^\n]*", CommentSingle);
            s.Rule(@"//[/!][^\n]*", CommentDoc);
            s.Rule(@"//[^\n]*", CommentSingle);
            s.Rule(@"/\*\*\*?/", CommentMultiline);
            s.Rule(@"/\*\*\*+", CommentMultiline, "nested_plain_block");
            s.Rule("/[*][*!]", CommentDoc, "nested_doc_block");
            s.Rule("/[*]", CommentMultiline, "nested_plain_block");
        });
        foreach (var (name, token) in new[] { ("nested_plain_block", CommentMultiline), ("nested_doc_block", CommentDoc) })
        {
            states.State(name, s =>
            {
                s.Rule(@"\*/", token, "#pop");
                s.Rule(@"/\*", token, name);
                s.Rule(@"[^*/]+|[*/]", token);
            });
        }
        states.State("root", s =>
        {
            s.Rule(@"\n", Text, "bol");
            s.Mixin("whitespace");
            s.Rule(@"#!?\[", NameDecorator, "attribute");
            s.Rule($@"\b(?:{Keywords})\b", Keyword);
            s.Mixin("has_literals");
            s.Rule("[=-]>", Keyword);
            s.Rule("<->", Keyword);
            s.Rule(@"[()\[\]{}|,:;]", Punctuation);
            s.Rule(@"[*\/!@~&+%^<>=\?-]|\.{2,3}", Operator);
            s.Rule($@"([.]\s*)?{Id}(?=\s*[(])", NameFunction);
            s.Rule(@"[.]\s*await\b", Keyword);
            s.Rule($@"[.]\s*{Id}", NameProperty);
            s.Rule(@"[.]\s*\d+", NameAttribute);
            s.Rule($"({Id})(::)", [NameNamespace, Punctuation]);
            s.Rule(@"\bmacro_rules!", NameDecorator, "macro_rules");
            s.Rule($"{Id}!", NameDecorator, "macro");
            s.Rule(@"'static\b", Keyword);
            s.Rule($"'{Id}", NameVariable);
            s.Rule(Id, run => run.Token(Builtins.Contains(run[0]) ? NameBuiltin : Name));
        });
        states.State("macro", s =>
        {
            s.Mixin("has_literals");
            s.Rule(@"[\[{(]", run =>
            {
                var open = ((MacroDelimiters)run.Data!).Open;
                open[run[0][0] switch { '[' => ']', '(' => ')', _ => '}' }]++;
                run.Token(Punctuation);
            });
            s.Rule(@"[\]})]", run =>
            {
                var open = ((MacroDelimiters)run.Data!).Open;
                open[run[0][0]]--;
                if (open.Values.All(count => count == 0)) run.Pop();
                run.Token(Punctuation);
            });
            s.Rule($"{Id}!", NameDecorator);
            s.Mixin("root");
            s.Rule(".", Text);
        });
        states.State("macro_rules", s =>
        {
            s.Rule($"[$]{Id}(:{Id})?", NameVariable);
            s.Rule("[$]", NameVariable);
            s.Mixin("macro");
        });
        states.State("has_literals", s =>
        {
            s.Rule(@"\b(?:true|false)\b", KeywordConstant);
            s.Rule($@"b?'(?:{Escapes}|[^\\])'", StrChar);
            s.Rule("b?\"", Str, "string");
            s.Rule(@"(?s)b?r(#*)"".*?""\1", Str);
            s.Rule($@"[0-9][0-9_]*((?:{Dot})(?:{Exp})?(?:{Flt})?|(?:{Dot})?(?:{Exp})(?:{Flt})?|(?:{Dot})?(?:{Exp})?(?:{Flt})|[.](?![._\p{{L}}\p{{Nl}}]))", NumFloat);
            s.Rule($"(0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(u(?:{Size})?|i(?:{Size}))?", NumInteger);
        });
        states.State("string", s =>
        {
            s.Rule("\"", Str, "#pop");
            s.Rule(Escapes, StrEscape);
            s.Rule(@"[^""\\]+", Str);
        });
    }
}
