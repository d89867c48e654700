using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Lab;

/// <summary>The options of <c>lab commands</c>: which experiments, and where the files their commands need are prepared.</summary>
public sealed class LabCommandsSettings : LabSelectionSettings
{
    [CommandOption("--dir <DIR>")]
    [Description("The folder where each experiment's files are prepared, one folder per experiment (required).")]
    public string? Directory { get; init; }

    public override ValidationResult Validate() =>
        Directory is null ? ValidationResult.Error("lab commands needs --dir DIR") : ValidationResult.Success();
}
