using Spectre.Console;

namespace Blog.Site.Tests.Support;

/// <summary>A plain, wide console whose output a command-line test reads back (no colours, no wrapping of table rows).</summary>
internal sealed class RecordedConsole
{
    private readonly StringWriter _output = new();

    public RecordedConsole()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(_output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors,
        });
        Console.Profile.Width = 240;
    }

    public IAnsiConsole Console { get; }

    public string Text => _output.ToString();

    public void Clear() => _output.GetStringBuilder().Clear();
}
