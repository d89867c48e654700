using Blog.Site.Build;
using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Diagnostics;

namespace Blog.Site.Serving;

/// <summary>What the serve loop tells the person at the terminal.</summary>
public interface IServeReporter
{
    void Built(IncrementalReport report, IReadOnlyList<string> changes);
    void Failed(IReadOnlyList<BuildError> errors, IReadOnlyList<string> changes);
}

/// <summary>
/// Builds the site, then rebuilds what every burst of changes in the watched folders affects, one build at a time.
/// A successful build tells the open pages to reload; a failed one shows its errors in the terminal and over the
/// pages, and the destination keeps the last good site (the builder only swaps in a complete one).
/// </summary>
public sealed class ServeLoop(IncrementalSiteBuilder builder, BuildOptions options, LiveReloadHub hub, BuildGate gate, IServeReporter reporter)
{
    private bool _served;

    /// <summary>Builds once (the first time everything, then what <paramref name="changes"/> affect); returns true when the build succeeded.</summary>
    public async Task<bool> BuildAsync(IReadOnlyList<string> changes, CancellationToken cancellationToken)
    {
        gate.Enter();
        try
        {
            var report = await builder.BuildAsync(options, changes, cancellationToken);
            // The open pages reload when the site changed, or to drop the error overlay of a failed build.
            if (report.Written > 0 || !_served) hub.SiteBuilt();
            _served = true;
            reporter.Built(report, changes);
            return true;
        }
        catch (BuildFailedException failed)
        {
            _served = false;
            hub.Publish(ServeEvent.BuildFailed(failed.Errors));
            reporter.Failed(failed.Errors, changes);
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A file vanished mid-read (an editor's atomic save), or a bug: the session goes on serving the last
            // good site, and the next change rebuilds.
            _served = false;
            var error = new BuildError(new SourcePosition(options.Source), e.Message);
            hub.Publish(ServeEvent.BuildFailed([error]));
            reporter.Failed([error], changes);
            return false;
        }
        finally
        {
            gate.Leave();
        }
    }

    /// <summary>Rebuilds on every batch of changes until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task WatchAsync(SourceWatcher watcher, CancellationToken cancellationToken)
    {
        await foreach (var changes in watcher.BatchesAsync(cancellationToken))
            await BuildAsync(changes, cancellationToken);
    }
}
