namespace Blog.Lab.Running;

/// <summary>Which experiments a run measures.</summary>
public enum LabMode
{
    /// <summary>Measure nothing: use the committed results as they are (the normal build).</summary>
    Frozen,
    /// <summary>The build's <c>--lab run-missing</c>: measure missing and stale results whose runtimes are here; warn about the rest.</summary>
    Auto,
    /// <summary><c>lab run</c>: measure missing and stale results; a missing runtime stops the run before anything is touched.</summary>
    Missing,
    /// <summary><c>lab run --force</c>: measure every selected experiment, fresh or not.</summary>
    Force,
}
