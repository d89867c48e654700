using System.Diagnostics;
using System.Text.Json;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content.Plugins;

/// <summary>
/// The pages a site's own Ruby plugins generate. Jekyll sites carry generators in <c>_plugins/*.rb</c> (tag and
/// author pages, often paginated, with their feeds); their logic is Ruby and exists nowhere else, so it runs in Ruby:
/// <c>generate-pages.rb</c> loads Jekyll as those plugins expect, reads the site, runs only the generators defined in
/// the plugins folder, and prints the pages they add (URL, data, template text, paginator) as JSON. Blog renders them
/// like any other page. As in Jekyll, <c>safe: true</c> turns plugins off. Without Ruby and Jekyll installed, a site
/// with plugins gets one error naming the plugins and what to install; a plugin that fails is reported at its line.
/// </summary>
internal static class RubyPluginPages
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The <c>.rb</c> files of the site's plugins folder; empty when there are none or <c>safe: true</c>.</summary>
    public static IReadOnlyList<string> PluginFiles(Config.SiteSettings settings)
    {
        if (settings.Values.GetValueOrDefault("safe") is true) return [];
        var folder = Path.Combine(settings.Source, settings.Values.GetValueOrDefault("plugins_dir") as string ?? "_plugins");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.rb", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary><paramref name="content"/> with the pages the site's generators add; unchanged for a site without plugins.</summary>
    public static async Task<SiteContent> AddAsync(SiteContent content, ErrorCollector errors, CancellationToken ct)
    {
        var settings = content.Settings;
        var plugins = PluginFiles(settings);
        if (plugins.Count == 0) return content;
        var first = new SourcePosition(Path.GetRelativePath(settings.Source, plugins[0]).Replace('\\', '/'), 1, 1);

        string output;
        try
        {
            output = await RunAsync(settings, ct);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or TimeoutException or RubyFailedException)
        {
            errors.Error(first, $"this site's Ruby plugins ({plugins.Count} in {Path.GetDirectoryName(first.Path)}) could not run: {e.Message}. " +
                                "They need Ruby with Jekyll: apt-get install jekyll (and the plugins' gems), or set safe: true to build without them");
            return content;
        }

        using var json = JsonDocument.Parse(output);
        if (json.RootElement.TryGetProperty("error", out var failure))
        {
            errors.Error(PositionOf(json.RootElement.GetProperty("at").GetString(), settings.Source) ?? first,
                $"a Ruby plugin failed: {failure.GetString()}");
            return content;
        }
        var posts = content.Posts.ToDictionary(p => p.RelativePath, StringComparer.Ordinal);
        var pages = json.RootElement.GetProperty("pages").EnumerateArray().Select(page => Page(page, settings, posts)).ToList();
        return content with { PluginPages = pages };
    }

    private static PlannedPluginPage Page(JsonElement page, Config.SiteSettings settings, IReadOnlyDictionary<string, Document> posts)
    {
        var url = page.GetProperty("url").GetString()!;
        var output = page.GetProperty("output").GetString()!.TrimStart('/');
        var data = (IReadOnlyDictionary<string, object?>)Value(page.GetProperty("data"), posts)!;
        var document = new Document
        {
            RelativePath = output,
            Kind = DocumentKind.Generated,
            Data = data,
            Body = page.GetProperty("content").GetString() ?? "",
            Extension = Path.GetExtension(page.GetProperty("name").GetString() ?? output),
            Title = data.GetValueOrDefault("title") as string,
            Date = settings.Time,
            Layout = data.GetValueOrDefault("layout") as string is { Length: > 0 } layout && layout != "none" ? layout : null,
            Url = url,
            OutputPath = output,
        };
        return new PlannedPluginPage(document, page.GetProperty("pager") is { ValueKind: JsonValueKind.Object } pager ? Pager(pager, posts) : null);
    }

    private static Pager Pager(JsonElement pager, IReadOnlyDictionary<string, Document> posts)
    {
        int? Number(string name) => pager.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        string? Text(string name) => pager.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var listed = pager.TryGetProperty("posts", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(p => Value(p, posts)).OfType<Document>().ToList()
            : [];
        return new Pager(Number("page") ?? 1, Number("per_page") ?? listed.Count, Number("total_pages") ?? 1, Number("total_posts") ?? listed.Count,
            listed, Number("previous_page"), Text("previous_page_path"), Number("next_page"), Text("next_page_path"));
    }

    /// <summary>JSON as the values every stage shares (see YamlReader); a post named by its path is that post's document.</summary>
    private static object? Value(JsonElement value, IReadOnlyDictionary<string, Document> posts) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var n) ? n : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => value.EnumerateArray().Select(v => Value(v, posts)).ToList(),
        JsonValueKind.Object when value.TryGetProperty("$document", out var path) => posts.GetValueOrDefault(path.GetString() ?? ""),
        JsonValueKind.Object when value.TryGetProperty("$time", out var time) => DateTimeOffset.Parse(time.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.Object when value.TryGetProperty("$page", out var url) => url.GetString(),
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value, posts), StringComparer.Ordinal),
        _ => null,
    };

    private static async Task<string> RunAsync(Config.SiteSettings settings, CancellationToken ct)
    {
        using var script = typeof(RubyPluginPages).Assembly.GetManifestResourceStream("Blog.Site.generate-pages.rb")!;
        var start = new ProcessStartInfo("ruby")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = settings.Source,
        };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(await new StreamReader(script).ReadToEndAsync(ct));
        start.ArgumentList.Add(settings.Source);
        foreach (var file in settings.ConfigFiles) start.ArgumentList.Add(file);
        // A Gemfile in the site must not make Jekyll ask Bundler for gems this machine may not have.
        start.Environment["JEKYLL_NO_BUNDLER_REQUIRE"] = "true";
        start.Environment["TZ"] = settings.TimeZone.Id;

        using var process = Process.Start(start) ?? throw new RubyFailedException("ruby did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (ct.IsCancellationRequested) throw;
            throw new TimeoutException($"the plugins ran over {Timeout.TotalMinutes:0} minutes");
        }
        var text = await stdout;
        if (process.ExitCode != 0 || !text.TrimStart().StartsWith('{'))
            throw new RubyFailedException(FirstLine(await stderr) ?? $"ruby exited {process.ExitCode}");
        return text;
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();

    /// <summary><c>/site/_plugins/tags.rb:12:in `generate'</c> → <c>_plugins/tags.rb:12:1</c>.</summary>
    private static SourcePosition? PositionOf(string? backtraceLine, string source)
    {
        if (backtraceLine is null) return null;
        var parts = backtraceLine.Split(':');
        if (parts.Length < 2 || !int.TryParse(parts[1], out var line)) return null;
        var path = Path.GetRelativePath(source, parts[0]).Replace('\\', '/');
        return new SourcePosition(path, line, 1);
    }

    private sealed class RubyFailedException(string message) : Exception(message);
}

/// <summary>A page a Ruby plugin generated, with its paginator when the plugin gave it one.</summary>
public sealed record PlannedPluginPage(Document Page, Pager? Pager);
