using System.Diagnostics;
using System.Text.Json;

namespace Blog.Browser.Tests.Support;

/// <summary>Runs bench/lighthouse.sh (the same script an author runs) against a URL and returns its JSON report.</summary>
public static class Lighthouse
{
    /// <summary>
    /// One run, with a temporary folder of its own (TMPDIR) for the script, Lighthouse and Chromium: what is left in it
    /// afterwards is what a run would have left in /tmp.
    /// </summary>
    public static async Task<LighthouseRun> AuditAsync(string url)
    {
        var temp = Directory.CreateTempSubdirectory("blog-lighthouse-");
        var report = Path.Combine(Path.GetTempPath(), $"blog-lighthouse-{Guid.NewGuid():N}.json");
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])[Path.Combine(Repository.Root, "bench", "lighthouse.sh"), "--url", url, "--json", report])
                start.ArgumentList.Add(arg);
            start.Environment["TMPDIR"] = temp.FullName;
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"bench/lighthouse.sh exited {process.ExitCode}: {await stdout}{await stderr}");
            var left = Directory.EnumerateFileSystemEntries(temp.FullName, "*", SearchOption.AllDirectories).Select(e => Path.GetRelativePath(temp.FullName, e)).ToList();
            return new LighthouseRun(JsonDocument.Parse(await File.ReadAllTextAsync(report)), left);
        }
        finally
        {
            File.Delete(report);
            temp.Delete(recursive: true);
        }
    }
}

/// <summary>Lighthouse's report, and what the run left in its temporary folder.</summary>
public sealed record LighthouseRun(JsonDocument Report, IReadOnlyList<string> LeftInTemp) : IDisposable
{
    public void Dispose() => Report.Dispose();
}
