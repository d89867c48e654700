using System.Text.Json;
using Blog.Browser.Tests.Support;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class LighthouseTests(SiteFixture fixture)
{
    [Theory]
    [InlineData("accessibility")]
    [InlineData("best-practices")]
    [InlineData("seo")]
    public async Task Lighthouse_scores_the_post_100(string category)
    {
        var report = (await fixture.LighthouseRunOfThePostAsync()).Report;

        var scored = report.RootElement.GetProperty("categories").GetProperty(category);
        var failing = scored.GetProperty("auditRefs").EnumerateArray()
            .Where(r => r.GetProperty("weight").GetDouble() > 0)
            .Select(r => report.RootElement.GetProperty("audits").GetProperty(r.GetProperty("id").GetString()!))
            .Where(a => a.GetProperty("score").ValueKind == JsonValueKind.Number && a.GetProperty("score").GetDouble() < 1)
            .Select(a => $"{a.GetProperty("id").GetString()}: {a.GetProperty("title").GetString()}");
        Assert.True(scored.GetProperty("score").GetDouble() == 1, $"{category} scores {scored.GetProperty("score")}: {string.Join("; ", failing)}");
    }

    [Fact]
    public async Task A_lighthouse_run_leaves_nothing_in_the_temporary_folder()
    {
        // Lighthouse ends Chromium with a signal, which leaves the folder of its profile's singleton socket behind unless
        // the script's cleanup owns it (bench/lighthouse.sh).
        var run = await fixture.LighthouseRunOfThePostAsync();

        Assert.Empty(run.LeftInTemp);
    }
}
