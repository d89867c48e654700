using System.Text.RegularExpressions;
using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Liquid;

/// <summary>How the lab's numbers read on a page: the summary, the detail tables, the charts and the provenance section.</summary>
public class LabPresentationTests
{
    private static LabResult Result(ExperimentSpec spec, IReadOnlyList<string> runtimes, params (string Name, string Unit, string Description, double[] Samples)[] metrics) =>
        ResultFactory.Create(spec,
            new ExperimentOutcome(metrics.ToDictionary(m => m.Name, m => new MetricSamples(m.Unit, m.Samples, m.Description)), new Dictionary<string, string>()),
            TestData.Provenance, "20261127-210000-abcdef", null, runtimes);

    private static LabResult Busy(LabResult result) =>
        result with { Provenance = result.Provenance with { Load = new MachineLoad(2.5, 3.1) } };

    private static readonly ExperimentSpec ContainerStart = TestData.Spec("container-start", "container-start");

    private static LabResult ContainerStartResult => Result(ContainerStart, ["docker"],
        ("create_ms", "ms", "the create call", [10, 12, 14]),
        ("create_to_exit_ms", "ms", "create → start → exit of busybox true", [280, 297, 310]),
        ("remove_ms", "ms", "force-removing the exited container", [9, 10, 11]),
        ("run_ms", "ms", "create → start → exit → removed (what docker run --rm does)", [290, 308, 320]),
        ("start_ms", "ms", "the start call (runc sets up namespaces and cgroups, execs)", [220, 235, 250]));

    // The summary's experiments: one per row and column, with medians that are easy to divide.
    private static (ExperimentSpec, LabResult?)[] SummaryExperiments()
    {
        ExperimentSpec Spec(string kind) => TestData.Spec(kind, kind);
        (ExperimentSpec, LabResult?) One(string kind, string[] runtimes, string metric, string unit, double median, double spread = 1)
        {
            var spec = Spec(kind);
            return (spec, Result(spec, runtimes, (metric, unit, $"{kind} {metric}", [median - spread, median, median + spread])));
        }
        var vmCpu = Spec("vm-cpu");
        var vmImage = Spec("vm-image-size");
        var image = Spec("container-image");
        return
        [
            One("native-start", ["native"], "start_ms", "ms", 1),
            One("jvm-start", ["jvm"], "start_ms", "ms", 50),
            One("dotnet-start", ["dotnet"], "start_ms", "ms", 30),
            One("container-start", ["docker"], "run_ms", "ms", 300),
            One("vm-boot", ["qemu"], "boot_ms", "ms", 8000, 400),
            One("native-idle-memory", ["native"], "rss_bytes", "bytes", 1 << 20, 0),
            One("jvm-idle-memory", ["jvm"], "rss_bytes", "bytes", 40 << 20, 1 << 20),
            (image, Result(image, ["docker"], ("image_bytes", "bytes", "size of the image", [2 << 20]))),
            (vmImage, Result(vmImage, ["qemu"],
                ("initramfs_bytes", "bytes", "initramfs: busybox-static and /init", [1 << 20]),
                ("kernel_bytes", "bytes", "compressed kernel (vmlinuz)", [8 << 20]),
                ("total_bytes", "bytes", "everything the guest boots from", [9 << 20]))),
            One("native-cpu", ["native"], "workload_ms", "ms", 500, 10),
            One("container-cpu", ["docker"], "workload_ms", "ms", 550, 10),
            (vmCpu, Result(vmCpu, ["qemu", "native"],
                ("guest_workload_host_observed_ms", "ms", "the loop in the guest", [7900, 8000, 8100]),
                ("native_workload_ms", "ms", "the loop natively, before each guest run", [490, 500, 510]),
                ("overhead_ratio", "ratio", "guest time / native time", [15, 16, 17]))),
        ];
    }

    private static string Row(string html, string key) => Regex.Match(html, $"<tr data-row=\"{key}\">.*?</tr>").Value;

    private static string Cell(string html, string row, string column) =>
        Regex.Match(Row(html, row), $"<td [^>]*data-label=\"{Regex.Escape(column)}\"[^>]*>(.*?)</td>").Groups[1].Value;

    private static string Text(string html) => Regex.Replace(Regex.Replace(html, "<[^>]+>", " "), "\\s+", " ").Trim();

    [Fact]
    public async Task The_table_lists_a_container_s_metrics_in_the_order_things_happen()
    {
        var html = await LabPage.With((ContainerStart, ContainerStartResult)).RenderAsync("{% lab_table container-start %}");

        var order = Regex.Matches(html, "data-metric=\"([a-z_]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["create_ms", "start_ms", "create_to_exit_ms", "remove_ms", "run_ms"], order);
    }

    [Fact]
    public async Task A_row_is_named_by_its_short_description_and_the_full_one_is_in_the_notes()
    {
        var html = await LabPage.With((ContainerStart, ContainerStartResult)).RenderAsync("{% lab_table container-start %}");

        Assert.Contains("<th scope=\"row\">create → start → exit → removed</th>", html);
        Assert.Contains("<details class=\"lab-notes\"><summary>What each row measures</summary>", html);
        Assert.Contains("<dd>create → start → exit → removed (what docker run --rm does)</dd>", html);
        Assert.DoesNotContain("<dd>the create call</dd>", html); // the short name says it all
    }

    [Fact]
    public async Task A_value_measured_once_is_shown_alone_without_iqr_or_interval()
    {
        var spec = TestData.Spec("container-image", "container-image");
        var html = await LabPage.With((spec, Result(spec, ["docker"], ("image_bytes", "bytes", "size of the image", [1_982_256]))))
            .RenderAsync("{% lab_table container-image %}");

        var row = Regex.Match(html, "<tr data-experiment=\"container-image\".*?</tr>").Value;
        Assert.Equal("size of the image 1.89 MiB", Text(row));
        Assert.Contains("measured once", html);
        Assert.DoesNotContain("±", row);
        Assert.DoesNotContain("CI of the mean", html);
    }

    [Theory]
    [InlineData(8006.6, 830.4, "ms", "8.01 s ± 0.83 s")]
    [InlineData(297, 42.9, "ms", "297 ms ± 42.9 ms")]
    [InlineData(577_536, 55_296, "bytes", "564 KiB ± 54 KiB")]
    [InlineData(38_291_456, 141_312, "bytes", "36.5 MiB ± 0.135 MiB")]
    public async Task Each_value_is_shown_in_the_unit_its_median_reads_best_in(double median, double iqr, string unit, string shown)
    {
        var spec = TestData.Spec("x", "x");
        var html = await LabPage.With((spec, Result(spec, ["native"], ("m", unit, "m", [median - iqr, median - iqr / 2, median, median + iqr / 2, median + iqr]))))
            .RenderAsync("{% lab_table x %}");

        Assert.Equal(shown, Text(Regex.Match(html, "<td class=\"lab-num lab-median\"[^>]*>(.*?)</td>").Groups[1].Value));
    }

    [Fact]
    public async Task The_summary_has_a_row_per_runtime_and_a_column_per_property()
    {
        var html = await LabPage.With(SummaryExperiments()).RenderAsync("{% lab_summary %}");

        Assert.Equal(["Native process", "JVM", ".NET", "Container", "VM under TCG (software emulation)"],
            Regex.Matches(html, "<th scope=\"row\">(.*?)</th>").Select(m => Text(m.Groups[1].Value)));
        Assert.Equal(["Runs as", "Start-up", "Idle memory", "Boots / ships", "CPU loop"],
            Regex.Matches(html, "<th scope=\"col\">(.*?)</th>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task A_summary_cell_is_median_plus_minus_iqr_and_its_ratio_to_the_native_median()
    {
        var html = await LabPage.With(SummaryExperiments()).RenderAsync("{% lab_summary %}");

        Assert.Equal("50 ms ± 1 ms 50× native", Text(Cell(html, "jvm", "Start-up")));
        Assert.Equal("1 ms ± 1 ms baseline", Text(Cell(html, "native", "Start-up")));
        Assert.Equal("40 MiB ± 1 MiB 40× native", Text(Cell(html, "jvm", "Idle memory")));
        Assert.Equal("550 ms ± 10 ms 1.1× native", Text(Cell(html, "container", "CPU loop")));
    }

    [Fact]
    public async Task The_vm_s_cpu_loop_is_compared_with_the_native_loop_it_measured_side_by_side()
    {
        var html = await LabPage.With(SummaryExperiments()).RenderAsync("{% lab_summary %}");

        Assert.Equal("8 s ± 0.1 s 16× native, side by side", Text(Cell(html, "vm", "CPU loop")));
    }

    [Fact]
    public async Task What_a_vm_boots_from_is_its_total_and_its_parts_measured_once()
    {
        var html = await LabPage.With(SummaryExperiments()).RenderAsync("{% lab_summary %}");

        Assert.Equal("9 MiB compressed kernel 8 MiB + initramfs 1 MiB", Text(Cell(html, "vm", "Boots / ships")));
        Assert.Equal("2 MiB", Text(Cell(html, "container", "Boots / ships")));
    }

    [Fact]
    public async Task A_cell_no_experiment_measures_is_an_em_dash_with_the_reason()
    {
        var html = await LabPage.With(SummaryExperiments()).RenderAsync("{% lab_summary %}");

        Assert.Equal("— why?", Text(Cell(html, "jvm", "CPU loop")));
        Assert.Matches("<li id=\"lab-summary-[0-9a-f]+-missing-cpu\">— CPU loop of JVM and .NET: not measured: the loop is a busybox shell script", html);
        Assert.Equal("— why?", Text(Cell(html, "dotnet", "Idle memory")));
    }

    [Fact]
    public async Task The_summary_mentions_load_only_for_cells_measured_on_a_busy_machine()
    {
        var experiments = SummaryExperiments();
        var quiet = await LabPage.With(experiments).RenderAsync("{% lab_summary %}");
        experiments[1] = (experiments[1].Item1, Busy(experiments[1].Item2!)); // jvm-start

        var html = await LabPage.With(experiments).RenderAsync("{% lab_summary %}");

        Assert.DoesNotContain("lab-busy", quiet);
        Assert.DoesNotContain("was busy", quiet);
        Assert.Equal("50 ms ± 1 ms 50× native · busy", Text(Cell(html, "jvm", "Start-up")));
        Assert.DoesNotContain("lab-busy", Cell(html, "dotnet", "Start-up"));
        Assert.Contains("the machine was busy while jvm-start ran (1-minute load average before them up to 2.5 on 2 cores, above the quiet limit of 1.5)", html);
    }

    [Fact]
    public async Task The_summary_takes_the_ids_it_is_given()
    {
        var html = await LabPage.With(SummaryExperiments()).RenderAsync("{% lab_summary native-start jvm-start %}");

        Assert.Equal(2, Regex.Matches(html, "<tr data-row=").Count);
        Assert.Equal(["Runs as", "Start-up"], Regex.Matches(html, "<th scope=\"col\">(.*?)</th>").Select(m => m.Groups[1].Value));
    }

    [Fact]
    public async Task Chart_labels_are_wrapped_to_the_chart_s_width()
    {
        var spec = TestData.Spec("vm-boot", "vm-boot") with { Title = "Boot to userspace" };
        var result = Result(spec, ["qemu"],
            ("boot_ms", "ms", "wall time from starting QEMU to the guest's first userspace line, under TCG (software emulation)", [7000, 8000, 9000]),
            ("guest_uptime_ms", "ms", "the guest kernel's own uptime when init spoke (10 ms steps)", [2800, 2840, 2900]));

        var svg = await LabPage.With((spec, result)).RenderAsync("{% lab_chart vm-boot:boot_ms vm-boot:guest_uptime_ms %}");

        var lines = Regex.Matches(svg, "<tspan[^>]*>(.*?)</tspan>").Select(m => m.Groups[1].Value).ToList();
        Assert.True(lines.Count > 2, "the long labels should wrap");
        var width = double.Parse(Regex.Match(svg, "viewBox=\"0 0 ([0-9.]+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(lines, line => Assert.True(line.Length * 0.62 * 13 <= width, $"'{line}' is wider than the chart"));
        Assert.Contains(">8 s</text>", svg);    // the median, in the axis's unit
        Assert.Contains(">seconds</text>", svg); // and that unit, once
    }

    [Fact]
    public async Task A_table_measured_away_from_where_most_results_were_says_so_and_the_others_do_not()
    {
        LabResult On(ExperimentSpec spec, string host) => TestData.Result(spec) with { Provenance = TestData.Provenance with { Host = host } };
        var (a, b, c) = (TestData.Spec("a", "native-start"), TestData.Spec("b", "native-start"), TestData.Spec("c", "native-start"));
        var page = LabPage.With((a, On(a, "labhost")), (b, On(b, "labhost")), (c, On(c, "big-box")));

        Assert.Contains("Not measured on labhost like the rest: c on big-box (Test CPU @ 2.0GHz, 2 cores, 8 GiB (big-box)).", await page.RenderAsync("{% lab_table c %}"));
        Assert.DoesNotContain("lab-note", await page.RenderAsync("{% lab_table a b %}"));
    }

    [Fact]
    public async Task The_provenance_section_without_ids_covers_every_experiment_the_page_uses()
    {
        const string source = "---\n---\nJVM: {{ lab.jvm_start.start_ms }}\n\n{% lab_table native-start %}\n\n{% lab_provenance %}\n";
        var jvm = TestData.Spec("jvm-start", "jvm-start");
        var native = TestData.Spec("native-start", "native-start");
        var vm = TestData.Spec("vm-boot", "vm-boot");
        var page = new LabPage(LabPage.Data((jvm, TestData.Result(jvm, ["jvm"])), (native, TestData.Result(native)), (vm, TestData.Result(vm, ["qemu"]))),
            _ => ValueTask.FromResult<string?>(source));

        var html = await page.RenderAsync("{% lab_provenance %}", "_posts/p.md");

        Assert.Contains("<section class=\"lab-provenance\" id=\"how-this-was-measured\"", html);
        Assert.Contains("<dt>Samples</dt><dd>5 runs: jvm-start, native-start", html);
        Assert.Contains("lab run --force jvm-start native-start\n", html);
        Assert.DoesNotContain("vm-boot", html);
    }

    [Fact]
    public async Task The_provenance_of_every_declared_experiment_is_measured_again_with_one_short_command()
    {
        var jvm = TestData.Spec("jvm-start", "jvm-start");
        var html = await LabPage.With((jvm, TestData.Result(jvm, ["jvm"]))).RenderAsync("{% lab_provenance jvm-start heading=false %}");

        Assert.Contains("<pre><code>dotnet run --project src/Blog -- lab run --force\ndotnet run --project src/Blog</code></pre>", html);
        Assert.StartsWith("<div class=\"lab-provenance\">", html); // the page wrote the heading
        Assert.Contains("Re-run these numbers", html);
    }
}
