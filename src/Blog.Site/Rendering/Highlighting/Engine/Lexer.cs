namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// A language's lexer, immutable once built and shared by every highlight call; each call lexes through its own
/// <see cref="LexerRun"/>, which holds the state (Rouge's lexer instance).
/// </summary>
internal abstract class Lexer
{
    /// <summary>A fresh run writing its tokens to <paramref name="output"/>, in the lexer's start state.</summary>
    public abstract LexerRun Start(Action<TokenType, string> output, LexerCatalog catalog);
}

/// <summary>One lexing of a text, possibly continued with more text (Rouge's continue_lex, used by delegation).</summary>
internal abstract class LexerRun
{
    public abstract void Continue(string text);
}
