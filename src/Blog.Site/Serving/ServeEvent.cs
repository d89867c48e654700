using System.Globalization;
using System.Text.Json;
using Blog.Site.Diagnostics;

namespace Blog.Site.Serving;

/// <summary>
/// One message to the open pages, sent as a Server-Sent Event. <c>reload</c> carries the generation of the site now
/// served (a page built from another generation reloads); <c>build-error</c> carries the errors for the overlay.
/// The name is not <c>error</c> because EventSource fires <c>error</c> itself when the connection drops.
/// </summary>
public sealed record ServeEvent(string Name, string Data)
{
    public const string ReloadName = "reload";
    public const string BuildErrorName = "build-error";

    public static ServeEvent Reload(int generation) => new(ReloadName, generation.ToString(CultureInfo.InvariantCulture));

    public static ServeEvent BuildFailed(IEnumerable<BuildError> errors) =>
        new(BuildErrorName, JsonSerializer.Serialize(new { errors = errors.Select(e => e.ToString()).ToArray() }));

    /// <summary>The event in the text/event-stream format (the data is one line: numbers and JSON have no raw newlines).</summary>
    public string ToWire() => $"event: {Name}\ndata: {Data}\n\n";
}
