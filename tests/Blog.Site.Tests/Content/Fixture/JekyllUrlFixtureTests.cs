using System.Diagnostics;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Build.Session;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Content;

namespace Blog.Site.Tests.Content.Fixture;

/// <summary>
/// The fixture in Fixtures/jekyll-urls was built with real Jekyll 4.3 once per permalink style; expected/STYLE.txt lists
/// the files Jekyll wrote. The reader must produce exactly those output paths, and still must when Jekyll runs live.
/// </summary>
public sealed class JekyllUrlFixtureTests
{
    public static TheoryData<string> Styles => new() { "date", "pretty", "none", "ordinal", "weekdate", "categories-title", "placeholders" };

    private static string FixtureFolder => Path.Combine(TempSite.TestsFolder(), "Fixtures", "jekyll-urls");

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Output_paths_are_the_ones_Jekyll_wrote(string style)
    {
        var expected = await File.ReadAllLinesAsync(Path.Combine(FixtureFolder, "expected", style + ".txt"));

        var actual = await OutputPathsAsync(Path.Combine(FixtureFolder, "site"), style);

        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Output_paths_match_a_live_Jekyll_build(string style)
    {
        string work = Path.Combine(Path.GetTempPath(), "jekyll-live-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A copy, so Jekyll's cache and any stray file never land in the repository.
            string site = Path.Combine(work, "site");
            CopyFolder(Path.Combine(FixtureFolder, "site"), site);
            string destination = Path.Combine(work, "out");
            await RunJekyllAsync(site, destination, style);
            var written = Directory.EnumerateFiles(destination, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(destination, f).Replace('\\', '/'))
                .Where(f => !f.StartsWith(".jekyll-cache/", StringComparison.Ordinal));

            var actual = await OutputPathsAsync(site, style);

            Assert.Equal(written.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<IEnumerable<string>> OutputPathsAsync(string site, string style)
    {
        var errors = new ErrorCollector();
        var options = new BuildOptions
        {
            Source = site,
            Destination = Path.Combine(site, "_site"),
            ConfigFiles = [Path.Combine(site, "_config.yml"), Path.Combine(FixtureFolder, "configs", style + ".yml")],
        };
        var snapshot = await SnapshotReader.ReadAllAsync(options, ConfigLoader.Load(options, errors), [], CancellationToken.None);
        var content = snapshot.Content;
        Assert.Empty(errors.Errors);
        Assert.DoesNotContain(snapshot.Problems, p => p.Severity == Severity.Error);
        return content.Posts.Concat(content.Pages).Select(d => d.OutputPath).Concat(content.StaticFiles.Select(f => f.OutputPath)).ToList();
    }

    private static async Task RunJekyllAsync(string site, string destination, string style)
    {
        var start = new ProcessStartInfo("jekyll")
        {
            ArgumentList = { "build", "--quiet", "--disable-disk-cache", "-s", site, "-d", destination,
                "--config", Path.Combine(site, "_config.yml") + "," + Path.Combine(FixtureFolder, "configs", style + ".yml") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"the jekyll binary is missing ({e.Message}): run .ci/setup, which installs Debian's jekyll package");
            return;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            Assert.True(process.ExitCode == 0, $"jekyll build failed ({process.ExitCode}): {await stdout}{await stderr}");
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
