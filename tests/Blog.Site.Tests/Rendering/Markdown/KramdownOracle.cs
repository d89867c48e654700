using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Blog.Site.Tests.Content;

namespace Blog.Site.Tests.Rendering.Markdown;

/// <summary>
/// Runs Jekyll's own kramdown converter (kramdown-oracle.rb) on many snippets in one Ruby process. A missing
/// Ruby, Jekyll or kramdown fails the test with the Debian packages to install (CI's .ci/setup installs them).
/// </summary>
internal static class KramdownOracle
{
    private const string Packages = "jekyll ruby-kramdown ruby-kramdown-parser-gfm ruby-rouge";

    public static Task<IReadOnlyList<string>> MarkdownAsync(IReadOnlyList<string> snippets) => RunAsync("markdown", snippets);

    public static Task<IReadOnlyList<string>> SmartifyAsync(IReadOnlyList<string> snippets) => RunAsync("smartify", snippets);

    private static async Task<IReadOnlyList<string>> RunAsync(string mode, IReadOnlyList<string> snippets)
    {
        var script = Path.Combine(TempSite.TestsFolder(), "Rendering", "Markdown", "kramdown-oracle.rb");
        var start = new ProcessStartInfo("ruby")
        {
            ArgumentList = { script, mode },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"ruby is missing ({e.Message}): install the Debian packages {Packages} (run .ci/setup)");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardInput.WriteAsync(JsonSerializer.Serialize(snippets));
            process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            var error = await stderr;
            Assert.True(process.ExitCode == 0,
                $"the kramdown oracle failed ({process.ExitCode}); if a library is missing, install the Debian packages {Packages}:\n{error}");
            var outputs = JsonSerializer.Deserialize<List<string>>(await stdout)!;
            Assert.Equal(snippets.Count, outputs.Count);
            return outputs;
        }
    }
}
