using Blog.Browser.Tests.Support;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

[Collection(SiteCollection.Name)]
public sealed class ColorSchemeTests(SiteFixture fixture)
{
    // The colours the reader sees: body text, and the first non-transparent background from body up to the
    // canvas (white when nothing paints one). A canvas normalises any CSS colour syntax (oklch, color-mix…) to sRGB.
    private const string BodyColours = """
        () => {
          const ctx = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
          const rgba = c => { ctx.clearRect(0, 0, 1, 1); ctx.fillStyle = '#000'; ctx.fillStyle = c; ctx.fillRect(0, 0, 1, 1); return [...ctx.getImageData(0, 0, 1, 1).data]; };
          let background = [255, 255, 255, 255];
          for (let e = document.body; e; e = e.parentElement) {
            const c = rgba(getComputedStyle(e).backgroundColor);
            if (c[3] > 0) { background = c; break; }
          }
          return [...rgba(getComputedStyle(document.body).color).slice(0, 3), ...background.slice(0, 3)];
        }
        """;

    private static readonly string[] Paths = ["/", SiteFixture.PostPath, "/about/", "/404.html"];

    public static TheoryData<string> Pages => new(Paths);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Dark_mode_changes_the_background_of_the_body(string path)
    {
        var (_, light) = await ColoursAsync(path, ColorScheme.Light);
        var (_, dark) = await ColoursAsync(path, ColorScheme.Dark);

        Assert.NotEqual(light, dark);
        Assert.True(dark.Luminance < light.Luminance, $"dark background {dark} is not darker than light {light}");
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Body_text_contrasts_with_its_background_at_least_4_5_to_1(ColorScheme scheme)
    {
        foreach (var path in Paths)
        {
            var (text, background) = await ColoursAsync(path, scheme);
            var ratio = Rgb.Contrast(text, background);
            Assert.True(ratio >= 4.5, $"{path} ({scheme}): text {text} on {background} has contrast {ratio:F2}");
        }
    }

    private async Task<(Rgb Text, Rgb Background)> ColoursAsync(string path, ColorScheme scheme)
    {
        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(fixture.Url(path));
        Assert.True(response?.Ok, $"{path} answered {response?.Status}");
        var c = await page.EvaluateAsync<int[]>(BodyColours);
        return (new Rgb(c[0], c[1], c[2]), new Rgb(c[3], c[4], c[5]));
    }
}
