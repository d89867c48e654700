namespace Blog.Lab.Running;

/// <summary>
/// Which experiments a run measures, named as the command line names them (<c>--lab auto|frozen|force</c>; <c>lab run</c>
/// is <see cref="Auto"/>, <c>lab run --force</c> is <see cref="Force"/>).
/// </summary>
public enum LabMode
{
    /// <summary>The missing and stale results.</summary>
    Auto,
    /// <summary>Nothing: the stored results are used as they are.</summary>
    Frozen,
    /// <summary>Every selected experiment, fresh or not.</summary>
    Force,
}
