namespace Blog.Site.Checks;

public enum LinkStatus
{
    /// <summary>Another site, or a scheme that is not a page (<c>mailto:</c>, <c>tel:</c>, <c>data:</c>...): not checked.</summary>
    External,
    /// <summary>A file of this build.</summary>
    Found,
    /// <summary>Nothing in the build answers this URL.</summary>
    Missing,
}

/// <summary>Where an internal link leads: the output file that serves it and the fragment it asks for, if any.</summary>
public readonly record struct LinkTarget(LinkStatus Status, string? OutputPath = null, string? Fragment = null)
{
    public static readonly LinkTarget External = new(LinkStatus.External);
    public static readonly LinkTarget Missing = new(LinkStatus.Missing);
}
