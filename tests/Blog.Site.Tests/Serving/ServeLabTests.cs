using System.Text.Json;
using Blog.Lab.Liquid;
using Blog.Site.Serving;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Serving;

/// <summary>
/// <c>serve</c> with the lab: a result written while serving (as <c>lab run</c> writes it), deleted, unreadable, or made
/// stale by a spec edit is seen as the site's own files are. Only the pages that read the experiment while they were
/// rendered are rendered again; a missing result is a build error over the page while the last good site is served.
/// The result's published files (<c>/lab/&lt;id&gt;.json</c>, <c>.csv</c>) are written again with it, and only they.
/// </summary>
public sealed class ServeLabTests
{
    private const string Measured = "2024/02/14/measured.html";
    private const string Plain = "2024/02/15/plain.html";
    private const string MissingMessage =
        "_posts/2024-02-14-measured.md:5:14: lab result 'native-start' is missing (never measured); measure it with: dotnet run --project src/Blog -- lab run native-start";

    private static TempSite LabSite(string specLines = "samples: 5") => new TempSite()
        .With("_config.yml", "title: Lab\ntime: 2024-03-01 10:00:00 +0000\n")
        .With("_layouts/default.html", "<!doctype html><html><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n")
        .With("_lab/process.yml", $"- id: native-start\n  kind: native-start\n  title: Native start\n  {specLines}\n  warmup: 1\n  timeout: 10s\n")
        .With("_posts/2024-02-14-measured.md", "---\nlayout: default\ntitle: Measured\n---\nStart-up: {{ lab.native_start.start_ms | ms }}\n")
        .With("_posts/2024-02-15-plain.md", "---\nlayout: default\ntitle: Plain\n---\nNo numbers here.\n")
        .With("index.html", "---\nlayout: default\ntitle: Home\n---\n{% for p in site.posts %}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% endfor %}\n");

    /// <summary>The site served with the lab's extension loaded from it, as <c>serve --lab frozen</c> does, its first build done.</summary>
    private static async Task<(ServedSite Served, EventStream Events)> ServeAsync(TempSite site)
    {
        var served = await ServedSite.StartAsync(site, [await LabExtension.LoadAsync(site.Source, CancellationToken.None)]);
        (await served.Reporter.NextBuildAsync()).Succeeded.ToString();
        var events = await EventStream.OpenAsync(served.Client);
        Assert.Equal(ServeEvent.Reload(1), await events.NextAsync());
        return (served, events);
    }

    [Fact]
    public async Task A_result_written_while_serving_renders_again_only_the_page_that_reads_it_and_reloads()
    {
        var site = LabSite();
        await LabResults.WriteAsync(site.Source, "native-start", 1, 2, 3, 4, 5);
        var (served, events) = await ServeAsync(site);
        await using var _ = served;
        await using var __ = events;
        Assert.Contains("Start-up: 3 ms", await served.GetAsync("/" + Measured));
        Assert.Contains("start_ms,ms,3,3\r\n", await served.GetAsync("/lab/native-start.csv"));
        var plainWritten = File.GetLastWriteTimeUtc(Path.Combine(site.Destination, Plain));

        await LabResults.WriteAsync(site.Source, "native-start", 10, 20, 30, 40, 50);

        var rebuild = (await served.Reporter.NextBuildAsync()).Succeeded;
        Assert.Equal([Measured], rebuild.Rendered);
        // The page, and the result's JSON and CSV.
        Assert.Equal(3, rebuild.Written);
        Assert.Equal(ServeEvent.Reload(2), await events.NextAsync());
        Assert.Contains("Start-up: 30 ms", await served.GetAsync("/" + Measured));
        Assert.Equal(await File.ReadAllTextAsync(LabResults.PathOf(site.Source, "native-start")), await served.GetAsync("/lab/native-start.json"));
        Assert.Contains("start_ms,ms,3,30\r\n", await served.GetAsync("/lab/native-start.csv"));
        Assert.Equal(plainWritten, File.GetLastWriteTimeUtc(Path.Combine(site.Destination, Plain)));
    }

    [Fact]
    public async Task A_deleted_result_is_a_build_error_over_the_page_naming_the_command_and_restoring_it_clears_it()
    {
        var site = LabSite();
        await LabResults.WriteAsync(site.Source, "native-start", 1, 2, 3, 4, 5);
        var (served, events) = await ServeAsync(site);
        await using var _ = served;
        await using var __ = events;

        File.Delete(LabResults.PathOf(site.Source, "native-start"));

        Assert.Equal(MissingMessage, Assert.Single((await served.Reporter.NextBuildAsync()).Errors).ToString());
        var error = await events.NextAsync();
        Assert.Equal(ServeEvent.BuildErrorName, error.Name);
        Assert.Equal([MissingMessage], JsonDocument.Parse(error.Data).RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Start-up: 3 ms", await served.GetAsync("/" + Measured));

        await LabResults.WriteAsync(site.Source, "native-start", 1, 2, 3, 4, 5);

        (await served.Reporter.NextBuildAsync()).Succeeded.ToString();
        Assert.Equal(ServeEvent.Reload(2), await events.NextAsync());
        Assert.Contains("Start-up: 3 ms", await served.GetAsync("/" + Measured));
    }

    [Fact]
    public async Task A_spec_edited_while_serving_makes_the_result_stale_a_warning_as_in_a_build_and_the_page_is_rendered_again()
    {
        var site = LabSite();
        await LabResults.WriteAsync(site.Source, "native-start", 1, 2, 3, 4, 5);
        var (served, events) = await ServeAsync(site);
        await using var _ = served;
        await using var __ = events;

        site.With("_lab/process.yml", File.ReadAllText(Path.Combine(site.Source, "_lab/process.yml")).Replace("samples: 5", "samples: 7"));

        var rebuild = (await served.Reporter.NextBuildAsync()).Succeeded;
        Assert.Equal([Measured], rebuild.Rendered);
        var warning = Assert.Single(rebuild.Build.Warnings).ToString();
        Assert.StartsWith("_posts/2024-02-14-measured.md:5:14: warning: lab result 'native-start' is stale (spec changed since it was measured: samples", warning);
        Assert.EndsWith("measure it again with: dotnet run --project src/Blog -- lab run native-start", warning);
        Assert.Contains("Start-up: 3 ms", await served.GetAsync("/" + Measured));

        // Measured again for the new spec: fresh, no warning.
        await LabResults.WriteAsync(site.Source, "native-start", 1, 2, 3, 4, 5, 6, 7);

        var measured = (await served.Reporter.NextBuildAsync()).Succeeded;
        Assert.Equal([Measured], measured.Rendered);
        Assert.Empty(measured.Build.Warnings);
        Assert.Equal(ServeEvent.Reload(2), await events.NextAsync());
        Assert.Contains("Start-up: 4 ms", await served.GetAsync("/" + Measured));
    }

    [Fact]
    public async Task A_result_that_cannot_be_read_is_an_error_over_the_page_as_in_a_build()
    {
        var site = LabSite();
        await LabResults.WriteAsync(site.Source, "native-start", 1, 2, 3, 4, 5);
        var (served, events) = await ServeAsync(site);
        await using var _ = served;
        await using var __ = events;

        await File.WriteAllTextAsync(LabResults.PathOf(site.Source, "native-start"), "{ not json");

        var error = Assert.Single((await served.Reporter.NextBuildAsync()).Errors).ToString();
        Assert.StartsWith("_posts/2024-02-14-measured.md:5:14: lab result 'native-start' is missing (the stored result cannot be read", error);
        Assert.Equal(ServeEvent.BuildErrorName, (await events.NextAsync()).Name);
        Assert.Contains("Start-up: 3 ms", await served.GetAsync("/" + Measured));
    }

    [Fact]
    public async Task A_broken_spec_is_an_error_at_its_line_until_it_is_fixed_whatever_changes_meanwhile()
    {
        var site = LabSite();
        await LabResults.WriteAsync(site.Source, "native-start", 1, 2, 3, 4, 5);
        var (served, events) = await ServeAsync(site);
        await using var _ = served;
        await using var __ = events;
        var spec = File.ReadAllText(Path.Combine(site.Source, "_lab/process.yml"));

        site.With("_lab/process.yml", spec.Replace("kind: native-start", "kind: teleport"));
        Assert.StartsWith("_lab/process.yml:2:9: unknown kind 'teleport'", Assert.Single((await served.Reporter.NextBuildAsync()).Errors).ToString());
        Assert.Equal(ServeEvent.BuildErrorName, (await events.NextAsync()).Name);

        // Another file changes: the spec is still broken, and still said so.
        site.With("_posts/2024-02-15-plain.md", "---\nlayout: default\ntitle: Plain\n---\nStill no numbers.\n");
        Assert.StartsWith("_lab/process.yml:2:9: unknown kind 'teleport'", Assert.Single((await served.Reporter.NextBuildAsync()).Errors).ToString());
        Assert.Equal(ServeEvent.BuildErrorName, (await events.NextAsync()).Name);

        site.With("_lab/process.yml", spec);
        var fixedBuild = (await served.Reporter.NextBuildAsync()).Succeeded;
        Assert.Equal([Plain], fixedBuild.Rendered);
        Assert.Equal(ServeEvent.Reload(2), await events.NextAsync());
        Assert.Contains("Still no numbers.", await served.GetAsync("/" + Plain));
    }

    [Fact]
    public async Task A_page_that_declares_its_experiment_in_front_matter_is_rendered_again_when_that_spec_changes()
    {
        var site = LabSite();
        site.With("_posts/2024-02-16-own.md", "---\nlayout: default\ntitle: Own\nlab:\n  - id: own-start\n    kind: native-start\n    samples: 3\n    warmup: 0\n---\nOwn: {{ lab.own_start.start_ms | ms }}\n");
        await LabResults.WriteAsync(site.Source, "native-start", 1, 2, 3, 4, 5);
        await LabResults.WriteAsync(site.Source, "own-start", 7, 8, 9);
        var (served, events) = await ServeAsync(site);
        await using var _ = served;
        await using var __ = events;

        site.With("_posts/2024-02-16-own.md", File.ReadAllText(Path.Combine(site.Source, "_posts/2024-02-16-own.md")).Replace("samples: 3", "samples: 4"));

        // The home page lists the posts' front matter, which changed: it is rendered again for that, as for any front matter edit.
        var rebuild = (await served.Reporter.NextBuildAsync()).Succeeded;
        Assert.Equal(["2024/02/16/own.html", "index.html"], rebuild.Rendered);
        Assert.Contains(rebuild.Build.Warnings, w => w.ToString().Contains("lab result 'own-start' is stale", StringComparison.Ordinal));
    }
}
