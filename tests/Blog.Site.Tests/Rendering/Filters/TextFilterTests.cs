namespace Blog.Site.Tests.Rendering.Filters;

public class TextFilterTests
{
    private static Task<string> Render(string template) => new TestSite().RenderLiquidAsync(template);

    [Fact]
    public async Task Number_of_words_counts_whitespace_separated_words() =>
        Assert.Equal("4", await Render("{{ 'Containers start  fast,\n VMs' | number_of_words }}"));

    [Fact]
    public async Task Number_of_words_cjk_counts_each_cjk_character() =>
        Assert.Equal("5", await Render("{{ 'Hello 你好世界' | number_of_words: 'cjk' }}"));

    [Fact]
    public async Task Array_to_sentence_string_joins_with_commas_and_and() =>
        Assert.Equal("docker, qemu, and jvm", await Render("{{ 'docker,qemu,jvm' | split: ',' | array_to_sentence_string }}"));

    [Fact]
    public async Task Array_to_sentence_string_of_two_has_no_comma() =>
        Assert.Equal("docker or qemu", await Render("{{ 'docker,qemu' | split: ',' | array_to_sentence_string: 'or' }}"));

    [Fact]
    public async Task Array_to_sentence_string_of_one_is_the_item() =>
        Assert.Equal("docker", await Render("{{ 'docker' | split: ',' | array_to_sentence_string }}"));

    [Fact]
    public async Task Markdownify_converts_markdown() =>
        Assert.Equal("<p>Some <strong>bold</strong> text</p>\n", await Render("{{ 'Some **bold** text' | markdownify }}"));

    [Fact]
    public async Task Normalize_whitespace_collapses_runs() =>
        Assert.Equal("a b c", await Render("{{ '  a \n\t b  c ' | normalize_whitespace }}"));

    [Fact]
    public async Task To_integer_truncates() =>
        Assert.Equal("3", await Render("{{ '3.7' | to_integer }}"));

    [Fact]
    public async Task Liquid_standard_filters_are_available() =>
        Assert.Equal("HELLO-w", await Render("{{ 'hello world' | upcase | truncate: 7, '' | replace: ' ', '-' | append: 'w' | remove: 'W' }}"));
}
