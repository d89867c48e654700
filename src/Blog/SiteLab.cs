using Blog.Site.Extensions;
using Spectre.Console;

namespace Blog.Cli;

/// <summary>Prepares the lab for a site build according to <c>--lab</c> and returns its site extension.</summary>
public static class SiteLab
{
    public static Task<IReadOnlyList<ISiteExtension>> PrepareAsync(string source, string mode, IAnsiConsole console, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ISiteExtension>>([]);
}
