using System.Net;
using Blog.Site.Config;

namespace Blog.Site.Checks.External;

/// <summary>
/// Requests one external link: <c>HEAD</c> first (no body to download), then <c>GET</c> when the server answers
/// <c>HEAD</c> with an error, since many refuse or mishandle it. Redirects are followed (a 301 to a live page is live).
/// A 5xx, a 408 or 429 and a timeout are retried after a wait that doubles; any other answer, a 404 among them, is final.
/// </summary>
internal sealed class ExternalLinkProbe(HttpClient client, ExternalLinkSettings settings, TimeProvider clock)
{
    /// <summary>The link's result: alive, or dead after at most 1 + <c>retries:</c> <c>GET</c>s, with why.</summary>
    public async Task<ExternalLinkResult> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var head = await RequestAsync(HttpMethod.Head, url, cancellationToken);
        if (head.Alive) return head;
        var delay = settings.RetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            var get = await RequestAsync(HttpMethod.Get, url, cancellationToken);
            if (get.Alive || !Retryable(get) || attempt > settings.Retries)
                return attempt == 1 || get.Alive ? get : get with { Reason = $"{get.Reason}, {attempt} attempts" };
            await Task.Delay(delay, clock, cancellationToken);
            delay *= 2;
        }
    }

    private static bool Retryable(ExternalLinkResult result) =>
        result.Status is 0 or >= 500 or (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests;

    private async Task<ExternalLinkResult> RequestAsync(HttpMethod method, Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var request = new HttpRequestMessage(method, url);
            // Only the status is wanted: the body of a GET is not read.
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            return new ExternalLinkResult(response.IsSuccessStatusCode, status, $"{status} {response.ReasonPhrase}".TrimEnd(), clock.GetUtcNow());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExternalLinkResult(false, 0, $"no answer within {settings.Timeout.TotalSeconds:0.###} s", clock.GetUtcNow());
        }
        catch (HttpRequestException e)
        {
            return new ExternalLinkResult(false, 0, e.HttpRequestError == HttpRequestError.Unknown ? e.Message : $"{e.HttpRequestError}: {e.Message}", clock.GetUtcNow());
        }
    }
}
