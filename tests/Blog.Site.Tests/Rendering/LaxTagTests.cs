namespace Blog.Site.Tests.Rendering;

/// <summary>
/// A tag Liquid's strict parser rejects is read as Jekyll's Liquid (its warn mode) reads it with the lax parser: the page
/// builds, and a warning names the tag where it was written and how it was read. Any other tag stays an error at its
/// position. What the lax readings render is checked against Jekyll in <c>LiquidAsJekyllTests</c>.
/// </summary>
public class LaxTagTests
{
    [Fact]
    public async Task A_tag_the_strict_parser_rejects_is_read_as_the_lax_parser_reads_it_with_a_warning_at_the_tag()
    {
        var site = new TestSite();
        var page = site.AddPage("tags.html", "---\n{% assign sorted = (site.title | upcase) %}\nline 3\n{% if (sorted) %}{{ sorted }}{% endif %}\n", bodyLine: 3);

        var html = await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);

        Assert.False(site.Errors.HasErrors);
        Assert.Equal("---\n\nline 3\nOPS NOTES\n", html);
        Assert.Collection(site.Errors.Warnings,
            w => Assert.Equal("tags.html:4:1: warning: Liquid syntax error in '{% assign sorted = (site.title | upcase) %}' (Parentheses are not allowed " +
                              "in order to group expressions.): read as Jekyll's lax Liquid reads it, '{% assign sorted = site.title | upcase %}'", w.ToString()),
            w => Assert.StartsWith("tags.html:6:1: warning: Liquid syntax error in '{% if (sorted) %}'", w.ToString()));
    }

    [Fact]
    public async Task A_tag_read_so_over_several_lines_keeps_its_whitespace_control_and_the_next_lines_their_numbers()
    {
        var site = new TestSite();
        var page = site.AddPage("lines.html", "A\n{%- assign x = (site.title\n   | upcase) -%}\nB{{ x }}\n{% if %}\n", bodyLine: 1);

        await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);

        Assert.StartsWith("lines.html:2:1: warning: Liquid syntax error in '{%- assign x = (site.title    | upcase) -%}'", Assert.Single(site.Errors.Warnings).ToString());
        Assert.StartsWith("lines.html:5:", Assert.Single(site.Errors.Errors).ToString());
    }

    [Fact]
    public async Task A_tag_of_a_kind_the_lax_parser_does_not_read_is_an_error_at_its_position()
    {
        var site = new TestSite();
        var page = site.AddPage("bad.html", "ok\n{% for x in (1..2) extra junk ( %}{{ x }}{% endfor %}\n", bodyLine: 2);

        await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);

        Assert.StartsWith("bad.html:3:", Assert.Single(site.Errors.Errors).ToString());
    }
}
