namespace Blog.Lab.Runtimes.Docker;

/// <summary>Runs one engine call under its own timeout, linked to the caller's token.</summary>
internal static class DockerOperation
{
    public static async Task<T> RunAsync<T>(
        string what, TimeSpan timeout, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await call(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && limit.IsCancellationRequested)
        {
            throw new TimeoutException($"docker: {what} did not finish within {timeout.TotalSeconds:0.###}s");
        }
    }

    public static Task RunAsync(string what, TimeSpan timeout, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        RunAsync(what, timeout, async ct => { await call(ct); return true; }, cancellationToken);
}
