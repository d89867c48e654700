using Blog.Site.Build;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Build;

public class FileExchangeTests
{
    [Fact]
    public void Two_files_change_places_in_one_call_on_linux()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(site.Destination);
        var (first, second) = (Path.Combine(site.Destination, "first"), Path.Combine(site.Destination, "second"));
        File.WriteAllText(first, "one");
        File.WriteAllText(second, "two");

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
        Directory.CreateDirectory(site.Destination);
        var (present, missing) = (Path.Combine(site.Destination, "present"), Path.Combine(site.Destination, "missing"));
        File.WriteAllText(present, "here");

        var result = FileExchange.Swap(present, missing);

        Assert.Equal(OperatingSystem.IsLinux() ? FileExchange.Result.Missing : FileExchange.Result.Unsupported, result);
        Assert.Equal("here", File.ReadAllText(present));
        Assert.False(File.Exists(missing));
    }
}
