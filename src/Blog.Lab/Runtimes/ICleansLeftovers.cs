namespace Blog.Lab.Runtimes;

/// <summary>
/// A runtime that can leave things behind when the lab is killed hard (containers, images, VM processes):
/// <c>lab clean</c> asks it to remove everything carrying the lab's label, whatever run made it.
/// </summary>
public interface ICleansLeftovers
{
    /// <summary>Removes leftovers; returns one line per thing removed (e.g. <c>container 3f2a… (run 2024…)</c>).</summary>
    Task<IReadOnlyList<string>> CleanLeftoversAsync(CancellationToken cancellationToken);
}
