using Blog.Site.Build;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Build;

public class FileExchangeTests
{
    [Fact]
    public void Two_files_change_places_in_one_call_on_linux()
    {
        using var site = new TempSite();
        var (first, second) = (Written(site, "first", "one"), Written(site, "second", "two"));

        var result = FileExchange.Swap(first, second);

        if (!OperatingSystem.IsLinux())
        {
            Assert.Equal(FileExchange.Result.Unsupported, result);
            return;
        }
        Assert.Equal(FileExchange.Result.Exchanged, result);
        Assert.Equal("two", File.ReadAllText(first));
        Assert.Equal("one", File.ReadAllText(second));
    }

    [Fact]
    public void A_missing_file_is_said_and_nothing_moves()
    {
        using var site = new TempSite();
        var (present, missing) = (Written(site, "present", "here"), Path.Combine(site.Destination, "missing"));

        var result = FileExchange.Swap(present, missing);

        Assert.Equal(OperatingSystem.IsLinux() ? FileExchange.Result.Missing : FileExchange.Result.Unsupported, result);
        Assert.Equal("here", File.ReadAllText(present));
        Assert.False(File.Exists(missing));
    }

    /// <summary>A file of the site's destination folder, written with <paramref name="text"/>.</summary>
    private static string Written(TempSite site, string name, string text)
    {
        Directory.CreateDirectory(site.Destination);
        var path = Path.Combine(site.Destination, name);
        File.WriteAllText(path, text);
        return path;
    }
}
