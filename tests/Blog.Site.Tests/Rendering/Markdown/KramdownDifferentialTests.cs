using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Markdown;
using Xunit.Abstractions;

namespace Blog.Site.Tests.Rendering.Markdown;

/// <summary>
/// Our Markdown converter against Jekyll's own (kramdown 2.4, GFM parser, Rouge) on a generated corpus, compared
/// after <see cref="HtmlComparison.Normalize"/>. A difference fails the test unless the snippet uses a construct
/// in <see cref="KnownDifferences"/>, each listed with its reason.
/// </summary>
public class KramdownDifferentialTests(ITestOutputHelper output)
{
    /// <summary>Constructs where we knowingly differ from kramdown, and why.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public async Task Generated_markdown_converts_as_kramdown_converts_it()
    {
        var snippets = new MarkdownCorpus(seed: 20240601).Generate(400);
        var expected = await KramdownOracle.MarkdownAsync(snippets.Select(s => s.Markdown).ToList());
        var converter = new MarkdownConverter(new SyntaxHighlighter());

        var exact = 0;
        var allowed = new Dictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        for (var i = 0; i < snippets.Count; i++)
        {
            var ours = HtmlComparison.Normalize(converter.ToHtml(snippets[i].Markdown));
            var theirs = HtmlComparison.Normalize(expected[i]);
            if (ours == theirs) { exact++; continue; }
            var known = snippets[i].Constructs.Where(KnownDifferences.ContainsKey).ToList();
            if (known.Count > 0)
            {
                foreach (var name in known) allowed[name] = allowed.GetValueOrDefault(name) + 1;
                continue;
            }
            failures.Add($"#{i} [{string.Join(", ", snippets[i].Constructs.Order())}]\n--- markdown\n{snippets[i].Markdown}--- kramdown\n{theirs}\n--- ours\n{ours}\n");
        }

        output.WriteLine($"{exact} of {snippets.Count} snippets match kramdown exactly (after normalisation); " +
                         $"{snippets.Count - exact - failures.Count} differ in known ways: " +
                         string.Join(", ", allowed.Select(a => $"{a.Key} ({a.Value})")));
        Assert.True(failures.Count == 0, $"{failures.Count} snippets differ from kramdown:\n\n{string.Join("\n", failures.Take(15))}");
    }
}
