using System.Reflection;

namespace Blog.Lab.Tests.Support;

/// <summary>Where the repository and the built command line are, found from the test assembly's own location.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    /// <summary>The repository's committed lab results (<c>input/_lab/results</c>).</summary>
    public static string CommittedResults => Path.Combine(Root, "input", "_lab", "results");

    /// <summary>The command line's Blog.dll, built with this test project (same configuration).</summary>
    public static string BlogDll
    {
        get
        {
            var configuration = typeof(RepositoryFolder).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var path = Path.Combine(Root, "src", "Blog", "bin", configuration, "net10.0", "Blog.dll");
            return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built (the test project builds it)", path);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Blog.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no Blog.sln above {AppContext.BaseDirectory}");
    }
}
