using Blog.Lab.Experiments;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>The labels on every container and image the lab creates: how <c>lab clean</c> and the tests find them.</summary>
public static class LabLabels
{
    public static Dictionary<string, string> For(string runId) => new()
    {
        [LabContext.Label] = "1",
        [LabContext.RunLabel] = runId,
    };

    /// <summary>An engine list filter: everything the lab made, or only what run <paramref name="runId"/> made.</summary>
    public static IDictionary<string, IDictionary<string, bool>> Filter(string? runId) =>
        new Dictionary<string, IDictionary<string, bool>>
        {
            ["label"] = new Dictionary<string, bool>
            {
                [runId is null ? LabContext.Label : $"{LabContext.RunLabel}={runId}"] = true,
            },
        };
}
