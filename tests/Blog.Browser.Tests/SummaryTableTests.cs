using System.Text.RegularExpressions;
using Blog.Browser.Tests.Support;

namespace Blog.Browser.Tests;

/// <summary>
/// The post's summary table against the committed JSON: which result each cell shows is this specification's
/// (native process, JVM, .NET, container, VM × start-up, idle memory, what it boots, the CPU loop); the numbers
/// are read from the results, so the test holds after the lab measures again.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class SummaryTableTests(SiteFixture fixture)
{
    /// <summary>A cell's experiment and metric, and what its "relative to native" figure divides by (null: the experiment's own ratio metric).</summary>
    private sealed record Expected(string Row, string Column, string Id, string Metric, (string Id, string Metric)? Baseline, string? OwnRatio = null);

    private static readonly (string Id, string Metric) NativeStart = ("native-start", "start_ms");
    private static readonly (string Id, string Metric) NativeMemory = ("native-idle-memory", "rss_bytes");
    private static readonly (string Id, string Metric) NativeCpu = ("native-cpu", "workload_ms");

    private static readonly Expected[] Cells =
    [
        new("native", "Start-up", "native-start", "start_ms", NativeStart),
        new("jvm", "Start-up", "jvm-start", "start_ms", NativeStart),
        new("dotnet", "Start-up", "dotnet-start", "start_ms", NativeStart),
        new("container", "Start-up", "container-start", "run_ms", NativeStart),
        new("vm", "Start-up", "vm-boot", "boot_ms", NativeStart),
        new("native", "Idle memory", "native-idle-memory", "rss_bytes", NativeMemory),
        new("jvm", "Idle memory", "jvm-idle-memory", "rss_bytes", NativeMemory),
        new("dotnet", "Idle memory", "dotnet-idle-memory", "rss_bytes", NativeMemory),
        new("container", "Idle memory", "container-idle-memory", "memory_bytes", NativeMemory),
        new("vm", "Idle memory", "vm-idle-memory", "rss_bytes", NativeMemory),
        new("container", "Boots / ships", "container-image", "image_bytes", null),
        new("vm", "Boots / ships", "vm-image-size", "total_bytes", null),
        new("native", "CPU loop", "native-cpu", "workload_ms", NativeCpu),
        new("container", "CPU loop", "container-cpu", "workload_ms", NativeCpu),
        new("vm", "CPU loop", "vm-cpu", "guest_workload_host_observed_ms", null, OwnRatio: "overhead_ratio"),
    ];

    private static readonly (string Row, string Column)[] NotMeasured =
        [("native", "Boots / ships"), ("jvm", "Boots / ships"), ("dotnet", "Boots / ships"), ("jvm", "CPU loop"), ("dotnet", "CPU loop")];

    // Each cell: its row, its column, the median ± IQR, the line under it, and the whole text.
    private const string SummaryCells = """
        () => [...document.querySelectorAll('table.lab-summary tbody tr')].flatMap(tr =>
          [...tr.querySelectorAll('td')].map(td => [tr.dataset.row, td.dataset.label,
            td.querySelector('.lab-median')?.textContent ?? '', td.querySelector('.lab-rel')?.textContent ?? '', td.textContent]))
        """;

    [Fact]
    public async Task The_summary_rows_are_the_five_runtimes_and_its_columns_the_four_properties()
    {
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Url(SiteFixture.PostPath));

        var rows = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('table.lab-summary tbody th')].map(th => th.firstChild.textContent.trim())");
        var columns = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('table.lab-summary thead th')].map(th => th.textContent)");
        await page.CloseAsync();

        Assert.Equal(["Native process", "JVM", ".NET", "Container", "VM"], rows);
        Assert.Equal(["Runs as", "Start-up", "Idle memory", "Boots / ships", "CPU loop"], columns);
    }

    [Fact]
    public async Task Each_summary_cell_shows_the_committed_median_iqr_and_ratio_to_native()
    {
        var committed = CommittedResults.Read();
        CommittedMetric Of(string id, string metric) => committed.Single(c => c.ExperimentId == id && c.Name == metric);
        var page = await fixture.Browser.NewPageAsync();
        await page.GotoAsync(fixture.Url(SiteFixture.PostPath));

        var shown = (await page.EvaluateAsync<string[][]>(SummaryCells)).ToDictionary(c => (c[0], c[1]));
        await page.CloseAsync();

        Assert.Equal(Cells.Length + NotMeasured.Length, shown.Count);
        foreach (var cell in Cells)
        {
            var (median, relative) = (shown[(cell.Row, cell.Column)][2], shown[(cell.Row, cell.Column)][3]);
            var expected = Of(cell.Id, cell.Metric);
            var parts = median.Split('±', StringSplitOptions.TrimEntries);
            Assert.True(DisplayedQuantity.Parse(parts[0]).Shows(expected.Median, expected.Unit), $"{cell.Row}/{cell.Column}: shows {median}, {cell.Id}.{cell.Metric} median is {expected.Median}");
            if (expected.N > 1)
                Assert.True(DisplayedQuantity.Parse(parts[1]).Shows(expected.Iqr, expected.Unit), $"{cell.Row}/{cell.Column}: shows {median}, IQR is {expected.Iqr}");
            else
                Assert.Single(parts);

            double? ratio = cell.OwnRatio is { } own ? Of(cell.Id, own).Median
                : cell.Baseline is { } b && cell.Row != "native" ? expected.Median / Of(b.Id, b.Metric).Median
                : null;
            if (ratio is { } r)
            {
                var figure = Ratio().Match(relative);
                Assert.True(figure.Success && DisplayedQuantity.Parse(figure.Value).Shows(r, "ratio"), $"{cell.Row}/{cell.Column}: shows '{relative}', expected {r:0.###}× native");
            }
            else if (cell.Row == "native")
                Assert.StartsWith("baseline", relative);
            else
                Assert.DoesNotContain("×", relative);

            Assert.True(relative.Contains("busy") == expected.Busy,
                $"{cell.Row}/{cell.Column}: '{relative}' but {cell.Id} was {(expected.Busy ? "" : "not ")}measured on a busy machine (load before {expected.LoadBefore}, {expected.Cores} cores, wait timed out: {expected.WaitTimedOut})");
        }
        foreach (var (row, column) in NotMeasured)
            Assert.StartsWith("— why?", shown[(row, column)][4].Trim());
    }

    [GeneratedRegex(@"^[\d,.]+×")]
    private static partial Regex Ratio();
}
