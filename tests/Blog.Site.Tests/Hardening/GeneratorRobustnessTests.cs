using Blog.Site.Build;
using CsCheck;
using Xunit.Abstractions;

namespace Blog.Site.Tests.Hardening;

public sealed class GeneratorRobustnessTests(ITestOutputHelper output) : IDisposable
{
    /// <summary>Enough to meet every generator many times; BLOG_FUZZ_CASES changes it (a quick look, or a long soak).</summary>
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("BLOG_FUZZ_CASES"), out var n) ? n : 8_000;

    // Thousands of small sites are written and deleted: on a RAM disk when the machine has one, else in the temp folder.
    private readonly string _root = Directory.Exists("/dev/shm")
        ? Directory.CreateDirectory(Path.Combine("/dev/shm", "blog-fuzz-" + Guid.NewGuid().ToString("N"))).FullName
        : Directory.CreateTempSubdirectory("blog-fuzz-").FullName;

    [Fact]
    public async Task Hostile_sites_end_in_a_complete_build_or_positioned_errors_never_a_crash_hang_or_partial_output()
    {
        var figures = new FuzzFigures("generator-fuzz");
        // One builder for every case, as a long-lived serve session would use it.
        var runner = new BuildCaseRunner(_root, new SiteBuilder(), timeout: TimeSpan.FromSeconds(60));
        try
        {
            await HostileSites.Sites.SampleAsync(async site =>
            {
                var result = await runner.RunAsync(site);
                figures.Record(site.Kind, result.Outcome, result.Elapsed, result.Broken, site.ToString);
                if (result.Broken is { } broken) throw new InvalidOperationException($"{result.Outcome}: {broken}");
            }, iter: Cases, threads: Environment.ProcessorCount, print: site => site.ToString());
        }
        finally
        {
            output.WriteLine(figures.Report());
            output.WriteLine("figures written to " + figures.Save());
        }
        Assert.Equal(0, figures.Crashes);
        Assert.True(figures.Tried >= Cases, $"only {figures.Tried} inputs tried");
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
