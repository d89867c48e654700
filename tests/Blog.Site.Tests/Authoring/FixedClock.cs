namespace Blog.Site.Tests.Authoring;

/// <summary>A clock that always says the same instant.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
