namespace Blog.Site.Tests.Content;

public sealed class DataTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("authors.yml")]
    [InlineData("authors.yaml")]
    public void Yaml_data_files_are_read_under_their_name(string file)
    {
        _site.With("_data/" + file, "- name: Ann\n");

        var authors = Assert.IsAssignableFrom<IReadOnlyList<object?>>(_site.Read().Data["authors"]);
        Assert.Equal("Ann", Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(authors[0])["name"]);
    }

    [Fact]
    public void Json_data_files_are_read()
    {
        _site.With("_data/site.json", "{\"count\": 3, \"tags\": [\"a\"]}");

        var data = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(_site.Read().Data["site"]);
        Assert.Equal(3L, data["count"]);
    }

    [Fact]
    public void Sub_folders_nest()
    {
        _site.With("_data/team/leads.yml", "lead: Ann\n");

        var team = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(_site.Read().Data["team"]);
        var leads = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(team["leads"]);
        Assert.Equal("Ann", leads["lead"]);
    }

    [Fact]
    public void Other_files_in_the_data_folder_are_ignored()
    {
        _site.With("_data/notes.txt", "x").With("_data/.hidden.yml", "a: 1\n");

        Assert.Empty(_site.Read().Data);
    }

    [Fact]
    public void A_malformed_data_file_is_an_error_with_its_position()
    {
        _site.With("_data/a.yml", "a: [\n").With("_data/b.json", "{\"x\": [1, 2}");

        _site.Read();

        Assert.Equal(["_data/a.yml", "_data/b.json"], _site.Errors.Errors.Select(e => e.Position.Path));
        Assert.All(_site.Errors.Errors, e => Assert.True(e.Position.Line > 0));
    }

    [Fact]
    public void Theme_data_is_merged_under_site_data()
    {
        string theme = Path.Combine(_site.Root, "theme");
        Directory.CreateDirectory(Path.Combine(theme, "_data"));
        File.WriteAllText(Path.Combine(theme, "_data", "ui.yml"), "more: More\nback: Back\n");
        _site.With("_data/ui.yml", "more: Read more\n");

        var ui = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(_site.Read(_site.Options with { Theme = theme }).Data["ui"]);

        Assert.Equal(("Read more", "Back"), (ui["more"], ui["back"]));
    }
}
