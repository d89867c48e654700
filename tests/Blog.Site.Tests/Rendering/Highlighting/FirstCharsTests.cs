using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Highlighting.Engine;

namespace Blog.Site.Tests.Rendering.Highlighting;

/// <summary>
/// A lexer skips a rule whose regex cannot start with the character at the scan position (<see cref="FirstChars"/>);
/// skipping one that could match would change the highlighting. These check the over-approximation itself, and then
/// every rule of every lexer against real code at every position.
/// </summary>
public class FirstCharsTests
{
    [Theory]
    [InlineData(@"abc", "a", "bA ")]
    [InlineData(@"(?i)abc", "aA", "b ")]
    [InlineData(@"[a-c]x|[0-9]+|[$@]", "abc9$@", "dx ")]
    [InlineData(@"[0-9]+", "0123456789", "a-")]
    [InlineData(@"(?:foo)?bar", "fb", "ao")]
    [InlineData(@"\b(if|else)[ \t]*\b", "ie", "fx ")]
    [InlineData(@"(?<=x)y", "y", "x")]
    [InlineData(@"(?=[ab])[a-z]+", "abz", "A")]
    [InlineData(@"[^\n""]+", "a'", "\n\"")]
    [InlineData(@"x{0,2}y", "xy", "z")]
    [InlineData(@"x{,2}y", "x", "y{,")] // not a quantifier in .NET: a literal brace
    [InlineData(@"\\\\(?i)a", "\\", "aA")]
    public void Over_approximates_the_first_characters(string pattern, string can, string cannot)
    {
        var first = FirstChars.Of(pattern);
        Assert.All(can, c => Assert.True(first.Contains(c), $"'{c}' can start {pattern}"));
        Assert.All(cannot, c => Assert.False(first.Contains(c), $"'{c}' cannot start {pattern}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(@"a*")]
    [InlineData(@"(?=a)")]
    [InlineData(@"\s*(\w+)?")]
    [InlineData(@"(a?)\1")] // a backreference is not read: anything, or nothing
    [InlineData(@"\d")] // Unicode digits: the lexers' patterns have ASCII classes instead (RubyPattern)
    [InlineData(@".")]
    [InlineData(@"(?x) a")]
    [InlineData(@"[\W]")]
    [InlineData(@"\p{L}")]
    public void Allows_everything_when_the_pattern_can_be_empty_or_is_not_understood(string pattern)
    {
        var first = FirstChars.Of(pattern);
        Assert.All("a0 \n$é", c => Assert.True(first.Contains(c), $"'{c}' for {pattern}"));
    }

    [Fact]
    public void Ignoring_case_allows_non_ascii_case_equivalents()
    {
        var first = FirstChars.Of("(?i)k");
        Assert.True(first.Contains('\u212A')); // the Kelvin sign matches k under IgnoreCase
        Assert.True(first.Contains('K'));
    }

    [Fact]
    public void No_rule_of_any_lexer_is_skipped_where_its_regex_matches()
    {
        var snippets = HighlightCorpus.All();
        var mixed = string.Concat(snippets.GroupBy(s => s.Language).Select(g => g.First().Code)) + "é\u212AΩ\t\v\f\r\n";
        var lexers = Languages.Catalog();
        var checkedRules = 0;
        var seen = new HashSet<Lexer>();
        foreach (var name in lexers.Names) // a lexer's tag comes before its aliases
        {
            if (lexers.Find(name) is not RegexLexer lexer || !seen.Add(lexer)) continue;
            var own = string.Concat(snippets.Where(s => Rouge(s.Language) == name).Select(s => s.Code));
            foreach (var text in new[] { own, mixed })
                foreach (var state in lexer.States)
                    foreach (var rule in state.Entries.OfType<LexRule>())
                    {
                        checkedRules++;
                        for (var at = 0; at < text.Length; at++)
                        {
                            if (rule.FirstChars.Contains(text[at])) continue;
                            var match = rule.Regex.Match(text, at, text.Length - at);
                            Assert.False(match.Success, $"{name} state {state.Name}: rule {rule.Regex} matches at '{text[at]}' but is skipped there");
                        }
                    }
        }
        Assert.True(checkedRules > 1000, $"only {checkedRules} rules checked");
    }

    /// <summary>The corpus files are named by language, a few by an alias.</summary>
    private static string Rouge(string corpusLanguage) => corpusLanguage switch
    {
        "dockerfile" => "docker",
        "makefile" => "make",
        _ => corpusLanguage,
    };
}
