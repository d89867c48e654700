using Blog.Lab.Running;

namespace Blog.Cli.Commands;

/// <summary><c>--lab auto|frozen|force</c>: the lab's own <see cref="LabMode"/> names, in lower case.</summary>
public static class LabModeNames
{
    public static string Of(LabMode mode) => mode.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out LabMode mode)
    {
        mode = Enum.GetValues<LabMode>().FirstOrDefault(m => Of(m) == name);
        return Of(mode) == name;
    }

    /// <summary>What to pass instead: <c>auto, frozen, force</c>.</summary>
    public static string All => string.Join(", ", Enum.GetValues<LabMode>().Select(Of));
}
