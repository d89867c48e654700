using System.Text;
using Blog.Site.Rendering.Highlighting.Engine;

namespace Blog.Site.Rendering.Highlighting;

/// <summary>
/// Build-time highlighting as Jekyll's highlighter, Rouge 3.30, writes it: the same lexers' token spans with Rouge's
/// short classes (<c>k</c>, <c>s2</c>, <c>c1</c>...), never inline styles (the site's Content-Security-Policy forbids
/// them). Thread-safe: lexers are immutable and each call lexes through its own run and buffer.
/// </summary>
internal sealed class SyntaxHighlighter
{
    /// <summary>
    /// Shared by every highlighter: the lexers are immutable, and each one's compiled regexes (tens of milliseconds to
    /// build) are built once per process, on first use of the language.
    /// </summary>
    private static readonly LexerCatalog Lexers = Languages.Catalog();

    /// <summary>
    /// Escaped code with token spans (the inside of <c>&lt;code&gt;</c>); for a language Rouge does not know, the
    /// escaped code alone (Rouge's plain text lexer). Names are found as <c>Rouge::Lexer.find_fancy</c> finds them:
    /// case-sensitive, options after <c>?</c> ignored.
    /// </summary>
    public string Highlight(string code, string? language)
    {
        try
        {
            return Lex(Find(language) ?? Lexers.Get("plaintext"), code);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // A flaw in a lexer's port must not fail a build: the code is shown unhighlighted, as for an unknown language
            // (the differential tests against Rouge would show the difference).
            return Lex(Lexers.Get("plaintext"), code);
        }
    }

    private static string Lex(Lexer lexer, string code)
    {
        var html = new StringBuilder(code.Length * 2);
        var writer = new HtmlTokenWriter(html);
        lexer.Start((type, text) => writer.Write(type, text), Lexers).Continue(code);
        writer.Flush();
        return html.ToString();
    }

    /// <summary>Whether Rouge has a lexer for the name (otherwise code is shown as plain text).</summary>
    public bool Knows(string? language) => Find(language) is not null;

    private Lexer? Find(string? language)
    {
        if (string.IsNullOrEmpty(language)) return null;
        var options = language.IndexOf('?');
        return Lexers.Find(options < 0 ? language : language[..options]);
    }
}
