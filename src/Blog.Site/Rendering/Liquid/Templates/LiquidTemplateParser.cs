using System.Text.RegularExpressions;
using Blog.Site.Diagnostics;
using Blog.Site.Rendering.Liquid.Tags;
using Fluid;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// Parses Liquid text and checks it, reporting every problem as <c>path:line:col: message</c> with the line counted
/// in the file the text came from.
/// </summary>
/// <param name="strictFilters">
/// Jekyll's <c>liquid: strict_filters</c>: an unknown filter is an error; by default, as in Jekyll, it is a warning
/// and the value passes through unchanged.
/// </param>
internal sealed partial class LiquidTemplateParser(FluidParser parser, FilterCollection filters, ISet<string> includeNames,
    UrlIndex urls, RenderErrors errors, bool strictFilters = false)
{
    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)\s*$")]
    private static partial Regex FluidPosition();

    /// <param name="start">Where <paramref name="text"/> starts in its file (line of its first line, column 1).</param>
    /// <returns>The template, or null when it has errors (they are reported).</returns>
    public ParsedTemplate? Parse(string text, SourcePosition start)
    {
        var written = text;
        text = LaxConditions.Rewrite(written, (index, message) => errors.Warning(At(start, written, index), message));
        if (LiquidNesting.Problem(text) is var (index, problem))
        {
            errors.Error(At(start, text, index), $"Liquid syntax error: {problem}");
            return null;
        }
        if (!parser.TryParse(text, out var template, out var error))
        {
            ReportSyntaxError(error, start);
            return null;
        }
        template = BlankBlocks.Rewrite(RubyMembers.Rewrite(template));

        var checker = new TemplateChecker(filters);
        checker.VisitTemplate(template);
        var valid = true;
        foreach (var name in checker.UnknownFilters)
        {
            valid &= !strictFilters;
            Report(start, text, new Regex(@"\|\s*" + Regex.Escape(name) + @"\b"),
                strictFilters ? $"unknown filter '{name}'" : $"unknown filter '{name}': the value passes through unchanged, as in Jekyll (liquid: strict_filters: true makes this an error)",
                strictFilters ? Severity.Error : Severity.Warning);
        }
        foreach (var include in checker.Includes.Where(i => i.StaticName is { } name && !includeNames.Contains(name.TrimStart('/'))))
        {
            valid = false;
            Report(start, text, new Regex(@"\{%-?\s*include\s+['""]?" + Regex.Escape(include.StaticName!)),
                $"unknown include '{include.StaticName}' (no such file in _includes)");
        }
        foreach (var link in checker.Links.Where(l => l.StaticTarget is { } target && l.Kind.Resolve(urls, target) is null))
        {
            valid = false;
            Report(start, text, new Regex(@"\{%-?\s*" + link.Kind.TagName() + @"\s+" + Regex.Escape(link.StaticTarget!)),
                link.Kind.NotFound(link.StaticTarget!));
        }
        return valid ? new ParsedTemplate(template, start with { Column = 1 }, text) : null;
    }

    /// <summary>Where the character at <paramref name="index"/> of a text starting at <paramref name="start"/> is in its file.</summary>
    private static SourcePosition At(SourcePosition start, string text, int index)
    {
        var (line, column) = SourceLocator.LineAndColumn(text, index);
        return new SourcePosition(start.Path, start.Line + line - 1, column);
    }

    private void ReportSyntaxError(string error, SourcePosition start)
    {
        var firstLine = error.Split('\n')[0].Trim();
        var position = FluidPosition().Match(firstLine);
        if (!position.Success)
        {
            errors.Error(start, $"Liquid syntax error: {firstLine}");
            return;
        }
        var line = int.Parse(position.Groups[1].Value);
        var column = int.Parse(position.Groups[2].Value);
        var message = firstLine[..position.Index];
        errors.Error(new SourcePosition(start.Path, start.Line + line - 1, column), $"Liquid syntax error: {message}");
    }

    private void Report(SourcePosition start, string text, Regex where, string message, Severity severity = Severity.Error)
    {
        var (line, column) = SourceLocator.Find(text, where);
        var at = new SourcePosition(start.Path, start.Line + line - 1, column);
        if (severity == Severity.Warning) errors.Warning(at, message);
        else errors.Error(at, message);
    }
}
