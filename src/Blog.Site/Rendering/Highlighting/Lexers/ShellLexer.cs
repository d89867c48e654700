using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Shell scripts (sh, bash, zsh), ported from Rouge 3.30's lexers/shell.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class ShellLexer : RegexLexer
{
    private const string Keywords = "if|fi|else|while|do|done|for|then|return|function|select|continue|until|esac|elif|in";

    private const string Builtins =
        "alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|enable|eval|exec|exit|" +
        "export|false|fc|fg|getopts|hash|help|history|jobs|let|local|logout|mapfile|popd|pushd|pwd|read|readonly|set|" +
        "shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait|" +
        "cat|tac|nl|od|base32|base64|fmt|pr|fold|head|tail|split|csplit|wc|sum|cksum|b2sum|md5sum|sha1sum|sha224sum|" +
        "sha256sum|sha384sum|sha512sum|sort|shuf|uniq|comm|ptx|tsort|cut|paste|join|tr|expand|unexpand|ls|dir|vdir|" +
        "dircolors|cp|dd|install|mv|rm|shred|link|ln|mkdir|mkfifo|mknod|readlink|rmdir|unlink|chown|chgrp|chmod|touch|" +
        "df|du|stat|sync|truncate|echo|printf|yes|expr|tee|basename|dirname|pathchk|mktemp|realpath|pwd|stty|printenv|" +
        "tty|id|logname|whoami|groups|users|who|date|arch|nproc|uname|hostname|hostid|uptime|chcon|runcon|chroot|env|" +
        "nice|nohup|stdbuf|timeout|kill|sleep|factor|numfmt|seq|tar|grep|sudo|awk|sed|gzip|gunzip";

    /// <summary>The word that ends the heredoc being read (Rouge's <c>@heredocstr</c>).</summary>
    private sealed class RunData
    {
        public string Heredoc = "";
    }

    protected internal override object? NewRunData() => new RunData();

    protected override void Define(StateSet states)
    {
        states.State("basic", s =>
        {
            s.Rule("#.*$", Comment);
            s.Rule($@"\b({Keywords})\s*\b", Keyword);
            s.Rule(@"\bcase\b", Keyword, "case");
            s.Rule($@"\b({Builtins})\s*\b(?!(\.|-))", NameBuiltin);
            s.Rule(@"[.](?=\s)", NameBuiltin);
            s.Rule(@"(\b\w+)(=)", [NameVariable, Operator]);
            s.Rule(@"[\[\]{}()!=>]", Operator);
            s.Rule(@"&&|\|\|", Operator);
            s.Rule("<<<", Operator);
            s.Rule(@"(<<-?)(\s*)(['""]?)(\\?)(\w+)(\3)", run =>
            {
                run.Groups(Operator, Text, StrHeredoc, StrHeredoc, NameConstant, StrHeredoc);
                ((RunData)run.Data!).Heredoc = run[5];
                run.Push("heredoc");
            });
        });
        states.State("heredoc", s =>
        {
            s.Rule(@"\n", StrHeredoc, "heredoc_nl");
            s.Rule(@"[^$\n\\]+", StrHeredoc);
            s.Mixin("interp");
            s.Rule("[$]", StrHeredoc);
        });
        states.State("heredoc_nl", s =>
        {
            s.Rule(@"\s*(\w+)\s*\n", run =>
            {
                if (run[1] == ((RunData)run.Data!).Heredoc)
                {
                    run.Token(NameConstant);
                    run.Pop(2);
                }
                else run.Token(StrHeredoc);
            });
            s.Rule("", run => run.Pop());
        });
        states.State("double_quotes", s =>
        {
            s.Rule(@"(?:\$#?)?""", StrDouble, "#pop");
            s.Mixin("interp");
            s.Rule(@"[^""`\\$]+", StrDouble);
        });
        states.State("ansi_string", s =>
        {
            s.Rule(@"\\.", StrEscape);
            s.Rule(@"[^\\']+", StrSingle);
            s.Mixin("single_quotes");
        });
        states.State("single_quotes", s =>
        {
            s.Rule("'", StrSingle, "#pop");
            s.Rule("[^']+", StrSingle);
        });
        states.State("data", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"\\.", StrEscape);
            s.Rule(@"\$?""", StrDouble, "double_quotes");
            s.Rule(@"\$'", StrSingle, "ansi_string");
            s.Rule("'", StrSingle, "single_quotes");
            s.Rule(@"\*", Keyword);
            s.Rule(";", Punctuation);
            s.Rule(@"--?[\w-]+", NameTag);
            s.Rule(@"[^=\*\s{}()$""'`;\\<]+", Text);
            s.Rule(@"\d+(?= |\Z)", Num);
            s.Rule("<", Text);
            s.Mixin("interp");
        });
        states.State("curly", s =>
        {
            s.Rule("}", Keyword, "#pop");
            s.Rule(":-", Keyword);
            s.Rule("[a-zA-Z0-9_]+", NameVariable);
            s.Rule(@"[^}:""`'$]+", Punctuation);
            s.Mixin("root");
        });
        states.State("paren_interp", s =>
        {
            s.Rule(@"\)", StrInterpol, "#pop");
            s.Rule(@"\(", Operator, "paren_inner");
            s.Mixin("root");
        });
        states.State("paren_inner", s =>
        {
            s.Rule(@"\(", Operator, "#push");
            s.Rule(@"\)", Operator, "#pop");
            s.Mixin("root");
        });
        states.State("math", s =>
        {
            s.Rule(@"\)\)", Keyword, "#pop");
            s.Rule(@"[-+*/%^|&!]|\*\*|\|\|", Operator);
            s.Rule(@"\d+(#\w+)?", Num);
            s.Mixin("root");
        });
        states.State("case", s =>
        {
            s.Rule(@"\besac\b", Keyword, "#pop");
            s.Rule(@"\|", Punctuation);
            s.Rule(@"\)", Punctuation, "case_stanza");
            s.Mixin("root");
        });
        states.State("case_stanza", s =>
        {
            s.Rule(";;", Punctuation, "#pop");
            s.Mixin("root");
        });
        states.State("backticks", s =>
        {
            s.Rule("`", StrBacktick, "#pop");
            s.Mixin("root");
        });
        states.State("interp", s =>
        {
            s.Rule(@"\\$", StrEscape);
            s.Rule(@"\\.", StrEscape);
            s.Rule(@"\$\(\(", Keyword, "math");
            s.Rule(@"\$\(", StrInterpol, "paren_interp");
            s.Rule(@"\$\{#?", Keyword, "curly");
            s.Rule("`", StrBacktick, "backticks");
            s.Rule(@"\$#?(\w+|.)", NameVariable);
            s.Rule(@"\$[*@]", NameVariable);
        });
        states.State("root", s =>
        {
            s.Mixin("basic");
            s.Mixin("data");
        });
    }
}
