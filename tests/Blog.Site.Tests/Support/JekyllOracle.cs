using System.Diagnostics;

namespace Blog.Site.Tests.Support;

/// <summary>
/// Runs Debian's real Jekyll 4.3 on a site folder: the oracle of the differential tests. A missing <c>jekyll</c> fails
/// the test naming the Debian packages to install (CI's setup installs them); it never skips.
/// </summary>
public static class JekyllOracle
{
    /// <summary>Builds <paramref name="source"/> into <paramref name="destination"/>; fails the test when Jekyll does.</summary>
    public static async Task BuildAsync(string source, string destination)
    {
        var (exitCode, output) = await RunAsync(source, destination);
        Assert.True(exitCode == 0, $"jekyll build failed ({exitCode}): {output}");
    }

    /// <summary>Jekyll's exit code and messages, for a site it is expected to refuse.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string source, string destination)
    {
        var start = new ProcessStartInfo("jekyll")
        {
            // Jekyll's cache would land in the source; the site's own Gemfile must not make it ask bundler for gems.
            ArgumentList = { "build", "--quiet", "--disable-disk-cache", "-s", source, "-d", destination },
            WorkingDirectory = source,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["JEKYLL_NO_BUNDLER_REQUIRE"] = "true", ["TZ"] = "UTC", ["JEKYLL_ENV"] = "development" },
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"the jekyll binary is missing ({e.Message}): install Debian's packages jekyll ruby-jekyll-sass-converter sassc " +
                "(run .ci/setup, which installs them)");
            throw;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
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
            return (process.ExitCode, await stdout + await stderr);
        }
    }

    /// <summary>
    /// Builds the site with Jekyll (from a copy, so its cache cannot change what the generator reads) and with the
    /// generator; returns Jekyll's output folder (the generator's is <see cref="TempSite.Destination"/>).
    /// </summary>
    public static async Task<string> BuildBothAsync(TempSite site, Blog.Site.Config.BuildOptions? options = null)
    {
        var source = Path.Combine(site.Root, "jekyll-src");
        CopyFolder(site.Source, source);
        var output = Path.Combine(site.Root, "jekyll-out");
        await BuildAsync(source, output);
        await new Blog.Site.Build.SiteBuilder().BuildAsync(options ?? site.Options());
        return output;
    }

    /// <summary>Every file under <paramref name="folder"/>, relative and with forward slashes.</summary>
    public static IReadOnlyList<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
