using Blog.Site.Config;
using Blog.Site.Outputs.Files.Search;

namespace Blog.Site.Tests.Outputs.Search;

/// <summary>What a post's rendered HTML gives the search index: headings, the start of its text, its frequent words.</summary>
public sealed class PostTextTests
{
    private static readonly SearchSettings Options = SearchSettings.Off with { Enabled = true, Text = 1000, Words = 10 };

    [Fact]
    public void Entities_are_decoded_once_and_tags_leave_a_space_only_between_blocks()
    {
        var text = PostText.Of("<p>Fish &amp; chips, <em>un</em>usual &lt;b&gt;</p><p>next</p>", Options);

        Assert.Equal("Fish & chips, unusual <b> next", text.Lead);
    }

    [Fact]
    public void Code_blocks_scripts_inline_svg_and_comments_are_left_out_even_when_nested()
    {
        var text = PostText.Of(
            "<p>before</p><pre><code><pre>inner</pre> code <!-- </pre> --><prefix>x</prefix></code></pre><svg><text>chart</text><svg><text>nested</text></svg></svg>"
            + "<!-- a <p>comment</p> --><script>var x = '<p>';</script><p>after</p>", Options);

        Assert.Equal("before after", text.Lead);
        Assert.Equal("", text.Words);
    }

    [Fact]
    public void A_left_out_element_ends_at_its_end_tag_in_any_case_and_its_name_in_text_or_attributes_does_not_end_it()
    {
        var text = PostText.Of(
            "<p>a</p><PRE class=\"pre\">pre <span class=\"pre\">presets</span> &lt;/pre&gt;</Pre><p>b &amp; c</p><Script>pre</SCRIPT><p>d</p>", Options);

        Assert.Equal("a b & c d", text.Lead);
    }

    [Fact]
    public void Headings_are_kept_apart_from_the_text_and_their_words_are_not_repeated()
    {
        var text = PostText.Of("<h2 id=\"x\">Kernel <code>namespaces</code></h2><p>Intro.</p><h3>Cgroups</h3><p>Namespaces again, and cgroups.</p>",
            Options with { Text = 6 });

        Assert.Equal(["Kernel namespaces", "Cgroups"], text.Headings);
        Assert.Equal("Intro.…", text.Lead);
        Assert.Equal("again", text.Words);
    }

    [Fact]
    public void Words_are_the_most_frequent_first_without_short_common_words_or_numbers_in_any_script()
    {
        var text = PostText.Of("<p>Start. The qemu guest and the qemu host; qemu, guest, 2024, ٢٠٢٤, 512 and an os; arm64 k8s arm64.</p>",
            Options with { Text = 6 });

        Assert.Equal("qemu guest arm64 host k8s", text.Words);
    }

    [Fact]
    public void A_word_is_counted_in_any_case_and_words_as_frequent_are_listed_as_they_first_occur()
    {
        var text = PostText.Of("<p>Start. Zebra Über apple ÜBER zebra APPLE über Straße straße STRASSE.</p>", Options with { Text = 6 });

        Assert.Equal("über zebra apple straße strasse", text.Words);
    }

    [Fact]
    public void The_words_the_lead_shows_are_not_repeated_and_a_word_it_cuts_is_counted()
    {
        // The lead collapses the white space before and between its words and cuts "containerisation" ("conta…"): that word
        // is not shown, and is among the words; "kernel" is shown, however often it occurs after the lead.
        var text = PostText.Of("<p>\n  Kernel   <em>containerisation</em>\n\t guest kernel.</p><p>Containerisation guest kernel bridge.</p>",
            Options with { Text = 12 });

        Assert.Equal("Kernel conta…", text.Lead);
        Assert.Equal("containerisation guest bridge", text.Words);
    }

    [Fact]
    public void A_lone_less_than_sign_is_text_and_an_unclosed_tag_ends_the_text()
    {
        Assert.Equal("a b", PostText.Of("<p>a < b</p>", Options).Lead);
        Assert.Equal("text", PostText.Of("<p>text</p><div class=\"never closed", Options).Lead);
    }

    [Fact]
    public void The_table_of_contents_kramdown_writes_is_left_out()
    {
        var text = PostText.Of("<ul id=\"markdown-toc\"><li><a href=\"#a\">Alpha</a><ul><li>Beta</li></ul></li></ul><h2 id=\"a\">Alpha</h2><p>Body.</p>", Options);

        Assert.Equal("Body.", text.Lead);
        Assert.Equal(["Alpha"], text.Headings);
    }
}
