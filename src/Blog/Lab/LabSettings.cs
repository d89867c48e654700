using System.ComponentModel;
using Blog.Cli.Commands;
using Spectre.Console.Cli;

namespace Blog.Cli.Lab;

/// <summary>What every <c>lab</c> command takes: the site whose lab it is.</summary>
public class LabSettings : CommandSettings
{
    [CommandOption("-s|--source <DIR>")]
    [Description("The site folder whose _lab/ and pages declare the experiments (default: input/ of this repository).")]
    public string? Source { get; init; }

    /// <summary>The folder as given, or input/ relative to the working directory, so spec paths are shown as one would type them.</summary>
    public string SourceFolder(RepositoryLayout layout) => Source ?? Path.GetRelativePath(Environment.CurrentDirectory, layout.Input);
}
