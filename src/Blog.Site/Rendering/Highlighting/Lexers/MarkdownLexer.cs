using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>
/// Markdown, ported from Rouge 3.30's lexers/markdown.rb (MIT, see THIRD-PARTY-NOTICES.md): front matter is YAML,
/// fenced code is lexed in its language, inline HTML is HTML. A fence without a language is plain text here, where
/// Rouge guesses the language from the code (and, for code no lexer claims, also ends with plain text).
/// </summary>
internal sealed class MarkdownLexer : RegexLexer
{
    private const string Edot = @"(?:\\.|[^\\\n])";

    /// <summary>The lexer run of the fenced block being read (Rouge's <c>sublexer</c>, captured by its block state).</summary>
    private sealed class RunData
    {
        public LexerRun? Fenced;
    }

    private static readonly PlainTextLexer Backticks = new(StrBacktick);
    private static readonly PlainTextLexer Plain = new(Text);

    protected internal override object? NewRunData() => new RunData();

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"(?s)\A(---\s*\n.*?\n?)^(---\s*$\n?)", run => run.DelegateFresh("yaml"));
            s.Rule(@"\\.", StrEscape);
            s.Rule(@"^[\S ]+\n(?:---*)\n", GenericHeading);
            s.Rule(@"^[\S ]+\n(?:===*)\n", GenericSubheading);
            s.Rule("^#(?=[^#]).*?$", GenericHeading);
            s.Rule("^##*.*?$", GenericSubheading);
            s.Rule(@"(?s)^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?", FencedCode);
            s.Rule(@"\n\n((    |\t).*?\n|\n)+", StrBacktick);
            s.Rule($@"(`+)(?:{Edot}|\n)+?\1", StrBacktick);
            s.Rule(@"^(\s*[*]){3,}\s*$", Punctuation);
            s.Rule(@"^(\s*[-]){3,}\s*$", Punctuation);
            s.Rule(@"^\s*[*+-](?=\s)", Punctuation);
            s.Rule(@"^\s*\d+\.", Punctuation);
            s.Rule(@"^\s*>.*?$", GenericTraceback);
            s.Rule($@"^(\s*)(\[)({Edot}+?)(\])(\s*)(:)", run =>
            {
                run.Groups(Text, Punctuation, StrSymbol, Punctuation, Text, Punctuation);
                run.Push("title");
                run.Push("url");
            });
            s.Rule($@"(!?\[)({Edot}*?|[^\]]*?)(\])(?=[\[(])", [Punctuation, NameVariable, Punctuation], "link");
            s.Rule($"[*][*]{Edot}*?[*][*]", GenericStrong);
            s.Rule($"__{Edot}*?__", GenericStrong);
            s.Rule($"[*]{Edot}*?[*]", GenericEmph);
            s.Rule($"_{Edot}*?_", GenericEmph);
            s.Rule("<.*?@.+[.].+>", NameVariable);
            s.Rule($"<(https?|mailto|ftp)://{Edot}*?>", NameVariable);
            s.Rule(@"[^\\`\[*\n&<]+", Text);
            s.Rule(@"&\S*;", run => run.Delegate("html"));
            s.Rule($"<{Edot}*?>", run => run.Delegate("html"));
            s.Rule("[&<]", Text);
            s.Rule(@"\[", Text);
            s.Rule(@"\n", Text);
        });
        states.State("link", s =>
        {
            s.Rule($@"(\[)({Edot}*?)(\])", run => { run.Groups(Punctuation, StrSymbol, Punctuation); run.Pop(); });
            s.Rule("[(]", run => { run.Token(Punctuation); run.Push("inline_title"); run.Push("inline_url"); });
            s.Rule(@"[ \t]+", Text);
            s.Rule("", run => run.Pop());
        });
        states.State("url", s =>
        {
            s.Rule(@"[ \t]+", Text);
            s.Rule($"(<)({Edot}*?)(>)", run => { run.Groups(NameTag, StrOther, NameTag); run.Pop(); });
            s.Rule(@"\S+", StrOther, "#pop");
        });
        states.State("title", s =>
        {
            s.Rule($"\"{Edot}*?\"", NameNamespace);
            s.Rule($"'{Edot}*?'", NameNamespace);
            s.Rule($"[(]{Edot}*?[)]", NameNamespace);
            s.Rule(@"\s*(?=[""'()])", Text);
            s.Rule("", run => run.Pop());
        });
        states.State("inline_title", s =>
        {
            s.Rule("[)]", Punctuation, "#pop");
            s.Mixin("title");
        });
        states.State("inline_url", s =>
        {
            s.Rule(@"[^<\s)]+", StrOther, "#pop");
            s.Rule(@"\s+", Text);
            s.Mixin("url");
        });
    }

    /// <summary>A fence, its language's name, and the code in that language (to the closing fence, or line by line).</summary>
    private static void FencedCode(RegexRun run)
    {
        var name = run[3].Trim(' ', '\t', '\n', '\v', '\f', '\r', '\0');
        // Without a name Rouge guesses the language from the code; for prose-like code its guess is plain text.
        var fenced = name.Length == 0 ? run.Start(Plain) : run.StartLanguage(name) ?? run.Start(Backticks);
        run.Token(Text, run[1]);
        run.Token(Punctuation, run[2]);
        run.Token(NameLabel, run[3]);
        if (run.Match.Groups[5].Success) fenced.Continue(run[5]);
        run.Token(Text, run[6]);
        if (run.Match.Groups[7].Success)
        {
            run.Token(Punctuation, run[7]);
            return;
        }
        ((RunData)run.Data!).Fenced = fenced;
        var fence = run[2];
        run.Push("fence " + fence, s =>
        {
            s.Rule($@"^([ \t]*)({fence})", inner =>
            {
                inner.Pop();
                inner.Token(Text, inner[1]);
                inner.Token(Punctuation, inner[2]);
            });
            s.Rule(@"^.*\n", inner => ((RunData)inner.Data!).Fenced?.Continue(inner[0]));
        });
    }
}
