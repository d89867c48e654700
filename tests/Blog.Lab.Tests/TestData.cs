using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Specs;

namespace Blog.Lab.Tests;

/// <summary>Specs, provenance and results for tests that are about storage and presentation, not measuring.</summary>
internal static class TestData
{
    public static ExperimentSpec Spec(string id = "native-start", string kind = "native-start", int samples = 5) =>
        new() { Id = id, Kind = kind, Title = "A " + id, Samples = samples, Warmup = 1, Timeout = TimeSpan.FromSeconds(10) };

    public static Provenance Provenance => new()
    {
        Host = "labhost",
        Cpu = "Test CPU @ 2.0GHz",
        Cores = 2,
        MemoryBytes = 8L << 30,
        Os = "Debian GNU/Linux 12 (bookworm)",
        Kernel = "6.1.0-test",
        Date = new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero),
        LabVersion = "1.0.0",
        Runtimes = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["qemu"] = new Dictionary<string, string> { [ProvenanceKeys.Qemu] = "QEMU 7.2.0", [ProvenanceKeys.Accelerator] = "TCG (software emulation)" },
            ["jvm"] = new Dictionary<string, string> { [ProvenanceKeys.Java] = "OpenJDK 17.0.15" },
        },
    };

    public static LabResult Result(ExperimentSpec spec, string metric = "start_ms", string unit = "ms", params double[] samples) =>
        Result(spec, ["native"], metric, unit, samples);

    public static LabResult Result(ExperimentSpec spec, IReadOnlyList<string> runtimes, string metric = "start_ms", string unit = "ms", params double[] samples) =>
        ResultFactory.Create(spec,
            Outcome.Single(metric, unit, samples.Length > 0 ? samples : [1, 2, 3, 4, 5], "test metric",
                new Dictionary<string, string> { ["kernel"] = "6.1.0-test" }),
            Provenance, "20261127-210000-abcdef", "/bin/busybox true", runtimes);

    public static string TemporaryDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "blog-lab-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(path);
        return path;
    }
}
