using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>PowerShell, ported from Rouge 3.30's lexers/powershell.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class PowershellLexer : RegexLexer
{
    private static readonly FrozenSet<string> Attributes = WordSet.Of("ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging SupportsShouldProcess");

    private const string AutoVariables =
        @"\$\$|\$\?|\$\^|\$_|\$args|\$ConsoleFileName|\$Error|\$Event|\$EventArgs|\$EventSubscriber|" +
        @"\$ExecutionContext|\$false|\$foreach|\$HOME|\$Host|\$input|\$IsCoreCLR|\$IsLinux|\$IsMacOS|" +
        @"\$IsWindows|\$LastExitCode|\$Matches|\$MyInvocation|\$NestedPromptLevel|\$null|\$PID|\$PROFILE|" +
        @"\$PSBoundParameters|\$PSCmdlet|\$PSCommandPath|\$PSCulture|\$PSDebugContext|\$PSHOME|\$PSItem|" +
        @"\$PSScriptRoot|\$PSSenderInfo|\$PSUICulture|\$PSVersionTable|\$PWD|\$REPORTERRORSHOWEXCEPTIONCLASS|" +
        @"\$REPORTERRORSHOWINNEREXCEPTION|\$REPORTERRORSHOWSOURCE|\$REPORTERRORSHOWSTACKTRACE|\$SENDER|" +
        @"\$ShellId|\$StackTrace|\$switch|\$this|\$true";

    private const string Keywords =
        @"assembly|exit|process|base|filter|public|begin|finally|return|break|for|sequence|catch|foreach|" +
        @"static|class|from|switch|command|function|throw|configuration|hidden|trap|continue|if|try|data|in|" +
        @"type|define|inlinescript|until|do|interface|using|dynamicparam|module|var|else|namespace|while|" +
        @"elseif|parallel|workflow|end|param|enum|private";

    private const string Operators =
        @"-split|-isplit|-csplit|-join|-is|-isnot|-as|-eq|-ieq|-ceq|-ne|-ine|-cne|-gt|-igt|-cgt|-ge|-ige|-cge|" +
        @"-lt|-ilt|-clt|-le|-ile|-cle|-like|-ilike|-clike|-notlike|-inotlike|-cnotlike|-match|-imatch|-cmatch|" +
        @"-notmatch|-inotmatch|-cnotmatch|-contains|-icontains|-ccontains|-notcontains|-inotcontains|" +
        @"-cnotcontains|-replace|-ireplace|-creplace|-shl|-shr|-band|-bor|-bxor|-and|-or|-xor|-not|\+=|-=|\*=|" +
        @"\/=|%=";

    private const string MultilineKeywords =
        @"synopsis|description|parameter|example|inputs|outputs|notes|link|component|role|functionality|" +
        @"forwardhelptargetname|forwardhelpcategory|remotehelprunspace|externalhelp";

    protected override void Define(StateSet states)
    {
        states.State("variable", s =>
        {
            s.Rule(AutoVariables, NameBuiltinPseudo);
            s.Rule(@"(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})", [NameVariable, NameNamespace, Punctuation, NameVariable]);
            s.Rule(@"\$\w+", NameVariable);
            s.Rule(@"\$\{(?:[^`]|`.)+?\}", NameVariable);
        });
        states.State("multiline", s =>
        {
            s.Rule($@"(?i)\.(?:{MultilineKeywords})", CommentSpecial);
            s.Rule("#>", CommentMultiline, "#pop");
            s.Rule("[^#.]+?", CommentMultiline);
            s.Rule("[#.]+", CommentMultiline);
        });
        states.State("interpol", s =>
        {
            s.Rule(@"\)", StrInterpol, "#pop");
            s.Mixin("root");
        });
        states.State("dq", s =>
        {
            s.Rule(@"(?:\$#?)?""", StrDouble, "#pop");
            s.Rule(@"\$\(", StrInterpol, "interpol");
            s.Rule("`$", StrEscape);
            s.Rule("`.", StrEscape);
            s.Rule(@"[^""`$]+", StrDouble);
            s.Mixin("variable");
        });
        states.State("sq", s =>
        {
            s.Rule("'", StrSingle, "#pop");
            s.Rule("[^']+", StrSingle);
        });
        states.State("heredoc", s =>
        {
            s.Rule(@"(?:\$#?)?""@", StrHeredoc, "#pop");
            s.Rule(@"\$\(", StrInterpol, "interpol");
            s.Rule("`$", StrEscape);
            s.Rule("`.", StrEscape);
            s.Rule(@"[^""`$]+?", StrHeredoc);
            s.Rule("\"+", StrHeredoc);
            s.Mixin("variable");
        });
        states.State("class", s =>
        {
            s.Rule(@"\{", Punctuation, "#pop");
            s.Rule(@"\s+", Whitespace);
            s.Rule(@"\w+", NameClass);
            s.Rule("[:,]", Punctuation);
        });
        states.State("expr", s =>
        {
            s.Mixin("comments");
            s.Rule("\"", StrDouble, "dq");
            s.Rule("'", StrSingle, "sq");
            s.Rule("@\"", StrHeredoc, "heredoc");
            s.Rule("(?s)@'.*?'@", StrHeredoc);
            s.Rule(@"\d*\.\d+", NumFloat);
            s.Rule(@"\d+", NumInteger);
            s.Rule(@"@\{", Punctuation, "hasht");
            s.Rule(@"@\(", Punctuation, "array");
            s.Rule("{", Punctuation, "brace");
            s.Rule(@"\[", Punctuation, "bracket");
        });
        states.State("hasht", s =>
        {
            s.Rule(@"\}", Punctuation, "#pop");
            s.Rule("=", Operator);
            s.Rule("[,;]", Punctuation);
            s.Mixin("expr");
            s.Rule(@"\w+", NameOther);
            s.Mixin("variable");
        });
        states.State("array", s =>
        {
            s.Rule(@"\s+", Whitespace);
            s.Rule(@"\)", Punctuation, "#pop");
            s.Rule("[,;]", Punctuation);
            s.Mixin("expr");
            s.Mixin("variable");
        });
        states.State("brace", s =>
        {
            s.Rule("[}]", Punctuation, "#pop");
            s.Mixin("root");
        });
        states.State("bracket", s =>
        {
            s.Rule(@"\]", Punctuation, "#pop");
            s.Rule(@"[A-Za-z]\w+\.", Name);
            s.Rule(@"([A-Za-z]\w+)", run => run.Token(Attributes.Contains(run[0]) ? NameBuiltinPseudo : Name));
            s.Mixin("root");
        });
        states.State("parameters", s =>
        {
            s.Rule("(?s)`.", StrEscape);
            s.Rule(@"\s*?\n", Whitespace, "#pop");
            s.Rule(@"[;(){}\]]", Punctuation, "#pop");
            s.Rule("[|=]", Operator, "#pop");
            s.Rule(@"[\/\\~\w][-.:\/\\~\w]*", NameOther);
            s.Rule(@"\w[-\w]+", NameOther);
            s.Mixin("root");
        });
        states.State("comments", s =>
        {
            s.Rule(@"\s+", Whitespace);
            s.Rule("#.*", Comment);
            s.Rule("<#", CommentMultiline, "multiline");
        });
        states.State("root", s =>
        {
            s.Mixin("comments");
            s.Rule(@"#requires\s-version \d(?:\.\d+)?", CommentPreproc);
            s.Rule(@"\.\.(?=\.?\d)", Operator);
            s.Rule($@"(?i)(?:{Operators})\b", Operator);
            s.Rule(@"(?i)(class)(\s+)(\w+)", [KeywordReserved, Whitespace, NameClass], "class");
            s.Rule(@"(?i)(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)", [KeywordReserved, Whitespace, NameNamespace, Punctuation, NameFunction]);
            s.Rule($@"(?i)(?:{Keywords})\b(?![-.])", KeywordReserved);
            s.Rule(@"-{1,2}\w+", NameTag);
            s.Rule(@"(\.)?([-\w]+)(\[)", [Operator, Name, Punctuation], "bracket");
            // Ruby's [\/\\~[a-z]] is a union of classes; .NET reads nested brackets differently.
            s.Rule(@"(?i)([\/\\~a-z][-.:\/\\~\w]*)(\n)?", [Name, Whitespace], "parameters");
            s.Rule(@"(\.)([-\w]+)(?:(\()|(\n))?", run =>
            {
                run.Groups(Operator, NameFunction, Punctuation, Whitespace);
                if (run.Match.Groups[3].Success) run.Push("parameters");
            });
            s.Rule(@"\?", NameFunction, "parameters");
            s.Mixin("expr");
            s.Mixin("variable");
            s.Rule(@"[-+*\/%=!.&|]", Operator);
            s.Rule("[{}(),:;]", Punctuation);
        });
    }
}
