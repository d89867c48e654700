using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Processes;
using Blog.Lab.Specs;
using Blog.Lab.Tests.Running;

namespace Blog.Lab.Tests.Experiments;

/// <summary>The native, JVM and .NET experiments, run for real with a few samples.</summary>
public sealed class ProcessExperimentTests : IDisposable
{
    private readonly string _work = TestData.TemporaryDirectory();

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private static ProcessWorkloadExperiment Workload(ProcessProgram program, ProcessWorkload workload) => new(program, workload);

    private async Task<IReadOnlyList<double>> Measure(IExperiment experiment, string metric, int samples = 3)
    {
        var spec = new ExperimentSpec { Id = experiment.Kind, Kind = experiment.Kind, Samples = samples, Warmup = 1, Timeout = TimeSpan.FromSeconds(60) };
        var outcome = await experiment.RunAsync(spec, new LabContext("test", _work, new SynchronousProgress<SampleProgress>(_ => { })), default);
        return outcome.Metrics[metric].Samples;
    }

    [Fact]
    public async Task A_native_start_takes_some_time_but_well_under_a_second()
    {
        var samples = await Measure(Workload(ProcessPrograms.Native, ProcessWorkload.Start), "start_ms");
        Assert.Equal(3, samples.Count);
        Assert.All(samples, ms => Assert.InRange(ms, 0.01, 1000));
    }

    [Fact]
    public async Task The_native_cpu_workload_costs_more_than_starting_the_same_program()
    {
        var start = (await Measure(Workload(ProcessPrograms.Native, ProcessWorkload.Start), "start_ms")).Min();
        var workload = (await Measure(new NativeCpuExperiment(), "workload_ms", samples: 2)).Min();
        Assert.True(workload > 10 * start, $"workload {workload} ms vs start {start} ms");
    }

    [Fact]
    public async Task A_sleeping_native_process_holds_some_memory_but_under_ten_mebibytes()
    {
        var rss = await Measure(Workload(ProcessPrograms.Native, ProcessWorkload.IdleMemory), "rss_bytes", samples: 2);
        Assert.All(rss, bytes => Assert.InRange(bytes, 4096, 10 << 20));
    }

    [Fact]
    public async Task An_idle_JVM_holds_more_memory_than_an_idle_native_process()
    {
        var native = (await Measure(Workload(ProcessPrograms.Native, ProcessWorkload.IdleMemory), "rss_bytes", samples: 2)).Max();
        var jvm = (await Measure(Workload(ProcessPrograms.Jvm, ProcessWorkload.IdleMemory), "rss_bytes", samples: 2)).Min();
        Assert.True(jvm > 5 * native, $"JVM {jvm} B vs native {native} B");
    }

    [Fact]
    public async Task A_JVM_starts_slower_than_a_native_process()
    {
        var native = (await Measure(Workload(ProcessPrograms.Native, ProcessWorkload.Start), "start_ms")).Median();
        var jvm = await Measure(Workload(ProcessPrograms.Jvm, ProcessWorkload.Start), "start_ms", samples: 2);
        Assert.All(jvm, ms => Assert.True(ms > native, $"JVM {ms} ms vs native {native} ms"));
    }

    [Fact]
    public async Task An_idle_dotnet_process_holds_more_memory_than_an_idle_native_process()
    {
        var native = (await Measure(Workload(ProcessPrograms.Native, ProcessWorkload.IdleMemory), "rss_bytes", samples: 2)).Max();
        var dotnet = (await Measure(Workload(ProcessPrograms.Dotnet, ProcessWorkload.IdleMemory), "rss_bytes", samples: 2)).Min();
        Assert.True(dotnet > 5 * native, $".NET {dotnet} B vs native {native} B");
    }

    [Fact]
    public async Task A_dotnet_start_completes_and_is_timed()
    {
        var samples = await Measure(Workload(ProcessPrograms.Dotnet, ProcessWorkload.Start), "start_ms", samples: 2);
        Assert.All(samples, ms => Assert.InRange(ms, 1, 30_000));
    }

    [Fact]
    public async Task No_measured_process_is_left_running()
    {
        await Measure(Workload(ProcessPrograms.Jvm, ProcessWorkload.IdleMemory), "rss_bytes", samples: 1);
        await Measure(Workload(ProcessPrograms.Native, ProcessWorkload.IdleMemory), "rss_bytes", samples: 1);
        Assert.Empty(ChildrenOf(Environment.ProcessId));
    }

    [Fact]
    public async Task A_cancelled_idle_measurement_kills_its_process()
    {
        using var cts = new CancellationTokenSource();
        var experiment = Workload(ProcessPrograms.Jvm, ProcessWorkload.IdleMemory);
        var spec = new ExperimentSpec { Id = "j", Kind = experiment.Kind, Samples = 1, Warmup = 0, Parameters = new Dictionary<string, string> { ["settle"] = "10m" } };
        var context = new LabContext("test", _work, new SynchronousProgress<SampleProgress>(_ => { }));
        var run = experiment.RunAsync(spec, context, cts.Token);
        while (!ChildrenOf(Environment.ProcessId).Any(c => c.Contains("Tiny"))) await Task.Delay(50);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.Empty(ChildrenOf(Environment.ProcessId));
    }

    /// <summary>Command lines of the live (non-zombie) children of <paramref name="pid"/>.</summary>
    private static IReadOnlyList<string> ChildrenOf(int pid) =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit))
            .Select(n => (Stat: Read($"/proc/{n}/stat"), Cmd: Read($"/proc/{n}/cmdline").Replace('\0', ' ')))
            .Where(p => p.Stat.Length > 0)
            .Where(p =>
            {
                var fields = p.Stat[(p.Stat.LastIndexOf(')') + 2)..].Split(' ');
                return fields[0] != "Z" && fields[1] == pid.ToString();
            })
            .Select(p => p.Cmd)
            .ToList();

    private static string Read(string path)
    {
        try { return File.ReadAllText(path); } catch (IOException) { return ""; } catch (UnauthorizedAccessException) { return ""; }
    }
}

internal static class SampleExtensions
{
    public static double Median(this IReadOnlyList<double> samples) => Blog.Lab.Measurement.Statistics.Summarize(samples).Median;
}
