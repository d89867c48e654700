using Blog.Site.Content.Permalinks;

namespace Blog.Site.Tests.Content;

public sealed class SlugifierTests
{
    [Theory]
    [InlineData("The _config.yml file", SlugMode.Default, false, "the-config-yml-file")]
    [InlineData("The _config.yml file", SlugMode.Pretty, false, "the-_config.yml-file")]
    [InlineData("The _config.yml file", SlugMode.Pretty, true, "The-_config.yml-file")]
    [InlineData("The _config.yml file", SlugMode.Ascii, false, "the-config-yml-file")]
    [InlineData("The _config.yml file", SlugMode.Raw, false, "the-_config.yml-file")]
    [InlineData("Grüße aus Köln!", SlugMode.Default, false, "grüße-aus-köln")]
    [InlineData("Grüße aus Köln!", SlugMode.Latin, false, "grusse-aus-koln")]
    [InlineData("日本語 タイトル", SlugMode.Default, false, "日本語-タイトル")]
    [InlineData("  spaced  ", SlugMode.Default, false, "spaced")]
    [InlineData("Keep As Is", SlugMode.None, true, "Keep As Is")]
    public void Slugify_matches_Jekyll(string text, SlugMode mode, bool cased, string expected) =>
        Assert.Equal(expected, Slugifier.Slugify(text, mode, cased));

    [Theory]
    [InlineData(null, SlugMode.Default)]
    [InlineData("pretty", SlugMode.Pretty)]
    [InlineData("latin", SlugMode.Latin)]
    [InlineData("whatever", SlugMode.None)]
    public void Mode_names_are_Jekylls(string? name, SlugMode expected) => Assert.Equal(expected, Slugifier.ParseMode(name));
}
