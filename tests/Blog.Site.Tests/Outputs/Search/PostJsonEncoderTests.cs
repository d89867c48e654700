using System.Text;
using Blog.Site.Outputs.Files.Search;

namespace Blog.Site.Tests.Outputs.Search;

/// <summary>A post's headings, lead and words encoded as the index's JSON values as its page renders.</summary>
public sealed class PostJsonEncoderTests
{
    [Fact]
    public void Each_value_is_a_json_value_of_its_own_escaped_so_that_no_text_ends_a_string_or_a_script()
    {
        var encoded = new PostJsonEncoder().Encode(new PostText(["Namespaces & \"cgroups\"", "</script>"], "Fish < chips…", "qemu über"));

        Assert.Equal("""["Namespaces \u0026 \u0022cgroups\u0022","\u003C/script\u003E"]""", Text(encoded.Headings));
        Assert.Equal("\"Fish \\u003C chips…\"", Text(encoded.Lead));
        Assert.Equal("\"qemu über\"", Text(encoded.Words));
    }

    [Fact]
    public void No_headings_and_no_words_are_no_bytes_and_an_empty_lead_is_an_empty_string()
    {
        var encoded = new PostJsonEncoder().Encode(new PostText([], "", ""));

        Assert.True(encoded.Headings.IsEmpty);
        Assert.Equal("\"\"", Text(encoded.Lead));
        Assert.True(encoded.Words.IsEmpty);
    }

    [Fact]
    public void A_writer_reused_for_the_next_post_keeps_nothing_of_the_one_before()
    {
        var encoder = new PostJsonEncoder();
        var first = encoder.Encode(new PostText(["A long heading"], new string('x', 5000), "many words here"));

        var second = encoder.Encode(new PostText([], "Short.", ""));

        Assert.Equal("\"Short.\"", Text(second.Lead));
        Assert.True(second.Headings.IsEmpty && second.Words.IsEmpty);
        Assert.Equal($"\"{new string('x', 5000)}\"", Text(first.Lead));
    }

    private static string Text(ReadOnlySpan<byte> json) => Encoding.UTF8.GetString(json);
}
