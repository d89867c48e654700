using Blog.Lab.Runtimes.Containers;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>What to run in one lab container: an image, the command given to its entrypoint, its limits, and a name if it needs one.</summary>
public sealed record LabContainerSpec(string Image, IReadOnlyList<string> Command, SandboxLimits Limits, string? Name = null);
