using System.Collections.Concurrent;
using System.Threading.Channels;
using Blog.Site.Build.Incremental;
using Blog.Site.Diagnostics;
using Blog.Site.Serving;

namespace Blog.Site.Tests.Serving;

/// <summary>Keeps what the serve loop would print, and each build's outcome in order, to wait on without timing.</summary>
public sealed class RecordingReporter : IServeReporter
{
    /// <summary>How long a test waits for a build before failing; a bound, not a measurement.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Channel<BuildOutcome> _outcomes = Channel.CreateUnbounded<BuildOutcome>();

    public ConcurrentQueue<string> Lines { get; } = new();

    public void Built(IncrementalReport report, IReadOnlyList<string> changes)
    {
        Lines.Enqueue($"built {report.Rendered.Count}");
        _outcomes.Writer.TryWrite(new BuildOutcome(report, []));
    }

    public void Failed(IReadOnlyList<BuildError> errors, IReadOnlyList<string> changes)
    {
        foreach (var error in errors) Lines.Enqueue(error.ToString());
        _outcomes.Writer.TryWrite(new BuildOutcome(null, errors));
    }

    /// <summary>The next build's outcome (the session's first build is the first one).</summary>
    public async Task<BuildOutcome> NextBuildAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await _outcomes.Reader.ReadAsync(timeout.Token);
    }
}

/// <summary>One build of a serve session: its report when it succeeded, its errors when it failed.</summary>
public sealed record BuildOutcome(IncrementalReport? Report, IReadOnlyList<BuildError> Errors)
{
    public IncrementalReport Succeeded => Report ?? throw new Xunit.Sdk.XunitException("the build failed: " + string.Join("; ", Errors));
}
