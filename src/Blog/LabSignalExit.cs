using Blog.Cli.Lab;
using Spectre.Console.Cli;

namespace Blog.Cli;

/// <summary>
/// A <c>lab</c> command interrupted by a signal exits with the signal's code (130, 143), so a script or CI can tell a
/// stopped measurement from a failed one; the site's commands keep their own (<c>serve</c> stopped by Ctrl+C exits 0).
/// </summary>
internal sealed class LabSignalExit(Interruption interruption) : ICommandInterceptor
{
    public void Intercept(CommandContext context, CommandSettings settings)
    {
    }

    public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
    {
        if (settings is LabSettings) result = interruption.ExitCode(result);
    }
}
