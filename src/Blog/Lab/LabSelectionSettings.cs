using System.ComponentModel;
using Spectre.Console.Cli;

namespace Blog.Cli.Lab;

/// <summary>A <c>lab</c> command that works on some experiments: the ids given, or all of them.</summary>
public class LabSelectionSettings : LabSettings
{
    [CommandArgument(0, "[ID]")]
    [Description("Experiment ids, as declared (default: every experiment).")]
    public string[] Ids { get; init; } = [];
}
