using System.Diagnostics;

namespace Blog.Site.Tests.Support;

/// <summary>Runs a program to its end, its output and errors together, killed (with its children) after a limit.</summary>
internal static class Processes
{
    public static async Task<(int Exit, string Output)> RunAsync(
        string file, IReadOnlyList<string> arguments, string directory, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? limit = null)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // As the comparison script runs Jekyll: dates in UTC, and no Gemfile/bundler lookups for a site's Gemfile.
        start.Environment["TZ"] = "UTC";
        start.Environment["JEKYLL_NO_BUNDLER_REQUIRE"] = "true";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} ran over {limit ?? TimeSpan.FromMinutes(5)}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
