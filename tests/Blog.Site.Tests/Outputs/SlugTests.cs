using Blog.Site.Outputs.Archives;

namespace Blog.Site.Tests.Outputs;

public class SlugTests
{
    [Theory]
    [InlineData("DevOps", "devops")]
    [InlineData("  Continuous   Delivery!! ", "continuous-delivery")]
    [InlineData("C# & .NET 10", "c-net-10")]
    [InlineData("Café Ünïcode", "café-ünïcode")]
    [InlineData("日本語 タグ", "日本語-タグ")]
    [InlineData("!!!", "")]
    public void Slugify_keeps_letters_marks_and_digits_and_hyphenates_the_rest(string name, string slug)
    {
        Assert.Equal(slug, Slug.From(name));
    }
}
