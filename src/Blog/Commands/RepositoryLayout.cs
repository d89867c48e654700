namespace Blog.Cli.Commands;

/// <summary>
/// Where the default folders are: the repository that holds Blog.sln, found from the working directory
/// upwards, so <c>dotnet run --project src/Blog</c> works from the repository root or any folder in it.
/// Outside a repository the working directory is used.
/// </summary>
public sealed record RepositoryLayout(string Root)
{
    public string Input => Path.Combine(Root, "input");
    public string Output => Path.Combine(Root, "output");
    public string? Theme => Directory.Exists(Path.Combine(Root, "theme")) ? Path.Combine(Root, "theme") : null;

    public static RepositoryLayout FromWorkingDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Blog.sln")) && Directory.Exists(Path.Combine(dir.FullName, "input")))
                return new RepositoryLayout(dir.FullName);
        return new RepositoryLayout(Environment.CurrentDirectory);
    }
}
