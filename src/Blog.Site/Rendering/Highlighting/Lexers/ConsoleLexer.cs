using System.Text.RegularExpressions;
using Blog.Site.Rendering.Highlighting.Engine;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>
/// Shell sessions, ported from Rouge 3.30's lexers/console.rb (MIT, see THIRD-PARTY-NOTICES.md), with its default
/// options: a line is a prompt up to its first <c>$ # &gt; ;</c> followed by shell code, a snip (<c>...</c>), or output.
/// </summary>
internal sealed partial class ConsoleLexer : Lexer
{
    [GeneratedRegex(@"\A[ \t\n\v\f\r]*(?:<[.]+>|[.]+)[ \t\n\v\f\r]*\z")]
    private static partial Regex Snip();

    [GeneratedRegex(@"\A(?s:.*?)(?:\$|#|>|;)")]
    private static partial Regex Prompt();

    [GeneratedRegex(@"\A[ \t\n\v\f\r]*")]
    private static partial Regex LeadingSpace();

    public override LexerRun Start(Action<TokenType, string> output, LexerCatalog catalog) => new Run(output, catalog);

    private sealed class Run(Action<TokenType, string> output, LexerCatalog catalog) : LexerRun
    {
        private LexerRun? _shell;

        public override void Continue(string text)
        {
            var at = 0;
            while (at < text.Length)
            {
                var newline = text.IndexOf('\n', at);
                var end = newline < 0 ? text.Length : newline + 1;
                Line(text[at..end]);
                at = end;
            }
        }

        private void Line(string line)
        {
            if (Snip().IsMatch(line))
            {
                _shell = null;
                output(Tokens.Comment, line);
                return;
            }
            var prompt = Prompt().Match(line);
            if (prompt.Success)
            {
                output(Tokens.GenericPrompt, prompt.Value);
                var rest = line[prompt.Length..];
                var space = LeadingSpace().Match(rest).Length;
                if (space > 0) output(Tokens.Whitespace, rest[..space]);
                (_shell ??= catalog.Get("shell").Start(output, catalog)).Continue(rest[space..]);
                return;
            }
            _shell = null;
            output(Tokens.GenericOutput, line);
        }
    }
}
