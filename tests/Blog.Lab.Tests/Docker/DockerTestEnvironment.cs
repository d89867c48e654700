using System.Runtime.CompilerServices;

namespace Blog.Lab.Tests.Docker;

/// <summary>
/// Testcontainers 4.16 asks the engine for a newer API than 20.10's 1.41 unless told, and its Ryuk reaper
/// image cannot be pulled here: both are set before any test touches Testcontainers (CI may not set them).
/// </summary>
internal static class DockerTestEnvironment
{
    [ModuleInitializer]
    internal static void Configure()
    {
        SetIfMissing("DOCKER_API_VERSION", "1.41");
        SetIfMissing("TESTCONTAINERS_RYUK_DISABLED", "true");
    }

    private static void SetIfMissing(string name, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(name)))
            Environment.SetEnvironmentVariable(name, value);
    }
}
