using System.Diagnostics;
using Blog.Site.Build;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Build;

public class StagingFolderTests
{
    [Fact]
    public async Task Staged_files_replace_their_old_versions_and_removed_outputs_leave_no_empty_folder()
    {
        using var site = new TempSite();
        Write(site.Destination, "posts/a.html", "old a");
        Write(site.Destination, "posts/b.html", "old b");
        Write(site.Destination, "gone/c.html", "old c");
        await using var staging = StagingFolder.Create(site.Destination);

        staging.WriteBytes(staging.Stage("posts/a.html"), "new a"u8);
        staging.WriteBytes(staging.Stage("new/d.html"), "new d"u8);
        staging.MoveStagedInto(["gone/c.html"], CancellationToken.None);

        Assert.Equal("new a", File.ReadAllText(Path.Combine(site.Destination, "posts/a.html")));
        Assert.Equal("old b", File.ReadAllText(Path.Combine(site.Destination, "posts/b.html")));
        Assert.Equal("new d", File.ReadAllText(Path.Combine(site.Destination, "new/d.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Destination, "gone")));
        Assert.Equal(2, staging.Staged);
        // The old versions are not deleted on the way (a reader may have one open): they wait in the staging folder.
        Assert.Equal(["old a", "old c"], Directory.GetFiles(staging.Path).Select(File.ReadAllText).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_path_outside_the_destination_is_refused_when_staged()
    {
        using var site = new TempSite();
        await using var staging = StagingFolder.Create(site.Destination);

        Assert.Throws<InvalidOperationException>(() => staging.Stage("../outside.html"));
    }

    [Fact]
    public async Task The_next_rebuild_writes_over_the_old_versions_the_last_one_left_in_place_and_cuts_them_to_length()
    {
        using var site = new TempSite();
        Write(site.Destination, "a.html", "the first version of a");
        var staging = StagingFolder.Create(site.Destination);
        staging.WriteBytes(staging.Stage("a.html"), "second"u8);
        staging.MoveStagedInto([], CancellationToken.None);
        var slot = Assert.Single(Directory.GetFiles(staging.Path));
        // Open before the next rebuild writes: if it wrote a new file, this would still read the first version.
        await using var oldVersion = new FileStream(slot, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        await using var next = staging.ForNextRebuild();
        next.WriteBytes(next.Stage("a.html"), "third"u8);

        Assert.Equal("third", await new StreamReader(oldVersion).ReadToEndAsync());
        next.MoveStagedInto([], CancellationToken.None);
        Assert.Equal("third", File.ReadAllText(Path.Combine(site.Destination, "a.html")));
        Assert.Equal(["second"], Directory.GetFiles(next.Path).Select(File.ReadAllText));
    }

    [Fact]
    public async Task Filled_slots_are_the_files_the_next_rebuild_writes_into()
    {
        using var site = new TempSite();
        Write(site.Destination, "a.html", "old a");
        Write(site.Destination, "b/c.html", "old c");
        var staging = StagingFolder.Create(site.Destination);
        Assert.Equal(3, staging.FillSlots(1, 3, CancellationToken.None));
        var filled = Directory.GetFiles(staging.Path).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["", "", ""], filled.Select(File.ReadAllText));

        await using var next = staging.ForNextRebuild();
        next.WriteBytes(next.Stage("a.html"), "new a"u8);
        next.WriteBytes(next.Stage("b/c.html"), "new c"u8);
        next.MoveStagedInto([], CancellationToken.None);

        Assert.Equal("new a", File.ReadAllText(Path.Combine(site.Destination, "a.html")));
        Assert.Equal("new c", File.ReadAllText(Path.Combine(site.Destination, "b/c.html")));
        // The same three files: two now hold the old versions, one is still empty for a larger rebuild.
        Assert.Equal(filled, Directory.GetFiles(next.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["", "old a", "old c"], filled.Select(File.ReadAllText).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_new_staging_folder_removes_those_a_process_that_no_longer_runs_left_and_keeps_a_running_one_s()
    {
        using var site = new TempSite();
        var destination = Path.GetFullPath(site.Destination).TrimEnd(Path.DirectorySeparatorChar);
        var (parent, name) = (Path.GetDirectoryName(destination)!, Path.GetFileName(destination));
        var gone = await ExitedProcessIdAsync();
        var abandoned = Directory.CreateDirectory(Path.Combine(parent, $".{name}.staging-{gone}-0a1b")).FullName;
        File.WriteAllText(Path.Combine(abandoned, "1.out"), "an old version of a page");
        var replaced = Directory.CreateDirectory(Path.Combine(parent, $".{name}.previous-{gone}-2c3d")).FullName;
        var running = Directory.CreateDirectory(Path.Combine(parent, $".{name}.staging-{Environment.ProcessId}-4e5f")).FullName;
        var unknown = Directory.CreateDirectory(Path.Combine(parent, $".{name}.staging-notes")).FullName;

        await using var staging = StagingFolder.Create(site.Destination);

        Assert.False(Directory.Exists(abandoned));
        Assert.False(Directory.Exists(replaced));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(unknown));
        Assert.True(Directory.Exists(staging.Path));
    }

    private static async Task<int> ExitedProcessIdAsync()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        await process.WaitForExitAsync();
        return process.Id;
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
