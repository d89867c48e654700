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
    public async Task Deleting_in_the_background_removes_the_staging_folder_and_the_old_versions_in_it()
    {
        using var site = new TempSite();
        Write(site.Destination, "a.html", "old a");
        var staging = StagingFolder.Create(site.Destination);
        staging.WriteBytes(staging.Stage("a.html"), "new a"u8);
        staging.MoveStagedInto([], CancellationToken.None);

        await staging.DeleteInBackground();
        await staging.DisposeAsync();

        Assert.False(Directory.Exists(staging.Path));
        Assert.Equal("new a", File.ReadAllText(Path.Combine(site.Destination, "a.html")));
    }

    private static void Write(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
