using Blog.Site.Rendering.Highlighting.Engine;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Rouge's PlainText: the whole text as one token (Text unless another is given, e.g. console output).</summary>
internal sealed class PlainTextLexer(TokenType token) : Lexer
{
    public PlainTextLexer() : this(Tokens.Text) { }

    public override LexerRun Start(Action<TokenType, string> output, LexerCatalog catalog) => new Run(token, output);

    private sealed class Run(TokenType token, Action<TokenType, string> output) : LexerRun
    {
        public override void Continue(string text)
        {
            if (text.Length > 0) output(token, text);
        }
    }
}
