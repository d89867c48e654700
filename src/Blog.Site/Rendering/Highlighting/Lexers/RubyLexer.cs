using System.Text;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Ruby, ported from Rouge 3.30's lexers/ruby.rb (MIT, see THIRD-PARTY-NOTICES.md): heredocs queue per run.</summary>
internal sealed class RubyLexer : RegexLexer
{
    private const string Keywords =
        @"BEGIN|END|alias|begin|break|case|defined\?|do|else|elsif|end|ensure|for|if|in|next|redo|rescue|raise|retry|" +
        "return|super|then|undef|unless|until|when|while|yield";
    private const string KeywordsPseudo =
        "loop|include|extend|raise|alias_method|attr|catch|throw|private|module_function|public|protected|true|false|" +
        "nil|__FILE__|__LINE__";
    private const string BuiltinsG =
        "attr_reader|attr_writer|attr_accessor|__id__|__send__|abort|ancestors|at_exit|autoload|binding|callcc|caller|" +
        @"catch|chomp|chop|class_eval|class_variables|clone|const_defined\?|const_get|const_missing|const_set|constants|" +
        "display|dup|eval|exec|exit|extend|fail|fork|format|freeze|getc|gets|global_variables|gsub|hash|id|" +
        "included_modules|inspect|instance_eval|instance_method|instance_methods|instance_variable_get|" +
        "instance_variable_set|instance_variables|lambda|load|local_variables|loop|method|method_missing|methods|" +
        "module_eval|name|object_id|open|p|print|printf|private_class_method|private_instance_methods|private_methods|" +
        "proc|protected_instance_methods|protected_methods|public_class_method|public_instance_methods|public_methods|" +
        "putc|puts|raise|rand|readline|readlines|require|require_relative|scan|select|self|send|set_trace_func|" +
        "singleton_methods|sleep|split|sprintf|srand|sub|syscall|system|taint|test|throw|to_a|to_s|trace_var|trap|" +
        "untaint|untrace_var|warn";
    private const string BuiltinsQ =
        "autoload|block_given|const_defined|eql|equal|frozen|include|instance_of|is_a|iterator|kind_of|method_defined|" +
        "nil|private_method_defined|protected_method_defined|public_method_defined|respond_to|tainted";
    private const string BuiltinsB = "chomp|chop|exit|gsub|sub";
    private const string Decimal = @"[\d]+(?:_\d+)*";
    private const string Exponent = @"[eE][+-]?\d+";

    /// <summary>Heredocs opened on the current line, read after it (Rouge's <c>@heredoc_queue</c>): tolerant of indentation, and name.</summary>
    private sealed class HeredocQueue
    {
        public readonly Queue<(bool Tolerant, string Name)> Pending = new();
    }

    protected internal override object? NewRunData() => new HeredocQueue();

    protected internal override void OnStart(RegexRun run) => run.Push("expr_start");

    private static Queue<(bool Tolerant, string Name)> Heredocs(RegexRun run) => ((HeredocQueue)run.Data!).Pending;

    protected override void Define(StateSet states)
    {
        states.State("symbols", s =>
        {
            s.Rule(@"(?i):@{0,2}[a-z_]\w*[!?]?", StrSymbol);
            s.Rule(@":(?:\*\*|[-+]@|[/\%&\|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)", StrSymbol);
            s.Rule(@":'(\\\\|\\'|[^'])*'", StrSymbol);
            s.Rule(@":""", StrSymbol, "simple_sym");
        });
        states.State("sigil_strings", s => s.Rule(@"%([rqswQWxiI])?([^\w\s])", SigilString));
        states.State("strings", s =>
        {
            s.Mixin("symbols");
            s.Rule(@"\b[a-z_]\w*?[?!]?:\s+", StrSymbol, "expr_start");
            s.Rule(@"'(\\\\|\\'|[^'])*'", StrSingle);
            s.Rule("\"", StrDouble, "simple_string");
            s.Rule(@"(?<!\.)`", StrBacktick, "simple_backtick");
        });
        states.State("regex_flags", s => s.Rule("[mixounse]*", StrRegex, "#pop"));
        foreach (var (name, token, end) in new[] { ("string", StrDouble, "\""), ("sym", StrSymbol, "\""), ("backtick", StrBacktick, "`") })
        {
            states.State("simple_" + name, s =>
            {
                s.Mixin("string_intp_escaped");
                s.Rule($@"[^\\{end}#]+", token);
                s.Rule(@"[\\#]", token);
                s.Rule(end, token, "#pop");
            });
        }
        states.State("whitespace", s =>
        {
            s.Mixin("inline_whitespace");
            s.Rule(@"\n\s*", Text, "expr_start");
            s.Rule("#.*$", CommentSingle);
            s.Rule(@"(?s)=begin\b.*?\n=end\b", CommentMultiline);
        });
        states.State("inline_whitespace", s => s.Rule(@"[ \t\r]+", Text));
        states.State("root", s =>
        {
            s.Mixin("whitespace");
            s.Rule("__END__", CommentPreproc, "end_part");
            s.Rule("0_?[0-7]+(?:_[0-7]+)*", NumOct);
            s.Rule("0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", NumHex);
            s.Rule("0b[01]+(?:_[01]+)*", NumBin);
            s.Rule($@"{Decimal}(?:\.{Decimal}(?:{Exponent})?|{Exponent})", NumFloat);
            s.Rule(Decimal, NumInteger);
            s.Rule(@"(?i)@@[a-z_]\w*", NameVariableClass);
            s.Rule(@"(?i)@[a-z_]\w*", NameVariableInstance);
            s.Rule(@"\$\w+", NameVariableGlobal);
            s.Rule(@"\$[!@&`'+~=/\\,;.<>_*\$?:""]", NameVariableGlobal);
            s.Rule(@"\$-[0adFiIlpvw]", NameVariableGlobal);
            s.Rule("::", Operator);
            s.Mixin("strings");
            s.Rule($@"(?:{Keywords})(?=\W|$)", Keyword, "expr_start");
            s.Rule($@"(?:{KeywordsPseudo})\b", KeywordPseudo, "expr_start");
            s.Rule(@"(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)", [Keyword, Text, NameNamespace]);
            s.Rule(@"(def\b)(\s*)", [Keyword, Text], "funcname");
            s.Rule(@"(class\b)(\s*)", [Keyword, Text], "classname");
            s.Rule($"(?:{BuiltinsQ})[?]", NameBuiltin, "expr_start");
            s.Rule($"(?:{BuiltinsB})!", NameBuiltin, "expr_start");
            s.Rule($@"(?<!\.)(?:{BuiltinsG})\b", NameBuiltin, "method_call");
            s.Mixin("has_heredocs");
            s.Rule(@"\.{2,3}", Operator, "expr_start");
            s.Rule("[A-Z][a-zA-Z0-9_]*", NameConstant, "method_call");
            s.Rule(@"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-\/\[<>=])", [Punctuation, Text, NameFunction], "method_call");
            s.Rule(@"[a-zA-Z_]\w*[?!]", Name, "expr_start");
            s.Rule(@"[a-zA-Z_]\w*", Name, "method_call");
            s.Rule(@"\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.", Operator, "expr_start");
            s.Rule(@"[-+\/*%=<>&!^|~]=?", Operator, "expr_start");
            s.Rule("[?]", run => { run.Token(Punctuation); run.Push("ternary"); run.Push("expr_start"); });
            s.Rule(@"[\[({,:\\;/]", Punctuation, "expr_start");
            s.Rule(@"[\])}]", Punctuation);
        });
        states.State("has_heredocs", s =>
        {
            s.Rule(@"(?<!\w)(<<[-~]?)([""`']?)([a-zA-Z_]\w*)(\2)", run => QueueHeredoc(run, run[3]));
            s.Rule(@"(<<[-~]?)([""'])(\2)", run => QueueHeredoc(run, ""));
        });
        states.State("heredoc_queue", s =>
        {
            s.Rule(@"(?=\n)", run => run.Goto("resolve_heredocs"));
            s.Mixin("root");
        });
        states.State("resolve_heredocs", s =>
        {
            s.Mixin("string_intp_escaped");
            s.Rule(@"\n", StrHeredoc, "test_heredoc");
            s.Rule(@"[#\\\n]", StrHeredoc);
            s.Rule(@"[^#\\\n]+", StrHeredoc);
        });
        states.State("test_heredoc", s =>
        {
            s.Rule(@"[^#\\\n]*$", run =>
            {
                var queue = Heredocs(run);
                var ends = false;
                if (queue.TryPeek(out var next))
                {
                    var check = next.Tolerant ? run[0].Trim(RubySpace) : run[0].TrimEnd(RubySpace);
                    ends = check == next.Name;
                }
                if (ends)
                {
                    queue.Dequeue();
                    if (queue.Count == 0) run.Pop();
                    run.Token(NameConstant);
                }
                else run.Token(StrHeredoc);
                run.Pop();
            });
            s.Rule("", run => run.Pop());
        });
        states.State("funcname", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"\(", Punctuation, "defexpr");
            s.Rule(@"(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&\|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)",
                [NameClass, Operator, NameFunction], "#pop");
            s.Rule("", run => run.Pop());
        });
        states.State("classname", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"\w+(::\w+)+", NameClass);
            s.Rule(@"\(", run => { run.Token(Punctuation); run.Push("defexpr"); run.Push("expr_start"); });
            s.Rule("<<", run => { run.Token(Operator); run.Goto("expr_start"); });
            s.Rule(@"[A-Z_]\w*", NameClass, "#pop");
            s.Rule("", run => run.Pop());
        });
        states.State("ternary", s =>
        {
            s.Rule(@"(:)(\s+)", run => { run.Groups(Punctuation, Text); run.Goto("expr_start"); });
            s.Rule(@":(?![^#\n]*?[:\\])", run => { run.Token(Punctuation); run.Goto("expr_start"); });
            s.Mixin("root");
        });
        states.State("defexpr", s =>
        {
            s.Rule(@"(\))(\.|::)?", [Punctuation, Operator], "#pop");
            s.Rule(@"\(", run => { run.Token(Punctuation); run.Push("defexpr"); run.Push("expr_start"); });
            s.Mixin("root");
        });
        states.State("in_interp", s =>
        {
            s.Rule("}", StrInterpol, "#pop");
            s.Mixin("root");
        });
        states.State("string_intp", s =>
        {
            s.Rule("[#][{]", StrInterpol, "in_interp");
            s.Rule(@"(?i)#(@@?|\$)[a-z_]\w*", StrInterpol);
        });
        states.State("string_intp_escaped", s =>
        {
            s.Mixin("string_intp");
            s.Rule(@"\\([\\abefnrstv#""']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})", StrEscape);
            s.Rule(@"\\.", StrEscape);
        });
        states.State("method_call", s =>
        {
            s.Rule("/|%", run => { run.Token(Operator); run.Goto("expr_start"); });
            s.Rule(@"(?=\n)", run => run.Pop());
            s.Rule("", run => run.Goto("method_call_spaced"));
        });
        states.State("method_call_spaced", s =>
        {
            s.Mixin("whitespace");
            s.Rule("[%/]=", run => { run.Token(Operator); run.Goto("expr_start"); });
            s.Rule(@"(/)(?=\S|\s*/)", run => { run.Token(StrRegex); run.Goto("slash_regex"); });
            s.Mixin("sigil_strings");
            s.Rule(@"(?=\s*/)", run => run.Pop());
            s.Rule(@"\s+", run => { run.Token(Text); run.Goto("expr_start"); });
            s.Rule("", run => run.Pop());
        });
        states.State("expr_start", s =>
        {
            s.Mixin("inline_whitespace");
            s.Rule("/", run => { run.Token(StrRegex); run.Goto("slash_regex"); });
            s.Rule(@"[?](\\[MC]-)*(\\([\\abefnrstv#""']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)", StrChar, "#pop");
            s.Rule(@"(\s*)(%[rqswQWxiI]? \S* )", [Text, StrOther], "#pop");
            s.Mixin("sigil_strings");
            s.Rule("", run => run.Pop());
        });
        states.State("slash_regex", s =>
        {
            s.Mixin("string_intp");
            s.Rule(@"\\\\", StrRegex);
            s.Rule(@"\\/", StrRegex);
            s.Rule(@"[\\#]", StrRegex);
            s.Rule(@"[^\\/#]+", StrRegex);
            s.Rule("/", run => { run.Token(StrRegex); run.Goto("regex_flags"); });
        });
        states.State("end_part", s => s.Rule("(?s).+", CommentPreproc, "#pop"));
    }

    /// <summary>Ruby's String#strip and #rstrip remove ASCII whitespace and NUL.</summary>
    private static readonly char[] RubySpace = [' ', '\t', '\n', '\v', '\f', '\r', '\0'];

    private static void QueueHeredoc(RegexRun run, string name)
    {
        run.Token(Operator, run[1]);
        run.Token(NameConstant, run[2] + run[3] + run[4]);
        Heredocs(run).Enqueue((run[1] is "<<-" or "<<~", name));
        if (run.StateName != "heredoc_queue") run.Push("heredoc_queue");
    }

    /// <summary>
    /// <c>%q(...)</c>, <c>%w[...]</c>, <c>%r{...}</c>...: a state made for the delimiters, nesting when they differ,
    /// interpolating for the upper-case kinds, <c>r</c> and <c>x</c>.
    /// </summary>
    private static void SigilString(RegexRun run)
    {
        var kind = run[1];
        var open = run[2];
        var close = open switch { "{" => "}", "[" => "]", "(" => ")", "<" => ">", _ => open };
        var interpolates = kind.Length == 1 && "rQWxI".Contains(kind[0]);
        var token = kind == "r" ? StrRegex : StrOther;
        if (kind == "r") run.Push("regex_flags");
        run.Token(token);
        var delimiters = open == close ? Escape(open) : Escape(open) + Escape(close);
        run.Push($"sigil {open}{close} {interpolates} {kind == "r"}", s =>
        {
            s.Rule($@"\\[#{delimiters}\\]", StrEscape);
            if (open != close) s.Rule(Escape(open), token, "#push");
            s.Rule(Escape(close), token, "#pop");
            if (interpolates)
            {
                s.Mixin("string_intp_escaped");
                s.Rule("#", token);
            }
            else s.Rule(@"[\\#]", token);
            s.Rule($@"[^#{delimiters}\\]+", token);
        });
    }

    /// <summary>A character escaped so that it is literal both in and out of a character class.</summary>
    private static string Escape(string delimiter)
    {
        var escaped = new StringBuilder();
        foreach (var c in delimiter) escaped.Append(char.IsAsciiLetterOrDigit(c) ? "" : "\\").Append(c);
        return escaped.ToString();
    }
}
