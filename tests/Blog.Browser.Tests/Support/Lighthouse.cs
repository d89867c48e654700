using System.Diagnostics;
using System.Text.Json;

namespace Blog.Browser.Tests.Support;

/// <summary>Runs bench/lighthouse.sh (the same script an author runs) against a URL and returns its JSON report.</summary>
public static class Lighthouse
{
    public static async Task<JsonDocument> AuditAsync(string url)
    {
        var report = Path.Combine(Path.GetTempPath(), $"blog-lighthouse-{Guid.NewGuid():N}.json");
        try
        {
            var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in (string[])[Path.Combine(Repository.Root, "bench", "lighthouse.sh"), "--url", url, "--json", report])
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"bench/lighthouse.sh exited {process.ExitCode}: {await stdout}{await stderr}");
            return JsonDocument.Parse(await File.ReadAllTextAsync(report));
        }
        finally
        {
            File.Delete(report);
        }
    }
}
