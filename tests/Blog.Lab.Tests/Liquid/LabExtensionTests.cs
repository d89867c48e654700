using System.Text.RegularExpressions;
using Blog.Lab.Results;
using Blog.Site.Diagnostics;

namespace Blog.Lab.Tests.Liquid;

public class LabExtensionTests
{
    private static readonly Blog.Lab.Specs.ExperimentSpec Jvm = TestData.Spec("jvm-start", "jvm-start");
    private static readonly Blog.Lab.Specs.ExperimentSpec Native = TestData.Spec("native-start", "native-start");
    private static readonly Blog.Lab.Specs.ExperimentSpec Vm = TestData.Spec("vm-boot", "vm-boot");

    private static LabPage Page() => LabPage.With(
        (Jvm, TestData.Result(Jvm, ["jvm"], "start_ms", "ms", 200, 210, 220, 230, 240)),
        (Native, TestData.Result(Native, ["native"], "start_ms", "ms", 1, 1.5, 2, 2.5, 3)),
        (Vm, TestData.Result(Vm, ["qemu"], "boot_ms", "ms", 4000, 4100, 4200, 4300, 4400)));

    [Fact]
    public async Task A_metric_field_is_its_number() =>
        Assert.Equal("220", await Page().RenderAsync("{{ lab.jvm_start.start_ms.median }}"));

    [Fact]
    public async Task A_bare_metric_prints_its_median_with_its_unit() =>
        Assert.Equal("220 ms", await Page().RenderAsync("{{ lab.jvm_start.start_ms }}"));

    [Theory]
    [InlineData("{{ lab.jvm_start.start_ms.median | ms }}", "220 ms")]
    [InlineData("{{ lab.vm_boot.boot_ms.median | s }}", "4.2 s")]
    [InlineData("{{ 43253760 | mib }}", "41.2 MiB")]
    [InlineData("{{ lab.jvm_start.start_ms.median | ratio: lab.native_start.start_ms.median }}", "110×")]
    [InlineData("{{ lab.jvm_start.start_ms | ci }}", "± 19.6 ms")]
    [InlineData("{{ 1234567 | number }}", "1,234,567")]
    [InlineData("{{ lab.jvm_start.start_ms.n }}", "5")]
    [InlineData("{{ lab.jvm_start.start_ms.unit }}", "ms")]
    public async Task Filters_and_fields_format_lab_values(string template, string expected) =>
        Assert.Equal(expected, await Page().RenderAsync(template));

    [Fact]
    public async Task Facts_and_provenance_are_reachable() =>
        Assert.Equal("6.1.0-test TCG (software emulation) Test CPU @ 2.0GHz",
            await Page().RenderAsync("{{ lab.vm_boot.facts.kernel }} {{ lab.vm_boot.provenance.accelerator }} {{ lab.vm_boot.provenance.cpu }}"));

    [Fact]
    public async Task A_missing_result_fails_the_page_with_the_id_and_the_command()
    {
        var spec = TestData.Spec("container-start", "container-start");
        var page = LabPage.With((spec, null));

        await page.RenderAsync("{{ lab.container_start.start_ms.median }}", "_posts/p.md");

        var error = Assert.Single(page.Diagnostics.Errors);
        Assert.Equal("_posts/p.md:0:0: lab result 'container-start' is missing (never measured); measure it with: dotnet run --project src/Blog -- lab run container-start",
            error.ToString());
    }

    [Fact]
    public async Task A_missing_result_is_reported_at_the_line_and_column_of_its_use_in_the_page()
    {
        var spec = TestData.Spec("container-start", "container-start");
        const string source = "---\ntitle: Containers\n---\nA container starts in {{ lab.container_start.start_ms | ms }}.\n";
        var page = new LabPage(LabPage.Data((spec, null)), path => ValueTask.FromResult<string?>(path == "_posts/p.md" ? source : null));

        await page.RenderAsync(source[source.IndexOf("A container", StringComparison.Ordinal)..], "_posts/p.md");

        Assert.StartsWith("_posts/p.md:4:26: lab result 'container-start' is missing (never measured); measure it with: dotnet run --project src/Blog -- lab run container-start",
            Assert.Single(page.Diagnostics.Errors).ToString());
    }

    [Fact]
    public async Task A_missing_result_named_by_a_tag_is_reported_at_the_id_in_the_tag()
    {
        var spec = TestData.Spec("vm-boot", "vm-boot");
        const string source = "---\ntitle: VMs\n---\nBoot times:\n\n{% lab_chart metric=boot_ms vm-boot %}\n";
        var page = new LabPage(LabPage.Data((spec, null)), _ => ValueTask.FromResult<string?>(source));

        await page.RenderAsync("{% lab_chart metric=boot_ms vm-boot %}", "_posts/p.md");

        Assert.StartsWith("_posts/p.md:6:29: lab result 'vm-boot' is missing", Assert.Single(page.Diagnostics.Errors).ToString());
    }

    [Fact]
    public async Task A_use_the_page_text_does_not_show_is_reported_against_the_page_alone()
    {
        var page = new LabPage(LabPage.Data((TestData.Spec("vm-boot", "vm-boot"), null)), _ => ValueTask.FromResult<string?>("no lab here"));

        await page.RenderAsync("{{ lab.vm_boot }}", "_posts/p.md");

        Assert.StartsWith("_posts/p.md:0:0: lab result 'vm-boot' is missing", Assert.Single(page.Diagnostics.Errors).ToString());
    }

    [Fact]
    public async Task A_mistake_in_using_a_result_is_reported_at_the_use_of_its_experiment()
    {
        const string source = "---\n---\nIntro\n\nBoot: {{ lab.vm_boot.boot_ms.medain }}\n";
        var page = new LabPage(LabPage.Data((Vm, TestData.Result(Vm, ["qemu"], "boot_ms", "ms", 4000, 4100))), _ => ValueTask.FromResult<string?>(source));

        await page.RenderAsync("Boot: {{ lab.vm_boot.boot_ms.medain }}", "_posts/p.md");

        Assert.StartsWith("_posts/p.md:5:10: lab metric 'vm-boot.boot_ms' has no 'medain'", Assert.Single(page.Diagnostics.Errors).ToString());
    }

    [Fact]
    public async Task A_stale_result_renders_and_warns()
    {
        var page = LabPage.With((Jvm with { Samples = 50 }, TestData.Result(Jvm, ["jvm"], "start_ms", "ms", 1, 2, 3)));

        Assert.Equal("2", await page.RenderAsync("{{ lab.jvm_start.start_ms.median }}"));

        Assert.False(page.Diagnostics.HasErrors);
        Assert.Contains("lab result 'jvm-start' is stale (spec changed since it was measured: samples 5 → 50)",
            Assert.Single(page.Diagnostics.Warnings).Message);
    }

    [Fact]
    public async Task An_undeclared_experiment_is_an_error()
    {
        var page = Page();
        await page.RenderAsync("{{ lab.warp_drive.start_ms }}");
        Assert.Contains("'warp-drive', which neither input/_lab/*.yml nor a page's lab: front matter declares", Assert.Single(page.Diagnostics.Errors).Message);
    }

    [Fact]
    public async Task An_unknown_metric_is_an_error_naming_the_ones_there_are()
    {
        var page = Page();
        await page.RenderAsync("{{ lab.jvm_start.boot_ms }}");
        Assert.Contains("has no 'boot_ms' (metrics: start_ms", Assert.Single(page.Diagnostics.Errors).Message);
    }

    [Fact]
    public async Task The_table_names_each_experiment_once_and_shows_each_metric_as_median_plus_minus_iqr_and_the_ci()
    {
        var html = await Page().RenderAsync("{% lab_table native-start jvm-start %}");

        Assert.Contains("<table class=\"lab-table\">", html);
        Assert.Contains("<tr class=\"lab-group\"><th scope=\"colgroup\" colspan=\"3\">A jvm-start <span class=\"lab-runs\">5 runs</span></th></tr>", html);
        Assert.Contains("<th scope=\"row\">test metric</th><td class=\"lab-num lab-median\" data-label=\"Median ± IQR\"><span class=\"lab-whole\">220 ms</span> <span class=\"lab-whole lab-iqr\">± 20 ms</span></td><td class=\"lab-num lab-spread\" data-label=\"95% CI of the mean\">200–240 ms</td>", html);
        Assert.Single(Regex.Matches(html, ">A jvm-start "));
        Assert.Equal(2, Regex.Matches(html, "<th scope=\"row\">").Count);
    }

    [Fact]
    public async Task The_table_caption_links_to_the_page_s_provenance_section_instead_of_repeating_it()
    {
        const string source = "---\n---\n{% lab_table native-start jvm-start %}\n\n{% lab_provenance %}\n";
        var page = new LabPage(LabPage.Data((Jvm, TestData.Result(Jvm, ["jvm"])), (Native, TestData.Result(Native))), _ => ValueTask.FromResult<string?>(source));

        var html = await page.RenderAsync("{% lab_table native-start jvm-start %}", "_posts/p.md");

        Assert.Contains("<a class=\"lab-how\" href=\"#how-this-was-measured\">How this was measured</a>", html);
        Assert.DoesNotContain("Test CPU", html);
    }

    [Fact]
    public async Task Lab_html_has_no_blank_line_that_would_end_a_markdown_html_block()
    {
        var html = await Page().RenderAsync("{% lab_table jvm-start %}{% lab_chart metric=start_ms jvm-start native-start %}{% lab_provenance jvm-start vm-boot %}");
        Assert.DoesNotContain("\n\n", html);
    }

    [Fact]
    public async Task Chart_bars_have_a_positive_width_and_no_inline_style()
    {
        var svg = await Page().RenderAsync("{% lab_chart metric=start_ms native-start jvm-start %}");

        var widths = Regex.Matches(svg, "<rect class=\"lab-bar[^>]* width=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.All(widths, w => Assert.True(w > 0));
        Assert.DoesNotContain("style=", svg);
        Assert.DoesNotContain("<script", svg);
    }

    [Fact]
    public async Task A_chart_whose_values_span_orders_of_magnitude_uses_a_labelled_log_scale()
    {
        var svg = await Page().RenderAsync("{% lab_chart native-start:start_ms vm-boot:boot_ms %}");
        Assert.Contains("logarithmic scale", svg);
        Assert.Contains(">1</text>", svg);
        Assert.Contains(">10,000</text>", svg);
        Assert.Contains(">milliseconds, logarithmic scale", svg);
        Assert.DoesNotContain(" s</text>", svg); // one unit on the axis: never 1,000 ms beside 10 s
    }

    [Fact]
    public async Task A_chart_of_close_values_uses_a_linear_scale_from_zero()
    {
        var svg = await Page().RenderAsync("{% lab_chart metric=start_ms jvm-start %}");
        Assert.DoesNotContain("logarithmic", svg);
        Assert.Contains(">0</text>", svg);
        Assert.Contains(">milliseconds</text>", svg);
    }

    [Fact]
    public async Task A_chart_takes_a_quoted_title() =>
        Assert.Contains(">Start-up time &amp; more</title>",
            await Page().RenderAsync("{% lab_chart metric=start_ms title=\"Start-up time & more\" native-start jvm-start %}"));

    [Fact]
    public async Task A_memory_chart_has_round_mebibyte_ticks()
    {
        var native = TestData.Spec("native-idle-memory", "native-idle-memory");
        var jvm = TestData.Spec("jvm-idle-memory", "jvm-idle-memory");
        var page = LabPage.With(
            (native, TestData.Result(native, ["native"], "rss_bytes", "bytes", 1_478_656, 1_478_656)),
            (jvm, TestData.Result(jvm, ["jvm"], "rss_bytes", "bytes", 38_289_408, 38_300_000)));

        var svg = await page.RenderAsync("{% lab_chart metric=rss_bytes native-idle-memory jvm-idle-memory %}");

        Assert.Contains(">10</text>", svg);
        Assert.Contains(">40</text>", svg);
        Assert.Contains(">MiB</text>", svg);
    }

    [Fact]
    public async Task A_longer_median_draws_a_longer_bar()
    {
        var svg = await Page().RenderAsync("{% lab_chart metric=start_ms native-start jvm-start %}");
        var widths = Regex.Matches(svg, "<rect class=\"lab-bar[^>]* width=\"([0-9.]+)\"").Select(m => double.Parse(m.Groups[1].Value)).ToList();
        Assert.True(widths[1] > widths[0]);
    }

    [Fact]
    public async Task A_vm_bar_is_labelled_with_its_accelerator()
    {
        var svg = await Page().RenderAsync("{% lab_chart metric=start_ms native-start vm-boot:boot_ms %}");
        var labels = Regex.Matches(svg, "<text class=\"lab-label\"[^>]*>(.*?)</text>").Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", " ")).ToList();
        Assert.Contains(labels, l => Regex.Replace(l, "\\s+", " ").Contains("A vm-boot (TCG (software emulation))"));
    }

    [Fact]
    public async Task The_provenance_box_names_the_accelerator_and_the_command_that_measures_again()
    {
        var html = await Page().RenderAsync("{% lab_provenance jvm-start vm-boot %}");
        Assert.Contains("<dt>VM accelerator</dt><dd>TCG (software emulation)</dd>", html);
        Assert.Contains("<dt>Runtimes</dt><dd>OpenJDK 17.0.15, QEMU 7.2.0, accelerator TCG (software emulation)</dd>", html);
        Assert.Contains("<pre><code>dotnet run --project src/Blog -- lab run --force jvm-start vm-boot\n", html);
    }

    [Fact]
    public async Task A_table_says_the_machine_was_busy_only_when_the_load_before_it_was_above_the_quiet_limit()
    {
        // The load after a run is the run's own doing (a JVM warms two cores); only the load before it competed.
        var quiet = TestData.Result(Jvm) with { Provenance = TestData.Provenance with { Load = new Blog.Lab.Measurement.MachineLoad(1.5, 2.4) } };
        var busy = TestData.Result(Native) with { Provenance = TestData.Provenance with { Load = new Blog.Lab.Measurement.MachineLoad(2.4, 1.2) } };
        var page = LabPage.With((Jvm, quiet), (Native, busy));

        Assert.DoesNotContain("busy", await page.RenderAsync("{% lab_table jvm-start %}"));
        Assert.Contains("The machine was busy while these ran (1-minute load average before them up to 2.4 on 2 cores, above the quiet limit of 1.5)",
            await page.RenderAsync("{% lab_table native-start %}"));
        Assert.Contains("busy while native-start ran", await page.RenderAsync("{% lab_table jvm-start native-start %}"));
    }

    [Fact]
    public async Task A_table_says_the_machine_was_busy_when_the_lab_s_wait_for_quiet_timed_out()
    {
        var timedOut = TestData.Result(Native) with
        {
            Provenance = TestData.Provenance with { Load = new Blog.Lab.Measurement.MachineLoad(0.9, 0.9) },
            Conditions = new Blog.Lab.Measurement.MeasurementConditions { Settled = false, WaitedSeconds = 180, LoadAtWaitStart = 0.9, Reason = "idle 40%",
                Thresholds = new Blog.Lab.Measurement.SettleThresholds(0.9, 1.5, 3, 1, 180) },
        };

        var html = await LabPage.With((Native, timedOut)).RenderAsync("{% lab_table native-start %}{% lab_provenance native-start %}");

        Assert.Contains("The machine was busy while these ran", html);
        Assert.Contains("busy (above 1.5 before the run, or the wait for quiet timed out) during native-start.", html);
    }

    [Fact]
    public async Task The_provenance_box_shows_the_load_range_and_each_result_s_load_before_and_after()
    {
        var result = TestData.Result(Jvm) with { Provenance = TestData.Provenance with { Load = new Blog.Lab.Measurement.MachineLoad(0.05, 0.4) } };

        var html = await LabPage.With((Jvm, result)).RenderAsync("{% lab_provenance jvm-start %}");

        Assert.Contains("<dt>Machine load</dt><dd>1-min load average 0.05–0.4 before and after each run; the machine was quiet (at most 1.5 before each run) throughout.", html);
        Assert.Contains("<p>jvm-start: 0.05 → 0.4</p>", html);
    }

    [Fact]
    public async Task A_result_without_a_recorded_load_shows_none() =>
        Assert.DoesNotContain("load average", await Page().RenderAsync("{% lab_table jvm-start %}{% lab_provenance jvm-start %}"));

    [Fact]
    public async Task Results_from_several_engine_hosts_sit_side_by_side_with_their_host_named()
    {
        var local = TestData.Spec("container-start-here", "container-start");
        var remote = TestData.Spec("container-start-big", "container-start");
        LabResult On(Blog.Lab.Specs.ExperimentSpec spec, string host) => TestData.Result(spec, ["docker"]) with
        {
            Provenance = TestData.Provenance with
            {
                Runtimes = new Dictionary<string, IReadOnlyDictionary<string, string>>
                {
                    ["docker"] = new Dictionary<string, string> { [Blog.Lab.Measurement.ProvenanceKeys.DockerHost] = host, ["docker_endpoint"] = "ssh://root@" + host },
                },
            },
        };

        var html = await LabPage.With((local, On(local, "labhost")), (remote, On(remote, "big-box"))).RenderAsync("{% lab_table container-start-here container-start-big %}");

        Assert.Contains("A container-start-here <span class=\"lab-runs\">5 runs</span> <span class=\"lab-host\">on labhost</span>", html);
        Assert.Contains("A container-start-big <span class=\"lab-runs\">5 runs</span> <span class=\"lab-host\">on big-box</span>", html);
    }

    [Fact]
    public async Task Results_from_one_host_name_no_host() =>
        Assert.DoesNotContain("lab-host", await Page().RenderAsync("{% lab_table jvm-start native-start vm-boot %}"));

    [Fact]
    public async Task A_tag_naming_a_missing_result_fails_the_page()
    {
        var page = LabPage.With((TestData.Spec("vm-boot", "vm-boot"), null));
        await page.RenderAsync("{% lab_table vm-boot %}");
        Assert.Contains("lab run vm-boot", Assert.Single(page.Diagnostics.Errors).Message);
    }

    [Fact]
    public async Task Text_from_results_is_html_escaped()
    {
        var spec = TestData.Spec("x", "x") with { Title = "<script>alert(1)</script> & co" };
        var page = LabPage.With((spec, TestData.Result(spec)));
        var html = await page.RenderAsync("{% lab_table x %}{% lab_chart x %}");
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", html);
    }
}
