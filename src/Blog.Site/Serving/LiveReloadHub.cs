using System.Threading.Channels;

namespace Blog.Site.Serving;

/// <summary>
/// Fans the serve loop's events out to every open page. A page that connects is first told the current state
/// (the generation served, or the errors of the last build), so a tab opened or reconnected between builds is
/// never out of date.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<ServeEvent>> _subscribers = [];
    private ServeEvent _current = ServeEvent.Reload(0);

    /// <summary>The last event published: what a newly connected page is told first.</summary>
    public ServeEvent Current
    {
        get { lock (_gate) return _current; }
    }

    /// <summary>The generation of the site being served: 0 until a build succeeds, then one more per successful build.</summary>
    public int Generation { get; private set; }

    public void SiteBuilt()
    {
        lock (_gate)
        {
            Generation++;
            PublishLocked(ServeEvent.Reload(Generation));
        }
    }

    public void Publish(ServeEvent serveEvent)
    {
        lock (_gate) PublishLocked(serveEvent);
    }

    /// <summary>A stream of events starting with the current state; dispose to leave.</summary>
    public Subscription Subscribe()
    {
        // A slow page misses old events rather than holding memory: only the newest state matters to it.
        var channel = Channel.CreateBounded<ServeEvent>(new BoundedChannelOptions(8) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            channel.Writer.TryWrite(_current);
            _subscribers.Add(channel);
        }
        return new Subscription(channel.Reader, () =>
        {
            lock (_gate) _subscribers.Remove(channel);
            channel.Writer.TryComplete();
        });
    }

    private void PublishLocked(ServeEvent serveEvent)
    {
        _current = serveEvent;
        foreach (var subscriber in _subscribers) subscriber.Writer.TryWrite(serveEvent);
    }

    public sealed class Subscription(ChannelReader<ServeEvent> events, Action leave) : IDisposable
    {
        public ChannelReader<ServeEvent> Events { get; } = events;

        public void Dispose() => leave();
    }
}
