using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Groovy (and Jenkinsfiles), ported from Rouge 3.30's lexers/groovy.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class GroovyLexer : RegexLexer
{
    private static readonly FrozenSet<string> Keywords = WordSet.Of(
        "assert break case catch continue default do else finally for if goto instanceof new return switch this throw " +
        "try while in as");
    private static readonly FrozenSet<string> Declarations = WordSet.Of(
        "abstract const enum extends final implements native private protected public static strictfp super " +
        "synchronized throws transient volatile");
    private static readonly FrozenSet<string> Types = WordSet.Of("def boolean byte char double float int long short void");
    private static readonly FrozenSet<string> Constants = WordSet.Of("true false null");

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            // Rouge lexes the return type with a clone of the lexer; a fresh run gives the same tokens.
            s.Rule(@"^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()", run =>
            {
                run.Recurse(run[1]);
                run.Token(NameFunction, run[2]);
                run.Token(Text, run[3]);
                run.Token(Operator, run[4]);
            });
            s.Rule(@"[^\S\n]+", Text);
            s.Rule("//.*?$", CommentSingle);
            s.Rule("(?s)/[*].*?[*]/", CommentMultiline);
            s.Rule(@"@\w[\w.]*", NameDecorator);
            s.Rule(@"(class|interface|trait)\b", KeywordDeclaration, "class");
            s.Rule(@"package\b", KeywordNamespace, "import");
            s.Rule(@"import\b", KeywordNamespace, "import");
            s.Rule(@"(?s)"""""".*?""""""", StrDouble);
            s.Rule("(?s)'''.*?'''", StrSingle);
            s.Rule(@"""(\\.|\\\n|.)*?""", StrDouble);
            s.Rule(@"'(\\.|\\\n|.)*?'", StrSingle);
            s.Rule(@"(?s)\$/(\$.|.)*?/\$", Str);
            s.Rule(@"/(\\.|\\\n|.)*?/", Str);
            s.Rule(@"'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'", StrChar);
            s.Rule(@"(\.)([a-zA-Z_][a-zA-Z0-9_]*)", [Operator, NameAttribute]);
            s.Rule("[a-zA-Z_][a-zA-Z0-9_]*:", NameLabel);
            s.Rule(@"[a-zA-Z_\$][a-zA-Z0-9_]*", run =>
            {
                var word = run[0];
                run.Token(Keywords.Contains(word) ? Keyword
                    : Declarations.Contains(word) ? KeywordDeclaration
                    : Types.Contains(word) ? KeywordType
                    : Constants.Contains(word) ? KeywordConstant
                    : Name);
            });
            s.Rule(@"[~^*!%&\[\](){}<>\|+=:;,./?-]", Operator);
            s.Rule(@"\d+\.\d+([eE]\d+)?[fd]?", NumFloat);
            s.Rule("0x[0-9a-f]+", NumHex);
            s.Rule("[0-9]+L?", NumInteger);
            s.Rule(@"\n", Text);
        });
        states.State("class", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"\w\w*", NameClass, "#pop");
        });
        states.State("import", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"[\w.]+[*]?", NameNamespace, "#pop");
        });
    }
}
