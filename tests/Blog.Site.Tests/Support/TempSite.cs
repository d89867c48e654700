using Blog.Site.Config;

namespace Blog.Site.Tests.Support;

/// <summary>A throw-away site folder (source and destination) for one test; removed on dispose.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Directory.CreateTempSubdirectory("blog-site-test-").FullName;
        Directory.CreateDirectory(Source);
    }

    public string Root { get; }
    public string Source => Path.Combine(Root, "src");
    public string Destination => Path.Combine(Root, "out");

    public TempSite With(string relativePath, string text)
    {
        var path = Path.Combine(Source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempSite WithBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    public BuildOptions Options() => new() { Source = Source, Destination = Destination };

    public string Output(string relativePath) => File.ReadAllText(Path.Combine(Destination, relativePath));

    /// <summary>Every output file with its bytes, for comparing whole trees.</summary>
    public IReadOnlyDictionary<string, byte[]> OutputTree() =>
        Directory.EnumerateFiles(Destination, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Destination, f).Replace('\\', '/'), File.ReadAllBytes);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (DirectoryNotFoundException) { }
    }
}
