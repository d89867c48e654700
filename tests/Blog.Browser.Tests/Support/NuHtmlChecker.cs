using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Blog.Browser.Tests.Support;

/// <summary>One message of the Nu Html Checker: the file, where in it, and what is wrong.</summary>
public sealed record NuMessage(string File, int Line, int Column, string Type, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Type}: {Message}";
}

/// <summary>Runs vnu.jar (npm <c>vnu-jar</c>, installed by .ci/setup) on the machine's Java.</summary>
public static class NuHtmlChecker
{
    public static string Jar => Path.Combine(Repository.Tools, "vnu-jar", "build", "dist", "vnu.jar");

    public static async Task<IReadOnlyList<NuMessage>> ErrorsAsync(IReadOnlyList<string> files)
    {
        if (!File.Exists(Jar)) throw new InvalidOperationException($"{Jar} is missing: run `bash .ci/setup` (installs the npm tools of the browser tests)");
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in (string[])["-jar", Jar, "--errors-only", "--format", "json", .. files]) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = await process.StandardError.ReadToEndAsync();
        await stdout;
        await process.WaitForExitAsync();

        // Exit code 1 only means "there are errors": the JSON report says which.
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray().Select(m => new NuMessage(
            LocalPath(m.TryGetProperty("url", out var url) ? url.GetString() : null),
            m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
            m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : 0,
            m.GetProperty("type").GetString()!,
            m.GetProperty("message").GetString()!)).ToList();
    }

    // vnu names files as "file:/tmp/a.html" (one slash), which Uri does not take as absolute.
    private static string LocalPath(string? url) =>
        url is null ? "" : Uri.UnescapeDataString(Regex.Replace(url, "^file:(//)?", ""));
}
