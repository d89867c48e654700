namespace Blog.Site.Build;

/// <summary>
/// The one staging folder a session's rebuilds share (<see cref="StagingFolder.ForNextRebuild"/>): each rebuild writes
/// its outputs into the files the previous one left there, and between builds (<c>serve</c>'s) the folder may be filled
/// up to as many files as a rebuild of every page stages, so that even the session's first layout edit creates no file.
/// Deleted when the session ends.
/// </summary>
internal sealed class RebuildStaging : IAsyncDisposable
{
    private StagingFolder? _kept;
    // The kept folder has a file for each of the first this many outputs a rebuild stages.
    private int _filled;
    private CancellationTokenSource? _stopFilling;
    private Task _filling = Task.CompletedTask;

    /// <summary>The folder for a rebuild: the kept one once filling it stopped, or a new one beside <paramref name="destination"/>.</summary>
    public async Task<StagingFolder> TakeAsync(string destination)
    {
        await StopFillingAsync();
        var kept = _kept;
        _kept = null;
        if (kept is not null && kept.IsFor(destination)) return kept.ForNextRebuild();
        if (kept is not null) await kept.DisposeAsync();
        _filled = 0;
        return StagingFolder.Create(destination);
    }

    /// <summary>
    /// Keeps a rebuild's folder (or, after a first build, a new one) for the next rebuild, filled in the background up to
    /// <paramref name="slots"/> files (none: not filled).
    /// </summary>
    public async Task KeepAsync(StagingFolder? folder, string destination, int slots)
    {
        await StopFillingAsync();
        if (folder is null)
        {
            if (_kept is not null) await _kept.DisposeAsync();
            folder = StagingFolder.Create(destination);
            _filled = 0;
        }
        var kept = _kept = folder;
        if (slots == 0) return;
        var (filled, staged) = (_filled, kept.Staged);
        var stop = _stopFilling = new CancellationTokenSource();
        _filling = Task.Run(() => _filled = Fill(kept, filled, staged, slots, stop.Token), CancellationToken.None);
    }

    /// <summary>How many files the folder has for certain once filled (or stopped).</summary>
    private static int Fill(StagingFolder folder, int filled, int staged, int slots, CancellationToken cancellationToken)
    {
        // A file the last rebuild staged went into the destination when its output was new there; the others stand.
        var sure = folder.FillSlots(1, staged, cancellationToken);
        return sure < staged ? Math.Min(filled, sure) : folder.FillSlots(Math.Max(filled, staged) + 1, slots, cancellationToken);
    }

    private async Task StopFillingAsync()
    {
        if (_stopFilling is null) return;
        await _stopFilling.CancelAsync();
        // A folder that could not be filled is only slower to write into.
        await _filling.ContinueWith(_ => { }, TaskScheduler.Default);
        _stopFilling.Dispose();
        _stopFilling = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopFillingAsync();
        if (_kept is not null) await _kept.DisposeAsync();
        _kept = null;
    }
}
