namespace Blog.Lab.Running;

/// <summary>A run's id: UTC time plus a random suffix, valid as a Docker label value and in file and VM names.</summary>
public static class RunId
{
    public static string New(TimeProvider clock) =>
        $"{clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
}
