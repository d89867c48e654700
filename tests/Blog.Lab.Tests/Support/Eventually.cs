namespace Blog.Lab.Tests.Support;

/// <summary>Polls until something the test waits for is true (a container running, a VM started), within a generous bound.</summary>
internal static class Eventually
{
    public static async Task WaitUntilAsync(string what, TimeSpan limit, Func<Task<bool>> condition, Func<string>? context = null)
    {
        using var deadline = new CancellationTokenSource(limit);
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
                Assert.Fail($"waited {limit.TotalSeconds:0}s for {what}{(context is null ? "" : ":\n" + context())}");
            await Task.Delay(100);
        }
    }
}
