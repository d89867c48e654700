namespace Blog.Lab.Tests.Support;

/// <summary>Every file under a folder with its bytes: taken before a fault, compared after it.</summary>
internal sealed record FolderSnapshot(string Folder, IReadOnlyDictionary<string, byte[]> Files)
{
    public static FolderSnapshot Of(string folder) => new(folder,
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Order(StringComparer.Ordinal)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes));

    /// <summary>The folder holds exactly these files with exactly these bytes: nothing half-written, nothing added (no temporary files).</summary>
    public void AssertUnchanged()
    {
        var now = Of(Folder);
        Assert.Equal(Files.Keys.Order(StringComparer.Ordinal), now.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, bytes) in Files)
            Assert.True(bytes.AsSpan().SequenceEqual(now.Files[name]), $"{name} changed");
    }
}
