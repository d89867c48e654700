using System.Collections.Concurrent;
using Blog.Lab.Results;
using Blog.Site.Diagnostics;
using Fluid;

namespace Blog.Lab.Liquid;

/// <summary>
/// Resolves an experiment a page asks for, and reports a problem against that page: an undeclared or missing
/// result is an error (with the command that measures it), a stale one a warning. Each (page, id) is reported once.
/// </summary>
internal sealed class LabUsage(LabData data, ErrorCollector diagnostics)
{
    private readonly ConcurrentDictionary<(string Page, string Id), bool> _reported = new();

    public LabData Data => data;

    /// <summary>The stored result of <paramref name="id"/>, or null after reporting why there is none.</summary>
    public async ValueTask<LabResult?> ResultAsync(string id, TemplateContext context)
    {
        var page = await PagePathAsync(context);
        if (data.Spec(id) is null)
        {
            Report(page, id, Severity.Error,
                $"the page uses lab experiment '{id}', which no input/_lab/*.yml declares (declared: {string.Join(", ", data.Specs.Select(s => s.Id))})");
            return null;
        }
        var status = data.Statuses[id];
        switch (status.Freshness)
        {
            case Freshness.Missing:
            case Freshness.Stale when status.Result is null:
                Report(page, id, Severity.Error,
                    $"lab result '{id}' is missing ({status.Reason}); measure it with: {LabPaths.RunCommand(id)}");
                return null;
            case Freshness.Stale:
                Report(page, id, Severity.Warning,
                    $"lab result '{id}' is stale ({status.Reason}); measure it again with: {LabPaths.RunCommand(id)}");
                return status.Result;
            default:
                return status.Result;
        }
    }

    /// <summary>Reports a mistake in how a page uses the lab (an unknown metric, say) as an error on that page.</summary>
    public async ValueTask ErrorAsync(TemplateContext context, string id, string message) =>
        Report(await PagePathAsync(context), id + "\n" + message, Severity.Error, message);

    private void Report(string page, string key, Severity severity, string message)
    {
        if (!_reported.TryAdd((page, key), true)) return;
        diagnostics.Add(new BuildError(new SourcePosition(page), message, severity));
    }

    private static async ValueTask<string> PagePathAsync(TemplateContext context)
    {
        var page = context.GetValue("page");
        var path = page.IsNil() ? "" : (await page.GetValueAsync("path", context)).ToStringValue();
        return string.IsNullOrEmpty(path) ? "(template)" : path;
    }
}
