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
        text = LaxTags.EndTags(text);
        if (LiquidNesting.Problem(text) is var (index, problem))
        {
            errors.Error(At(start, text, index), $"Liquid syntax error: {problem}");
            return null;
        }
        var parsed = parser.TryParse(text, out var template, out var error);
        // A tag the strict parser rejects is read again as Jekyll's Liquid (its warn mode) reads it, with a warning: each
        // time, the tag where parsing stopped, until the template parses or the tag is none the lax parser reads.
        var read = new HashSet<int>();
        for (var tries = 0; !parsed && tries < MaxLaxTags; tries++)
        {
            // A tag already read so, where parsing stops again, is an error of another kind.
            if (ErrorIndex(text, error) is not { } at || LaxTags.Read(text, at) is not var (tagStart, length, tag, reading) || !read.Add(tagStart)) break;
            errors.Warning(At(start, text, tagStart), $"Liquid syntax error in {Excerpt(tag)} ({FirstLine(error)}): read as Jekyll's lax Liquid reads it, {Excerpt(reading)}");
            // The tag's line breaks are kept inside it, right after its opening ({% or {%-), so the lines after it keep their numbers.
            var breaks = new string('\n', tag.AsSpan().Count('\n'));
            var opening = reading.Length > 2 && reading[2] == '-' ? 3 : 2;
            text = $"{text[..tagStart]}{reading[..opening]}{breaks}{reading[opening..]}{text[(tagStart + length)..]}";
            parsed = parser.TryParse(text, out template, out error);
        }
        if (!parsed)
        {
            ReportSyntaxError(error, start, text);
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
        // A missing include is an error where it is rendered (the include tag's own), as in Jekyll: themes name includes in
        // branches a site never takes (comment and analytics providers). Here, where it is written, it is a warning.
        foreach (var include in checker.Includes.Where(i => i.StaticName is { } name && !includeNames.Contains(name.TrimStart('/'))))
            Report(start, text, new Regex(@"\{%-?\s*include\s+['""]?" + Regex.Escape(include.StaticName!)),
                $"unknown include '{include.StaticName}' (no such file in _includes): an error where a page renders it", Severity.Warning);
        foreach (var link in checker.Links.Where(l => l.StaticTarget is { } target && l.Kind.Resolve(urls, target) is null))
        {
            valid = false;
            Report(start, text, new Regex(@"\{%-?\s*" + link.Kind.TagName() + @"\s+" + Regex.Escape(link.StaticTarget!)),
                link.Kind.NotFound(link.StaticTarget!));
        }
        return valid ? new ParsedTemplate(template, start with { Column = 1 }, text) : null;
    }

    /// <summary>More tags than any template has that the strict parser rejects: a bound on reading them again.</summary>
    private const int MaxLaxTags = 100;

    /// <summary>Where in the text a Fluid parse error stopped, from its "at (line:column)".</summary>
    private static int? ErrorIndex(string text, string error)
    {
        var position = FluidPosition().Match(error.Split('\n')[0].Trim());
        if (!position.Success) return null;
        var line = int.Parse(position.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var column = int.Parse(position.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var index = 0;
        for (var i = 1; i < line; i++)
        {
            index = text.IndexOf('\n', index) + 1;
            if (index == 0) return null;
        }
        return Math.Min(index + column - 1, text.Length - 1);
    }

    /// <summary>Fluid's message without its position, and without its advice to turn on an option of its own (Liquid has no parentheses).</summary>
    private static string FirstLine(string error) =>
        FluidPosition().Replace(error.Split('\n')[0].Trim(), "").Replace(" To enable the feature use the 'AllowParentheses' option.", "");

    private static string Excerpt(string tag) => "'" + (tag.Length > 80 ? tag[..77] + "..." : tag).ReplaceLineEndings(" ") + "'";

    /// <summary>Where the character at <paramref name="index"/> of a text starting at <paramref name="start"/> is in its file.</summary>
    private static SourcePosition At(SourcePosition start, string text, int index)
    {
        var (line, column) = SourceLocator.LineAndColumn(text, index);
        return new SourcePosition(start.Path, start.Line + line - 1, column);
    }

    private void ReportSyntaxError(string error, SourcePosition start, string text)
    {
        var message = $"Liquid syntax error: {FirstLine(error)}";
        if (ErrorIndex(text, error) is { } index) errors.Error(At(start, text, index), message);
        else errors.Error(start, message);
    }

    private void Report(SourcePosition start, string text, Regex where, string message, Severity severity = Severity.Error)
    {
        var (line, column) = SourceLocator.Find(text, where);
        var at = new SourcePosition(start.Path, start.Line + line - 1, column);
        if (severity == Severity.Warning) errors.Warning(at, message);
        else errors.Error(at, message);
    }
}
