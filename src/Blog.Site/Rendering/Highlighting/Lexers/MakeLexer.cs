using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Makefiles, ported from Rouge 3.30's lexers/make.rb (MIT, see THIRD-PARTY-NOTICES.md): recipes are shell.</summary>
internal sealed class MakeLexer : RegexLexer
{
    private const string Functions =
        "abspath|addprefix|addsuffix|and|basename|call|dir|error|eval|file|filter|filter-out|findstring|firstword|" +
        "flavor|foreach|if|join|lastword|notdir|or|origin|patsubst|realpath|shell|sort|strip|subst|suffix|value|" +
        "warning|wildcard|word|wordlist|words";
    private const string Stop = @"\$\(|\$\{|\(|\)|\}|\\|$";

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"#.*?\n", Comment);
            s.Rule(@"([-s]?include)((?:[\t ]+[^\t\n #]+)+)", [Keyword, StrOther]);
            s.Rule(@"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)", [Keyword, Text, NameVariable]);
            s.Rule(@"(?:else|endif)[\t ]*(?=[#\n])", Keyword);
            s.Rule(@"(export)([\t ]+)(?=[\w\${}()\t -]+\n)", [Keyword, Text], "export");
            s.Rule(@"export[\t ]+", Keyword);
            s.Rule(@"([\w${}().-]+)([\t ]*)([!?:+]?=)", [NameVariable, Text, Operator], "shell_line");
            s.Rule(@"""(\\\\|\\.|[^""\\])*""", StrDouble);
            s.Rule(@"'(\\\\|\\.|[^'\\])*'", StrSingle);
            s.Rule(@"([^\n:]+)(:+)([ \t]*)", [NameLabel, Operator, Text], "block_header");
        });
        states.State("export", s =>
        {
            s.Rule(@"[\w\${}()-]", NameVariable);
            s.Rule(@"\n", Text, "#pop");
            s.Rule(@"[\t ]+", Text);
        });
        states.State("block_header", s =>
        {
            s.Rule(@"[^,\\\n#]+", NameFunction);
            s.Rule(",", Punctuation);
            s.Rule("#.*?", Comment);
            s.Rule(@"\\\n", Text);
            s.Rule(@"\\.", Text);
            s.Rule(@"\n", run => { run.Token(Text); run.Goto("block_body"); });
        });
        states.State("block_body", s =>
        {
            s.Rule(@"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)", [Keyword, Text, NameVariable, Comment, Text]);
            s.Rule(@"(else|endif)([\t ]*)(#.*)?(\n)", [Keyword, Text, Comment, Text]);
            s.Rule(@"(\t[\t ]*)([@-]?)", [Text, Punctuation], "shell_line");
            s.Rule("", run => { run.ResetDelegate("shell"); run.Pop(); });
        });
        states.State("shell", s =>
        {
            s.Rule(@"(?i)\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]", NameVariable);
            s.Rule($@"(\$[({{])([\t ]*)({Functions})([\t ]+)", [NameFunction, Text, NameBuiltin, Text], "shell_expr");
            s.Rule(@"(?s)\\.", run => run.Delegate("shell"));
            s.Rule($"(?s).+?(?={Stop})", run => run.Delegate("shell"));
            s.Rule(Stop, run => run.Delegate("shell"));
        });
        states.State("shell_expr", s =>
        {
            s.Rule("[({]", run => { run.Delegate("shell"); run.Next("#push"); });
            s.Rule("[)}]", NameFunction, "#pop");
            s.Mixin("shell");
        });
        states.State("shell_line", s =>
        {
            s.Rule(@"\n", Text, "#pop");
            s.Mixin("shell");
        });
    }
}
