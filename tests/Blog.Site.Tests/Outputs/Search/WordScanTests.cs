using System.Text;
using Blog.Site.Outputs.Files.Search;

namespace Blog.Site.Tests.Outputs.Search;

/// <summary>
/// The scan that counts a post's words for the search index. It reads ASCII text 32 characters at a time, so words are
/// checked where they start, end or run across those blocks, and against a plain reading of the same text.
/// </summary>
public sealed class WordScanTests
{
    [Fact]
    public void Words_across_blocks_of_32_characters_are_whole_and_lowered_where_they_stand()
    {
        // "Containers" runs from character 28 to 37, across the first block's end; "KVM" ends the text.
        var text = new string('.', 28) + "Containers and ContaineRS, 2024 x86 QEMU qemu... " + new string(' ', 40) + "KVM";

        var (words, lowered) = Scan(text);

        Assert.Equal("containers qemu and x86 kvm", words);
        Assert.Equal(new string('.', 28) + "containers and containers, 2024 x86 qemu qemu... " + new string(' ', 40) + "kvm", lowered);
    }

    [Fact]
    public void A_word_as_long_as_several_blocks_is_one_word_and_a_number_of_any_length_is_none()
    {
        var longWord = string.Concat(Enumerable.Repeat("Abcdefgh", 12));
        var number = new string('7', 100);
        // Digits to the end of the first block, letters filling the second, digits in the third: a word, not a number.
        var lettersBetween = new string('1', 30) + new string('Q', 32) + new string('2', 30);
        var text = $"x {lettersBetween} {longWord} {number} {longWord.ToLowerInvariant()} {number}x";

        Assert.Equal($"{longWord.ToLowerInvariant()} {lettersBetween.ToLowerInvariant()} {number}x", Scan(text).Words);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_text_gives_the_words_a_plain_reading_gives(int seed)
    {
        // ASCII with runs of other letters, digits of other scripts and characters outside the basic plane (two chars,
        // neither a letter), so blocks are read both ways and words cross from one kind of block into the other.
        const string ascii = "abcXYZ019 .,-_<>";
        string[] other = ["é", "Ü", "ß", "٢", "中", "😀", "İ"];
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var text = new StringBuilder();
            var length = random.Next(0, 400);
            while (text.Length < length)
                text.Append(random.Next(40) == 0 ? other[random.Next(other.Length)] : ascii[random.Next(ascii.Length)].ToString());

            var (words, lowered) = Scan(text.ToString());

            Assert.Equal(PlainWords(text.ToString()), words);
            Assert.Equal(PlainLowered(text.ToString()), lowered);
        }
    }

    [Fact]
    public void Tokens_are_runs_of_letters_and_digits_in_lower_case_as_the_script_splits_them()
    {
        Assert.Equal(["grüße", "k8s", "x86", "64", "naïve"], WordScan.Tokens("Grüße, k8s x86-64 NAÏVE!"));
    }

    private static (string Words, string Lowered) Scan(string text)
    {
        var chars = text.ToCharArray();
        using var counts = new WordCounts(chars, 4);
        WordScan.Count(chars, counts);
        return (counts.MostFrequent(int.MaxValue), new string(chars));
    }

    /// <summary>The words as the script splits text, of three or more characters and not all digits, most frequent first.</summary>
    private static string PlainWords(string text) =>
        string.Join(' ', WordScan.Tokens(text).Where(w => w.Length >= 3 && !w.All(char.IsDigit))
            .GroupBy(w => w).OrderByDescending(g => g.Count()).Select(g => g.Key));

    private static string PlainLowered(string text) =>
        string.Concat(text.Select(c => WordScan.IsWordCharacter(c) ? WordScan.Lowered(c) : c));
}
