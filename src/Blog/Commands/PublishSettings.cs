using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Blog.Cli.Commands;

/// <summary>The options of <c>publish DRAFT</c>.</summary>
public sealed class PublishSettings : CommandSettings
{
    [CommandArgument(0, "<DRAFT>")]
    [Description("The draft to publish, e.g. input/_drafts/my-post.md.")]
    public string Draft { get; init; } = "";

    [CommandOption("-s|--source <DIR>")]
    [Description("The site folder whose _config.yml gives the timezone (default: input/ of this repository).")]
    public string? Source { get; init; }

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Draft) ? ValidationResult.Error("name the draft to publish") : ValidationResult.Success();
}
