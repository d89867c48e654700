using Blog.Site.Outputs.Files.Search;

namespace Blog.Site.Tests.Outputs.Search;

/// <summary>The table that counts a post's words for the search index, and ranks them.</summary>
public sealed class WordCountsTests
{
    [Fact]
    public void The_most_frequent_come_first_and_words_as_frequent_in_the_order_they_first_occur()
    {
        using var counts = Count("delta alpha beta alpha gamma beta delta alpha");

        Assert.Equal("alpha delta beta", counts.MostFrequent(3));
        Assert.Equal("alpha delta beta gamma", counts.MostFrequent(10));
    }

    [Fact]
    public void Excluded_words_do_not_take_a_place_among_the_most_frequent()
    {
        using var counts = Count("the qemu the guest the qemu host");
        counts.Exclude("the");
        counts.Exclude("virtual"); // never counted: nothing to keep out

        Assert.Equal("qemu guest", counts.MostFrequent(2));
    }

    [Fact]
    public void The_words_that_occur_whole_before_a_point_of_the_text_are_excluded_wherever_else_they_occur()
    {
        // Before character 13: "qemu" and "guest" whole, "kernel" only begun.
        using var counts = Count("qemu guest kernel qemu guest kernel host");
        counts.ExcludeFirst(13);

        Assert.Equal("kernel host", counts.MostFrequent(5));
    }

    [Fact]
    public void A_list_of_words_made_once_excludes_them_from_any_table()
    {
        var stopWords = new WordCounts.WordList(["the", "and", "virtual"]);
        using var first = Count("the qemu and the guest");
        using var second = Count("and the host the host");
        first.Exclude(stopWords);
        second.Exclude(stopWords);

        Assert.Equal("qemu guest", first.MostFrequent(5));
        Assert.Equal("host", second.MostFrequent(5));
    }

    [Fact]
    public void Counts_of_one_and_of_many_are_ranked_alike_whatever_the_highest()
    {
        // A counting sort: a word far more frequent than the rest, and many words counted once, keep their order.
        var text = string.Join(' ', Enumerable.Repeat("kernel", 300).Concat(["cgroup", "namespace", "cgroup", "seccomp"]));
        using var counts = Count(text);

        Assert.Equal("kernel cgroup namespace seccomp", counts.MostFrequent(4));
    }

    [Fact]
    public void A_table_far_larger_than_expected_grows_and_keeps_every_count()
    {
        // 5,000 distinct words, each as often as its number's last digit + 1, into a table sized for 4.
        var words = Enumerable.Range(0, 5000).SelectMany(i => Enumerable.Repeat($"w{i:D4}", i % 10 + 1)).ToList();
        using var counts = Count(string.Join(' ', words), expected: 4);

        var expected = Enumerable.Range(0, 5000).OrderByDescending(i => i % 10).ThenBy(i => i).Take(600).Select(i => $"w{i:D4}");
        Assert.Equal(string.Join(' ', expected), counts.MostFrequent(600));
    }

    [Fact]
    public void Words_that_share_their_first_and_last_four_characters_are_told_apart_by_those_between()
    {
        // Up to eight characters a word is its first and last four; a longer one is compared with the text between them.
        using var counts = Count("virtualization virtualisation virtualization abcdwxyz abcdxxyz abc abd abc vm vm");
        counts.Exclude("virtualisation");
        counts.Exclude("vm");

        Assert.Equal("virtualization abc abcdwxyz abcdxxyz abd", counts.MostFrequent(10));
    }

    [Fact]
    public void Nothing_counted_gives_no_words()
    {
        using var counts = Count("");

        Assert.Equal("", counts.MostFrequent(5));
    }

    /// <summary>Counts the words of a text split at spaces.</summary>
    private static WordCounts Count(string text, int expected = 16)
    {
        var chars = text.ToCharArray();
        var counts = new WordCounts(chars, expected);
        var start = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start = text.IndexOf(word, start, StringComparison.Ordinal);
            counts.Add(start, word.Length);
            start += word.Length;
        }
        return counts;
    }
}
