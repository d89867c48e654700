namespace Blog.Site.Rendering;

/// <summary>
/// What a page's last render read of the site (<see cref="SiteInput"/> keys, in order), and whether it read another
/// document's content or excerpt. With the same inputs a render reads the same, so a page whose every read input is
/// as it was renders as it did.
/// </summary>
public sealed record PageReads(IReadOnlyList<string> Inputs, bool Bodies)
{
    public bool Contains(string input)
    {
        foreach (var read in Inputs)
            if (read == input) return true;
        return false;
    }
}
