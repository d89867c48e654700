using System.Diagnostics;
using System.Text.RegularExpressions;
using Blog.Site.Build;
using Blog.Site.Config;
using Blog.Site.Diagnostics;

namespace Blog.Site.Tests.Hardening;

/// <summary>How one generated site ended, and which promise it broke (null when none).</summary>
public sealed record CaseResult(string Outcome, TimeSpan Elapsed, string? Broken);

/// <summary>
/// Builds one generated site in its own folder through <see cref="SiteBuilder"/>, the same call the command line makes,
/// over a destination that already holds a "previous" site, and checks the promises: the build ends (no hang), and
/// either succeeds with a complete new destination or fails with <see cref="BuildFailedException"/> whose every error
/// is one line <c>path:line:col: message</c>, leaving the previous destination byte for byte. Any other exception is
/// a crash.
/// </summary>
public sealed partial class BuildCaseRunner(string root, SiteBuilder builder, TimeSpan timeout)
{
    private static readonly IReadOnlyDictionary<string, byte[]> PreviousSite = new Dictionary<string, byte[]>
    {
        ["index.html"] = "<p>the previous site</p>"u8.ToArray(),
        ["previous-only/page.html"] = "<p>only in the previous site</p>"u8.ToArray(),
    };

    [GeneratedRegex(@"\A[^\r\n]+:\d+:\d+: [^\r\n]*\z")]
    private static partial Regex OneLinePositionedError();

    public async Task<CaseResult> RunAsync(HostileSite site)
    {
        var folder = Path.Combine(root, Guid.NewGuid().ToString("N"));
        var source = Path.Combine(folder, "src");
        var destination = Path.Combine(folder, "out");
        try
        {
            foreach (var (path, bytes) in site.Files) Write(Path.Combine(source, path), bytes);
            foreach (var (path, bytes) in PreviousSite) Write(Path.Combine(destination, path), bytes);
            return await BuildAndCheckAsync(new BuildOptions { Source = source, Destination = destination }, folder);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private async Task<CaseResult> BuildAndCheckAsync(BuildOptions options, string folder)
    {
        using var cancel = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var build = builder.BuildAsync(options, cancel.Token);
        if (await Task.WhenAny(build, Task.Delay(timeout)) != build)
        {
            await cancel.CancelAsync();
            _ = build.ContinueWith(t => t.Exception, TaskScheduler.Default); // observed; the case is already a failure
            return new CaseResult("hang", clock.Elapsed, $"no result after {timeout.TotalSeconds:0} s");
        }
        var elapsed = clock.Elapsed;
        try
        {
            var report = await build;
            return new CaseResult("built", elapsed, CheckComplete(options.Destination, report) ?? CheckNoLeftovers(folder));
        }
        catch (BuildFailedException failed)
        {
            var broken = failed.Errors.Count == 0 ? "failed without any error" : null;
            broken ??= failed.Errors.Select(e => e.ToString()).FirstOrDefault(e => !OneLinePositionedError().IsMatch(e)) is { } bad
                ? $"error not one positioned line: «{bad}»"
                : null;
            return new CaseResult("errors", elapsed, broken ?? CheckUnchanged(options.Destination) ?? CheckNoLeftovers(folder));
        }
        catch (Exception e)
        {
            return new CaseResult("crash", elapsed, $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}");
        }
    }

    private static string? CheckComplete(string destination, BuildReport report)
    {
        if (!Directory.Exists(destination)) return "built, but the destination is missing";
        if (File.Exists(Path.Combine(destination, "previous-only/page.html"))) return "built, but the previous site was not replaced";
        int files = Directory.EnumerateFiles(destination, "*", SearchOption.AllDirectories).Count();
        return files < report.Pages + report.StaticFiles
            ? $"built, but only {files} files for {report.Pages} pages and {report.StaticFiles} static files"
            : null;
    }

    private static string? CheckUnchanged(string destination)
    {
        if (!Directory.Exists(destination)) return "failed, and the previous destination is gone";
        var now = Directory.EnumerateFiles(destination, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(destination, f).Replace('\\', '/'), File.ReadAllBytes);
        bool same = now.Count == PreviousSite.Count && PreviousSite.All(p => now.TryGetValue(p.Key, out var b) && b.AsSpan().SequenceEqual(p.Value));
        return same ? null : $"failed, and the previous destination changed: {string.Join(", ", now.Keys.Order())}";
    }

    private static string? CheckNoLeftovers(string folder)
    {
        var left = Directory.EnumerateDirectories(folder, ".out.*").ToList();
        return left.Count == 0 ? null : $"left {string.Join(", ", left.Select(Path.GetFileName))} beside the destination";
    }

    private static void Write(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
