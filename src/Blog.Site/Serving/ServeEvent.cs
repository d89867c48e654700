using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Blog.Site.Diagnostics;

namespace Blog.Site.Serving;

/// <summary>
/// One message to the open pages, sent as a Server-Sent Event. <c>reload</c> carries the generation of the site now
/// served (a page built from another generation reloads); <c>build-error</c> carries the errors for the overlay.
/// The name is not <c>error</c> because EventSource fires <c>error</c> itself when the connection drops.
/// </summary>
public sealed partial record ServeEvent(string Name, string Data)
{
    public const string ReloadName = "reload";
    public const string BuildErrorName = "build-error";

    public static ServeEvent Reload(int generation) => new(ReloadName, generation.ToString(CultureInfo.InvariantCulture));

    public static ServeEvent BuildFailed(IEnumerable<BuildError> errors) =>
        new(BuildErrorName, JsonSerializer.Serialize(new BuildErrors([.. errors.Select(e => e.ToString())]), BuildErrorsJson.Default.BuildErrors));

    /// <summary>The event in the text/event-stream format (the data is one line: numbers and JSON have no raw newlines).</summary>
    public string ToWire() => $"event: {Name}\ndata: {Data}\n\n";

    /// <summary>The data of a <c>build-error</c> event: <c>{"errors":["…"]}</c>, which the live-reload script reads.</summary>
    private sealed record BuildErrors([property: JsonPropertyName("errors")] string[] Errors);

    /// <summary>Source-generated JSON metadata for <see cref="BuildErrors"/> (no reflection, so it works under Native AOT).</summary>
    [JsonSerializable(typeof(BuildErrors))]
    private sealed partial class BuildErrorsJson : JsonSerializerContext;
}
