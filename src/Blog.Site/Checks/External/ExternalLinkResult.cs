namespace Blog.Site.Checks.External;

/// <summary>What requesting one external link gave: alive or dead, the last status (0 when none came), why, and when.</summary>
public sealed record ExternalLinkResult(bool Alive, int Status, string Reason, DateTimeOffset CheckedAt);
