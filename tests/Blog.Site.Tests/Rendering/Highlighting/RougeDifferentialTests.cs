using System.Text;
using Blog.Site.Rendering.Highlighting;
using Xunit.Abstractions;

namespace Blog.Site.Tests.Rendering.Highlighting;

/// <summary>
/// Our highlighter against the real Rouge 3.30 on the generated corpus (see <see cref="HighlightCorpus"/>): every
/// snippet must come out token for token as Rouge writes it, except the few named in <see cref="KnownDifferences"/>.
/// </summary>
public class RougeDifferentialTests(ITestOutputHelper output)
{
    /// <summary>Snippets allowed to differ: (language, a text in the snippet, why Rouge's behaviour is not reproduced).</summary>
    private static readonly (string Language, string Marker, string Reason)[] KnownDifferences =
    [
        ("markdown", "```\n#!", "a fence without a language: Rouge guesses the language from the code (here from a shebang); we show it as plain text"),
    ];

    [Fact]
    public void Every_corpus_snippet_is_highlighted_as_rouge_highlights_it()
    {
        var snippets = HighlightCorpus.All();
        Assert.True(snippets.Count >= 300, $"the corpus has only {snippets.Count} snippets");
        var expected = RougeOracle.Highlight([.. snippets.Select(s => (s.Language, s.Code))]);
        var highlighter = new SyntaxHighlighter();
        var failures = new StringBuilder();
        var allowed = 0;
        foreach (var language in snippets.Select((s, i) => (s, i)).GroupBy(x => x.s.Language))
        {
            var matches = 0;
            foreach (var (snippet, i) in language)
            {
                var actual = highlighter.Highlight(snippet.Code, snippet.Language);
                if (actual == expected[i]) { matches++; continue; }
                if (KnownDifferences.Any(k => k.Language == snippet.Language && snippet.Code.Contains(k.Marker, StringComparison.Ordinal)))
                {
                    allowed++;
                    continue;
                }
                failures.Append($"{snippet.Language} {snippet.Name}:\n  code:  {Show(snippet.Code)}\n  rouge: {Show(expected[i])}\n  ours:  {Show(actual)}\n  first difference: {FirstDifference(expected[i], actual)}\n");
            }
            output.WriteLine($"{language.Key}: {matches}/{language.Count()} identical to Rouge");
        }
        output.WriteLine($"{allowed} known differences allowed");
        Assert.True(failures.Length == 0, failures.ToString());
    }

    private static string Show(string text) => text.Replace("\n", "\\n");

    /// <summary>The tokens around the first place the two outputs part, as Rouge and we wrote them.</summary>
    private static string FirstDifference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        var from = Math.Max(0, at - 40);
        return $"rouge …{Show(expected[from..Math.Min(expected.Length, at + 60)])}… ours …{Show(actual[from..Math.Min(actual.Length, at + 60)])}…";
    }
}
