using Blog.Lab;
using Blog.Lab.Experiments;
using Blog.Lab.Liquid.Specs;
using Blog.Lab.Measurement;
using Blog.Lab.Results;

namespace Blog.Site.Tests.Support;

/// <summary>
/// Stores an experiment's result for a site's current spec as <c>lab run</c> does (through <see cref="ResultStore"/>:
/// a temporary file renamed over the old result), with the samples given instead of measured ones.
/// </summary>
public static class LabResults
{
    public static async Task WriteAsync(string source, string id, params double[] samples)
    {
        var specs = await DeclaredSpecs.LoadAsync(source, LabCatalogue.Create(), CancellationToken.None, shownAs: "");
        var spec = specs.Single(s => s.Id == id);
        var provenance = new Provenance
        {
            Host = "labhost", Cpu = "Test CPU", Cores = 2, MemoryBytes = 8L << 30, Os = "Debian GNU/Linux 12 (bookworm)",
            Kernel = "6.1.0-test", Date = new DateTimeOffset(2026, 11, 27, 21, 0, 0, TimeSpan.Zero), LabVersion = "1.0.0",
        };
        var result = ResultFactory.Create(spec, Outcome.Single("start_ms", "ms", samples, "start-up time"), provenance,
            "20261127-210000-abcdef", "/bin/true", ["native"]);
        await new ResultStore(new LabPaths(source).ResultsDirectory).WriteAsync(result, CancellationToken.None);
    }

    public static string PathOf(string source, string id) => new ResultStore(new LabPaths(source).ResultsDirectory).PathOf(id);
}
