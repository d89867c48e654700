namespace Blog.Site.Tests.Rendering.Filters;

public class JsonifyTests
{
    [Fact]
    public async Task Jsonify_writes_data_as_json()
    {
        var site = new TestSite();
        site.Data["author"] = new Dictionary<string, object?> { ["name"] = "Ann <ops>", ["posts"] = 3, ["tags"] = new List<object?> { "a", true, null } };
        Assert.Equal("{\"name\":\"Ann <ops>\",\"posts\":3,\"tags\":[\"a\",true,null]}", await site.RenderLiquidAsync("{{ site.data.author | jsonify }}"));
    }

    [Fact]
    public async Task Jsonify_escapes_quotes_in_text() =>
        Assert.Equal("\"say \\\"hi\\\"\"", await new TestSite().RenderLiquidAsync("{{ 'say \"hi\"' | jsonify }}"));
}
