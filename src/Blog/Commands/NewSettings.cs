using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary>The options of <c>new post</c> and <c>new draft</c>.</summary>
public sealed class NewSettings : CommandSettings
{
    [CommandArgument(0, "<TITLE>")]
    [Description("The title; the file name is its slug, as Jekyll slugifies it.")]
    public string Title { get; init; } = "";

    [CommandOption("-s|--source <DIR>")]
    [Description("The site folder (default: input/ of this repository).")]
    public string? Source { get; init; }

    [CommandOption("--categories <LIST>")]
    [Description("Comma-separated categories.")]
    public string? Categories { get; init; }

    [CommandOption("--tags <LIST>")]
    [Description("Comma-separated tags.")]
    public string? Tags { get; init; }

    [CommandOption("--layout <NAME>")]
    [Description("The layout in the front matter (default: post).")]
    [DefaultValue("post")]
    public string Layout { get; init; } = "post";

    public NewDocumentFile Document() => new(Title.Trim(), Split(Categories), Split(Tags));

    public string SourceFolder(RepositoryLayout layout) => Path.GetFullPath(Source ?? layout.Input);

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Title) ? ValidationResult.Error("the title is empty") : ValidationResult.Success();

    private static IReadOnlyList<string> Split(string? list) =>
        list?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
