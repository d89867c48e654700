using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Content.Data;

using TempSite = Blog.Site.Tests.Support.TempSite;

/// <summary>
/// <c>_data/*.csv</c> and <c>*.tsv</c> read as Jekyll reads them (Ruby's CSV with headers): checked against a live
/// Jekyll build of the same files, printed with <c>jsonify</c>; malformed files are errors at the line and column of
/// the mistake, with Ruby's message.
/// </summary>
public sealed class DelimitedDataTests : IDisposable
{
    private readonly TempSite _site = new();

    public static TheoryData<string, string> Files => new()
    {
        { "people.csv", "name,role,city\nAnn,lead,Oslo\n\"Smith, Bob\",\"says \"\"hi\"\"\",\n" },
        { "quoted.csv", "a,b\r\n\"multi\nline\",2\r\n\"\",x\r\n,\r\n" },
        { "ragged.csv", "a,b,c\n1\n\n4,5,6\n7,8,9" },
        { "dup.csv", "a,b,a\n1,2,3\n" },
        { "spaces.csv", " a , b \n 1 , 2 \n" },
        { "only-header.csv", "a,b\n" },
        { "empty.csv", "" },
        { "tabs.tsv", "name\tnote\nAnn\t\"a, b\"\nBob\t\n" },
        { "unicode.csv", "名前,ü\nÅsa,ö\n" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Rows_are_read_as_Jekyll_reads_them(string file, string text)
    {
        var key = Path.GetFileNameWithoutExtension(file);
        _site.With("_config.yml", "title: T\n").With("_data/" + file, text)
            .With("data.html", "---\n---\n{{ site.data['" + key + "'] | jsonify }}|{{ site.data['" + key + "'][0] | inspect }}\n");
        var jekyllSource = Path.Combine(_site.Root, "jekyll-src");
        JekyllOracle.CopyFolder(_site.Source, jekyllSource);
        var jekyll = Path.Combine(_site.Root, "jekyll-out");
        await JekyllOracle.BuildAsync(jekyllSource, jekyll);

        await new SiteBuilder().BuildAsync(_site.Options());

        Assert.Equal(File.ReadAllText(Path.Combine(jekyll, "data.html")), _site.Output("data.html"));
    }

    [Fact]
    public async Task Headers_false_reads_every_row_as_a_list()
    {
        _site.With("_config.yml", "title: T\ncsv_reader:\n  headers: false\n").With("_data/rows.csv", "a,b\n1,2\n")
            .With("data.html", "---\n---\n{{ site.data.rows | jsonify }}\n");

        await new SiteBuilder().BuildAsync(_site.Options());

        // Recorded from Jekyll 4.3.1 with the same config.
        Assert.Equal("[[\"a\",\"b\"],[\"1\",\"2\"]]\n", _site.Output("data.html"));
    }

    [Theory]
    [InlineData("a,b\n1,\"open\n2,3\n", "_data/bad.csv:2:3: Unclosed quoted field in line 2.")]
    [InlineData("a,b\n1,x\"y\n", "_data/bad.csv:2:4: Illegal quoting in line 2.")]
    [InlineData("a,b\n\"x\" ,2\n", "_data/bad.csv:2:4: Any value after quoted field isn't allowed in line 2.")]
    public async Task A_malformed_file_is_an_error_at_the_mistake(string text, string expected)
    {
        _site.With("_config.yml", "title: T\n").With("_data/bad.csv", text);

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        Assert.Equal(expected, Assert.Single(failed.Errors).ToString());
    }

    public void Dispose() => _site.Dispose();
}
