using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>
/// HCL, and Terraform when <paramref name="terraform"/> (Rouge's Terraform lexer is the HCL one with block keywords,
/// interpolation and expressions), ported from Rouge 3.30's lexers/hcl.rb and terraform.rb (MIT, see THIRD-PARTY-NOTICES.md).
/// </summary>
internal sealed class HclLexer(bool terraform) : RegexLexer
{
    private readonly FrozenSet<string> _keywords = WordSet.Of(terraform ? "terraform module provider variable resource data provisioner output" : "");
    private readonly FrozenSet<string> _declarations = WordSet.Of(terraform ? "var local" : "");
    private static readonly FrozenSet<string> Constants = WordSet.Of("true false null");

    /// <summary>The word that ends the heredoc being read (Rouge's <c>@heredocstr</c>).</summary>
    private sealed class RunData
    {
        public string Heredoc = "";
    }

    protected internal override object? NewRunData() => new RunData();

    private TokenType WordToken(string word) =>
        _keywords.Contains(word) ? Keyword
        : _declarations.Contains(word) ? KeywordDeclaration
        : Constants.Contains(word) ? KeywordConstant
        : NameOther;

    protected override void Define(StateSet states)
    {
        states.State("multiline_comment", s =>
        {
            s.Rule("[*]/", CommentMultiline, "#pop");
            s.Rule("[^*/]+", CommentMultiline);
            s.Rule("[*/]", CommentMultiline);
        });
        states.State("comments_and_whitespace", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule("//.*?$", CommentSingle);
            s.Rule("#.*?$", CommentSingle);
            s.Rule("/[*]", CommentMultiline, "multiline_comment");
        });
        states.State("primitives", s =>
        {
            s.Rule("[0-9][0-9]*\\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?", NumFloat);
            s.Rule("[0-9]+([kKmMgG]b?)?", NumInteger);
            s.Rule("\"", StrDouble, "dq");
            s.Rule("'", StrSingle, "sq");
            s.Rule(@"(<<-?)(\s*)(\'?)(\\?)(\w+)(\3)", run =>
            {
                run.Groups(Operator, Text, StrHeredoc, StrHeredoc, NameConstant, StrHeredoc);
                ((RunData)run.Data!).Heredoc = run[5];
                run.Push("heredoc");
            });
        });
        states.State("root", s =>
        {
            s.Mixin("comments_and_whitespace");
            s.Mixin("primitives");
            s.Rule(@"\{", Punctuation, "hash");
            s.Rule(@"\[", Punctuation, "array");
            s.Rule("(?i)[$a-z_][a-z0-9_]*", run =>
            {
                var token = WordToken(run[0]);
                run.Token(token);
                if (token != KeywordConstant) run.Push("composite");
            });
        });
        states.State("composite", s =>
        {
            s.Mixin("comments_and_whitespace");
            s.Rule("[{]", run => { run.Token(Punctuation); run.Pop(); run.Push("hash"); });
            s.Rule(@"[\[]", run => { run.Token(Punctuation); run.Pop(); run.Push("array"); });
            s.Mixin("root");
            s.Rule("", Text, "#pop");
        });
        states.State("hash", s =>
        {
            if (terraform) s.Rule("[.,()*]", Punctuation);
            s.Mixin("comments_and_whitespace");
            s.Rule(@"\=", Punctuation);
            s.Rule(@"\}", Punctuation, "#pop");
            s.Mixin("root");
        });
        states.State("array", s =>
        {
            if (terraform) s.Rule("[.,()*]", Punctuation);
            s.Mixin("comments_and_whitespace");
            s.Rule(",", Punctuation);
            s.Rule(@"\]", Punctuation, "#pop");
            s.Mixin("root");
        });
        states.State("dq", s =>
        {
            if (terraform)
            {
                s.Rule(@"[^\\""\$]+", StrDouble);
                s.Mixin("strings");
            }
            else
            {
                s.Rule(@"[^\\""]+", StrDouble);
                s.Rule(@"\\""", StrEscape);
            }
            s.Rule("\"", StrDouble, "#pop");
        });
        states.State("sq", s =>
        {
            if (terraform)
            {
                s.Rule(@"[^\\'\$]+", StrSingle);
                s.Mixin("strings");
            }
            else
            {
                s.Rule(@"[^\\']+", StrSingle);
                s.Rule(@"\\'", StrEscape);
            }
            s.Rule("'", StrSingle, "#pop");
        });
        states.State("heredoc", s =>
        {
            s.Rule(@"\n", StrHeredoc, "heredoc_nl");
            s.Rule(@"[^$\n]+", StrHeredoc);
            s.Rule("[$]", StrHeredoc);
            if (terraform) s.Mixin("strings");
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
        if (!terraform) return;
        states.State("strings", s =>
        {
            s.Rule(@"\\.", StrEscape);
            s.Rule(@"\$\{", Keyword, "interpolation");
        });
        states.State("interpolation", s =>
        {
            s.Rule(@"\}", Keyword, "#pop");
            s.Mixin("expression");
        });
        states.State("regexps", s => s.Rule("\"/", run => { run.Token(StrDelimiter); run.Goto("regexp_inner"); }));
        states.State("regexp_inner", s =>
        {
            s.Rule(@"[^""\/\\]+", StrRegex);
            s.Rule(@"\\.", StrRegex);
            s.Rule(@"\/""", StrDelimiter, "#pop");
            s.Rule(@"[""\/]", StrRegex);
        });
        states.State("expression", s =>
        {
            s.Mixin("regexps");
            s.Mixin("primitives");
            s.Rule(@"\s+", Text);
            s.Rule(@"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!=", Operator);
            s.Rule(@"[-<>+*%&|\^/!=?:]=?", Operator);
            s.Rule(@"[(\[,]", Punctuation);
            s.Rule(@"[)\].]", Punctuation);
            s.Rule(@"(?i)[$a-z_\-][a-z0-9_\-]*", run => run.Token(WordToken(run[0])));
        });
    }
}
