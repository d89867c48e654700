using System.Collections.Concurrent;
using Blog.Lab.Results;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Fluid;

namespace Blog.Lab.Liquid;

/// <summary>
/// Resolves an experiment a page asks for, and reports a problem against that page: an undeclared or missing
/// result is an error (with the command that measures it), a stale one a warning. Each (page, id) is reported once,
/// at the line and column of the first use in the page's source (<see cref="LabReferences"/>); a use the page's
/// text does not show (it is in a layout or an include) is reported against the page alone. Every experiment a page
/// asks for is recorded as read (<paramref name="reads"/>), found or not, so <c>serve</c> renders that page again
/// when the experiment's result or spec changes.
/// </summary>
internal sealed class LabUsage(LabData data, ErrorCollector diagnostics, PageText pageText, ReadRecorder reads)
{
    private readonly ConcurrentDictionary<(string Page, string Id), bool> _reported = new();

    public LabData Data => data;

    /// <summary>The stored result of <paramref name="id"/>, or null after reporting why there is none.</summary>
    public async ValueTask<LabResult?> ResultAsync(string id, TemplateContext context)
    {
        reads.Record(context, id);
        var page = await PagePathAsync(context);
        if (data.Spec(id) is null)
        {
            await ReportAsync(page, id, id, Severity.Error,
                $"the page uses lab experiment '{id}', which neither input/_lab/*.yml nor a page's lab: front matter declares (declared: {string.Join(", ", data.Specs.Select(s => s.Id))})");
            return null;
        }
        var status = data.Statuses[id];
        switch (status.Freshness)
        {
            case Freshness.Missing:
            case Freshness.Stale when status.Result is null:
                await ReportAsync(page, id, id, Severity.Error,
                    $"lab result '{id}' is missing ({status.Reason}); measure it with: {LabPaths.RunCommand(id)}");
                return null;
            case Freshness.Stale:
                await ReportAsync(page, id, id, Severity.Warning,
                    $"lab result '{id}' is stale ({status.Reason}); measure it again with: {LabPaths.RunCommand(id)}");
                return status.Result;
            default:
                return status.Result;
        }
    }

    /// <summary>The source text of the page being rendered, or null when it cannot be read (a layout, a test).</summary>
    public async ValueTask<string?> PageSourceAsync(TemplateContext context) =>
        await PagePathAsync(context) is var page && page != "(template)" ? await pageText(page) : null;

    /// <summary>
    /// Reports a mistake in how a page uses the lab as an error on that page. <paramref name="subject"/> is what
    /// was used: an experiment (<c>vm-boot</c>, <c>vm-boot.facts</c>) or a tag (<c>lab_chart</c>).
    /// </summary>
    public async ValueTask ErrorAsync(TemplateContext context, string subject, string message) =>
        await ReportAsync(await PagePathAsync(context), subject, subject + "\n" + message, Severity.Error, message);

    private async ValueTask ReportAsync(string page, string subject, string key, Severity severity, string message)
    {
        if (!_reported.TryAdd((page, key), true)) return;
        diagnostics.Add(new BuildError(await PositionAsync(page, subject), message, severity));
    }

    private async ValueTask<SourcePosition> PositionAsync(string page, string subject)
    {
        if (await pageText(page) is not { } text) return new SourcePosition(page);
        var found = subject.StartsWith("lab_", StringComparison.Ordinal)
            ? LabReferences.FindTag(text, subject)
            : LabReferences.FindExperiment(text, subject.Split('.')[0]);
        return found is var (line, column) ? new SourcePosition(page, line, column) : new SourcePosition(page);
    }

    private static async ValueTask<string> PagePathAsync(TemplateContext context)
    {
        var page = context.GetValue("page");
        var path = page.IsNil() ? "" : (await page.GetValueAsync("path", context)).ToStringValue();
        return string.IsNullOrEmpty(path) ? "(template)" : path;
    }
}
