using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;

namespace Blog.Lab.Tests.Runtimes;

public sealed class ChildProcessTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("blog-lab-child-").FullName;

    [Fact]
    public async Task The_idle_dotnet_program_measured_then_killed_leaves_nothing_in_its_temporary_folder()
    {
        // The runtime makes its debugger pipes and diagnostics socket there, and removes them only when it ends on its own.
        var command = TinyPrograms.Dotnet("idle") with { Environment = new Dictionary<string, string> { ["TMPDIR"] = _temp } };

        var bytes = await ResidentMemory.OfIdleProcessAsync(command, "ready", TimeSpan.Zero, CancellationToken.None);

        Assert.True(bytes > 0);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
