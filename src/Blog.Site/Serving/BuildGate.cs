namespace Blog.Site.Serving;

/// <summary>
/// Lets a request that found no file wait for the build in progress: while the new site is swapped in, the
/// destination folder is briefly absent, and the answer after the build is the right one.
/// </summary>
public sealed class BuildGate
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _idle = Completed();

    public void Enter()
    {
        lock (_gate)
            if (_idle.Task.IsCompleted) _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Leave()
    {
        lock (_gate) _idle.TrySetResult();
    }

    public Task WaitIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate) return _idle.Task.WaitAsync(cancellationToken);
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource();
        done.SetResult();
        return done;
    }
}
