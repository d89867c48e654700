using System.Diagnostics;
using System.Text.RegularExpressions;
using Blog.Lab.Specs;
using Blog.Site.Tests.Hardening;
using CsCheck;
using Xunit.Abstractions;

namespace Blog.Lab.Tests.Hardening;

public sealed partial class SpecLoaderRobustnessTests(ITestOutputHelper output)
{
    private static readonly int Cases = int.TryParse(Environment.GetEnvironmentVariable("BLOG_FUZZ_SPEC_CASES"), out var n) ? n : 4_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [GeneratedRegex(@"\A[^\r\n]+:\d+:\d+: [^\r\n]*\z")]
    private static partial Regex OneLinePositionedError();

    [Fact]
    public async Task Malformed_specs_end_in_valid_specs_or_positioned_lab_errors_never_a_crash_or_hang()
    {
        var loader = new SpecLoader(LabCatalogue.Create().Kinds);
        var figures = new FuzzFigures("spec-fuzz");
        try
        {
            await HostileSpecs.Files.SampleAsync(async input =>
            {
                var clock = Stopwatch.StartNew();
                var load = Task.Run(() => loader.Load(input.Files));
                if (await Task.WhenAny(load, Task.Delay(Timeout)) != load)
                {
                    figures.Record(input.Kind, "hang", clock.Elapsed, $"no result after {Timeout.TotalSeconds:0} s", () => Describe(input.Files));
                    throw new InvalidOperationException("hang");
                }
                var (outcome, broken) = await Judge(load);
                figures.Record(input.Kind, outcome, clock.Elapsed, broken, () => Describe(input.Files));
                if (broken is not null) throw new InvalidOperationException($"{outcome}: {broken}");
            }, iter: Cases, threads: Environment.ProcessorCount, print: input => Describe(input.Files));
        }
        finally
        {
            output.WriteLine(figures.Report());
            output.WriteLine("figures written to " + figures.Save());
        }
        Assert.Equal(0, figures.Crashes);
    }

    private static async Task<(string Outcome, string? Broken)> Judge(Task<IReadOnlyList<ExperimentSpec>> load)
    {
        try
        {
            var specs = await load;
            var bad = specs.FirstOrDefault(s => s.Samples is < 1 or > SpecLoader.MaxSamples || s.Warmup < 0 ||
                                                s.Timeout <= TimeSpan.Zero || s.Timeout > SpecLoader.MaxTimeout || !Regex.IsMatch(s.Id, "^[a-z][a-z0-9-]*$"));
            return ("loaded", bad is null ? null : $"accepted an invalid spec: {bad}");
        }
        catch (SpecException failed)
        {
            if (failed.Errors.Count == 0) return ("errors", "failed without any error");
            var bad = failed.Errors.Select(e => e.ToString()).FirstOrDefault(e => !OneLinePositionedError().IsMatch(e));
            return ("errors", bad is null ? null : $"error not one positioned line: «{bad}»");
        }
        catch (Exception e)
        {
            return ("crash", $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    private static string Describe(IReadOnlyList<(string Path, string Text)> files) =>
        string.Join("; ", files.Select(f => $"{f.Path} «{(f.Text.Length > 300 ? f.Text[..300] + "..." : f.Text)}»"));
}
