using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Release;

/// <summary>
/// The release build is one native binary (README, "Release build"): published from the repository as it stands, it
/// does what the framework-dependent build does, byte for byte. Native AOT removes what reflection needs unless it
/// is kept, so each test runs a part that reads types by reflection or loads native code: the command line (Spectre's
/// settings types), Liquid (Fluid's members), the lab's JSON, Sass and the Ruby plugin pages of a real Jekyll site,
/// Kestrel for serve, and the lab's tiny .NET program that must sit beside the binary.
/// </summary>
[Collection(NativeReleaseCollection.Name)]
public sealed class NativeReleaseTests(NativeRelease release)
{
    private static string Repository => NativeRelease.Repository;
    /// <summary>The framework-dependent build beside these tests: the reference the native binary must equal.</summary>
    private static string Framework => Path.Combine(AppContext.BaseDirectory, "Blog.dll");

    [Fact]
    public async Task The_native_binary_builds_the_blog_byte_for_byte_as_the_framework_dependent_build()
    {
        using var work = new TempSite();
        var native = Path.Combine(work.Root, "native");
        var framework = Path.Combine(work.Root, "framework");

        // One site.time for both (SOURCE_DATE_EPOCH): the feed's <updated> would otherwise differ by the seconds between them.
        var now = new Dictionary<string, string> { ["SOURCE_DATE_EPOCH"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString() };
        var (nativeExit, nativeOutput) = await Processes.RunAsync(release.Binary, ["--destination", native, "--lab", "frozen"], Repository, now);
        var (frameworkExit, frameworkOutput) = await Processes.RunAsync("dotnet", [Framework, "--destination", framework, "--lab", "frozen"], Repository, now);

        Assert.True(nativeExit == 0, nativeOutput);
        Assert.True(frameworkExit == 0, frameworkOutput);
        var files = Files(framework);
        Assert.Equal(files, Files(native));
        Assert.Contains("index.html", files);
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(framework, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(native, file))),
            $"{file} differs between the native and the framework-dependent build"));
    }

    [Fact]
    public async Task The_native_binary_builds_a_real_jekyll_site_with_sass_and_plugins_as_jekyll_does()
    {
        var sites = Path.GetFullPath(Path.Combine(Repository, "..", "shared", "jekyll-sites"));
        Assert.True(Directory.Exists(Path.Combine(sites, "jasper")), $"no jasper site in {sites}");

        var (exit, output) = await Processes.RunAsync("bash", [Path.Combine(sites, "compare-with-jekyll.sh"), "jasper", release.Binary], Repository);

        Assert.True(exit == 0, $"compare-with-jekyll.sh jasper with the native binary exited {exit}:\n{output}");
    }

    [Fact]
    public async Task The_native_binary_reads_the_lab_and_its_tiny_dotnet_program_runs_beside_it()
    {
        var (exit, output) = await Processes.RunAsync(release.Binary, ["lab", "list"], Repository);
        var (tinyExit, tinyOutput) = await Processes.RunAsync("dotnet", [Path.Combine(release.Folder, "Blog.Lab.Tiny.dll")], Repository);

        Assert.True(exit == 0, output);
        Assert.Contains("jvm", output); // the ids column (narrow when redirected) starts with each id
        Assert.True(tinyExit == 0, $"dotnet Blog.Lab.Tiny.dll beside the native binary exited {tinyExit}:\n{tinyOutput}");
    }

    [Fact]
    public async Task The_native_binary_serves_the_blog_and_a_SIGTERM_stops_it_leaving_nothing_beside_the_site()
    {
        using var work = new TempSite();
        var port = FreePort();
        var start = new ProcessStartInfo(release.Binary) { WorkingDirectory = Repository, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "serve", "--port", port.ToString(), "--destination", work.Destination, "--lab", "frozen" }) start.ArgumentList.Add(argument);
        using var server = Process.Start(start)!;
        try
        {
            using var http = new HttpClient();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            HttpResponseMessage? page = null;
            while (page is null && DateTime.UtcNow < deadline && !server.HasExited)
            {
                try { page = await http.GetAsync($"http://127.0.0.1:{port}/"); }
                catch (HttpRequestException) { await Task.Delay(200); }
            }

            Assert.NotNull(page);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<html", await page.Content.ReadAsStringAsync());

            // A session keeps a staging folder beside the site while it serves; stopped as a service manager stops it,
            // it removes it (killed, it would be left, for the next build there to remove).
            var (signalled, output) = await Processes.RunAsync("kill", ["-TERM", server.Id.ToString()], Repository);
            Assert.True(signalled == 0, output);
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await server.WaitForExitAsync(stopped.Token);
            Assert.Empty(Directory.GetDirectories(work.Root, ".out.*"));
        }
        finally
        {
            if (!server.HasExited) server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static SortedSet<string> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)), StringComparer.Ordinal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// One native publish of src/Blog for every test of the collection, the command the README gives, into a temporary
/// folder deleted afterwards. A few minutes on 2 cores: the ahead-of-time compiler compiles the framework too.
/// </summary>
public sealed class NativeRelease : IAsyncLifetime
{
    private readonly TempSite _folder = new();

    public static string Repository { get; } = Path.GetFullPath(Path.Combine(Content.TempSite.TestsFolder(), "..", ".."));

    public string Folder => _folder.Root;
    public string Binary => Path.Combine(Folder, "Blog");

    public async Task InitializeAsync()
    {
        var (exit, output) = await Processes.RunAsync("dotnet",
            ["publish", Path.Combine(Repository, "src", "Blog"), "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", Folder, "-nologo"],
            Repository, limit: TimeSpan.FromMinutes(20));
        if (exit != 0 || !File.Exists(Binary))
            throw new InvalidOperationException($"the native publish failed ({exit}):\n{output}");
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>Alone: the publish and the builds each want both cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeReleaseCollection : ICollectionFixture<NativeRelease>
{
    public const string Name = "Native release";
}
