namespace Blog.Lab.Runtimes.Docker;

/// <summary>What to run in one lab container: an image, the command given to its entrypoint, and its limits.</summary>
public sealed record LabContainerSpec(string Image, IReadOnlyList<string> Command, SandboxLimits Limits);
