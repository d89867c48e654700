using Blog.Site.Diagnostics;
using Spectre.Console;

namespace Blog.Cli.Commands;

/// <summary>The shared shape of <c>new</c> and <c>publish</c>: check the site folder, do the one write, print the result or the error.</summary>
public static class NewCommandRun
{
    public static async Task<int> RunAsync(IAnsiConsole console, string source, Func<Task<string>> write)
    {
        if (!Directory.Exists(source))
        {
            Console.Error.WriteLine($"error: source folder {source} does not exist: pass --source DIR");
            return 2;
        }
        try
        {
            var path = await write();
            console.MarkupLineInterpolated($"[green]wrote[/] {Display(path)}");
            return 0;
        }
        catch (BuildFailedException failed)
        {
            foreach (var error in failed.Errors) Console.Error.WriteLine(error.ToString());
            return 1;
        }
    }

    /// <summary>A path as the user typed it: relative to the working directory.</summary>
    public static string Display(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
