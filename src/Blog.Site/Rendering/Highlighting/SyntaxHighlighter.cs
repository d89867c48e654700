using System.Text;
using ColorCode;
using ColorCode.Parsing;

namespace Blog.Site.Rendering.Highlighting;

/// <summary>
/// Build-time highlighting with ColorCode, written as Rouge writes it: spans with token classes, never inline
/// styles (the site's Content-Security-Policy forbids them). Thread-safe: output goes to a per-call buffer.
/// </summary>
internal sealed class SyntaxHighlighter : CodeColorizerBase
{
    private readonly LanguageAliases _languages;

    public SyntaxHighlighter() : base(null, null) => _languages = new LanguageAliases(ExtraLanguages.All);

    /// <summary>Escaped code with token spans, or just escaped code when the language is unknown (as Rouge's plain text lexer).</summary>
    public string Highlight(string code, string? language)
    {
        var lexer = string.IsNullOrWhiteSpace(language) ? null : _languages.Find(language);
        var html = new StringBuilder(code.Length * 2);
        if (lexer is null)
        {
            Escape(html, code, 0, code.Length);
            return html.ToString();
        }
        languageParser.Parse(code, lexer, (text, scopes) => WriteTokens(html, text, scopes));
        return html.ToString();
    }

    protected override void Write(string parsedSourceCode, IList<Scope> scopes) =>
        throw new NotSupportedException("Highlight writes through a per-call buffer.");

    private static void WriteTokens(StringBuilder html, string text, IList<Scope> scopes)
    {
        var at = 0;
        foreach (var scope in InOrder(scopes)) at = WriteScope(html, text, scope, at);
        Escape(html, text, at, text.Length);
    }

    private static int WriteScope(StringBuilder html, string text, Scope scope, int at)
    {
        if (scope.Index < at) return at; // overlapping capture: the first one wins
        Escape(html, text, at, scope.Index);
        var end = scope.Index + scope.Length;
        var cssClass = RougeClasses.For(scope.Name);
        if (cssClass is not null) html.Append("<span class=\"").Append(cssClass).Append("\">");
        var inner = scope.Index;
        foreach (var child in InOrder(scope.Children)) inner = WriteScope(html, text, child, inner);
        Escape(html, text, inner, end);
        if (cssClass is not null) html.Append("</span>");
        return end;
    }

    /// <summary>ColorCode hands its scopes over sorted by position; sorting again only for the rare list that is not.</summary>
    private static IList<Scope> InOrder(IList<Scope> scopes)
    {
        for (var i = 1; i < scopes.Count; i++)
            if (scopes[i].Index < scopes[i - 1].Index) return [.. scopes.OrderBy(s => s.Index)];
        return scopes;
    }

    private static void Escape(StringBuilder html, string text, int from, int to)
    {
        for (var i = from; i < to && i < text.Length; i++)
        {
            switch (text[i])
            {
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '&': html.Append("&amp;"); break;
                default: html.Append(text[i]); break;
            }
        }
    }
}
