using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Site.Diagnostics;

namespace Blog.Site.Config;

/// <summary>
/// How external links are checked (<c>external_links:</c> in <c>_config.yml</c>); whether they are is the command
/// line's <c>--check-external</c> alone, so no build reaches the network unless the person running it asked.
/// </summary>
public sealed partial record ExternalLinkSettings
{
    /// <summary><c>--check-external</c>: check the site's http(s) links.</summary>
    public bool Check { get; init; }
    /// <summary><c>--strict</c>: a dead external link fails the build instead of warning.</summary>
    public bool Strict { get; init; }
    /// <summary>How long one request may take before it counts as timed out (<c>timeout:</c>).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    /// <summary>Requests in flight at once, over all hosts (<c>concurrency:</c>).</summary>
    public int Concurrency { get; init; } = 8;
    /// <summary>Requests in flight at once to one host (<c>per_host:</c>): a site is not hammered by a blog's links.</summary>
    public int PerHost { get; init; } = 2;
    /// <summary>Further attempts after a 5xx, a 408/429 or a timeout (<c>retries:</c>); a 404 is an answer, not retried.</summary>
    public int Retries { get; init; } = 2;
    /// <summary>The wait before the first retry, doubled before each next one (<c>retry_delay:</c>).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>How long a checked link's result is trusted before it is requested again (<c>cache_age:</c>).</summary>
    public TimeSpan CacheAge { get; init; } = TimeSpan.FromDays(1);
    /// <summary>URL patterns never requested (<c>ignore:</c>), <c>*</c> matching anything.</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Whether <paramref name="url"/> matches an <see cref="Ignore"/> pattern.</summary>
    public bool Ignores(string url) => Ignore.Any(pattern =>
        Regex.IsMatch(url, "^" + Regex.Escape(pattern).Replace(@"\*", ".*") + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary>The <c>external_links:</c> mapping; a mistake is an error at <paramref name="at"/> naming the key.</summary>
    internal static ExternalLinkSettings Read(object? value, SourcePosition at, ErrorCollector errors)
    {
        var settings = new ExternalLinkSettings();
        if (value is null) return settings;
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            errors.Error(at, "'external_links' should be a mapping (timeout:, concurrency:, per_host:, retries:, retry_delay:, cache_age:, ignore:)");
            return settings;
        }
        foreach (var (key, item) in map)
        {
            switch (key)
            {
                case "timeout": settings = settings with { Timeout = Duration(key, item, at, errors) ?? settings.Timeout }; break;
                case "retry_delay": settings = settings with { RetryDelay = Duration(key, item, at, errors) ?? settings.RetryDelay }; break;
                case "cache_age": settings = settings with { CacheAge = Duration(key, item, at, errors) ?? settings.CacheAge }; break;
                case "concurrency": settings = settings with { Concurrency = Count(key, item, 1, at, errors) ?? settings.Concurrency }; break;
                case "per_host": settings = settings with { PerHost = Count(key, item, 1, at, errors) ?? settings.PerHost }; break;
                case "retries": settings = settings with { Retries = Count(key, item, 0, at, errors) ?? settings.Retries }; break;
                case "ignore" when item is IReadOnlyList<object?> list && list.All(i => i is string):
                    settings = settings with { Ignore = list.Cast<string>().ToList() };
                    break;
                case "ignore":
                    errors.Error(at, "'external_links: ignore:' should be a list of URL patterns, such as - https://example.org/*");
                    break;
                default:
                    errors.Error(at, $"'external_links' has no setting '{key}': use timeout, concurrency, per_host, retries, retry_delay, cache_age or ignore");
                    break;
            }
        }
        return settings;
    }

    private static int? Count(string key, object? value, int least, SourcePosition at, ErrorCollector errors)
    {
        if (value is int n && n >= least) return n;
        if (value is long l && l >= least && l <= int.MaxValue) return (int)l;
        errors.Error(at, $"'external_links: {key}:' should be a whole number of at least {least}, but was: {value}");
        return null;
    }

    /// <summary>A duration: a number with a unit (<c>500ms</c>, <c>10s</c>, <c>5m</c>, <c>12h</c>, <c>7d</c>), or a bare number of seconds.</summary>
    private static TimeSpan? Duration(string key, object? value, SourcePosition at, ErrorCollector errors)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        var match = DurationPattern().Match(text);
        if (match.Success && double.TryParse(match.Groups["n"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n))
            return match.Groups["unit"].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(n),
                "m" => TimeSpan.FromMinutes(n),
                "h" => TimeSpan.FromHours(n),
                "d" => TimeSpan.FromDays(n),
                _ => TimeSpan.FromSeconds(n),
            };
        errors.Error(at, $"'external_links: {key}:' should be a duration such as 500ms, 10s, 5m, 12h or 7d, but was: {text}");
        return null;
    }

    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<unit>ms|s|m|h|d)?\s*$")]
    private static partial Regex DurationPattern();
}
