using Blog.Site.Serving;

namespace Blog.Site.Tests.Serving;

/// <summary>A client of the dev server's Server-Sent Events, read with a real HttpClient.</summary>
public sealed class EventStream : IAsyncDisposable
{
    /// <summary>How long a test waits for an event before failing; a bound, not a measurement.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventStream> OpenAsync(HttpClient client)
    {
        var response = await client.GetAsync(ReloadScript.EventsPath, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    public async Task<ServeEvent> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? name = null, data = null;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line["data: ".Length..];
            else if (line.Length == 0 && name is not null) return new ServeEvent(name, data ?? "");
        }
        throw new InvalidOperationException("the event stream ended");
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }
}
