namespace Blog.Lab.Results;

/// <summary>
/// The results folder refused a result (read-only, full, not ours to write). The message names the folder and
/// the system's reason without the temporary file's name, which the reader never sees and which is gone.
/// </summary>
public sealed class ResultsNotWrittenException(string directory, string id, Exception inner)
    : IOException($"the results folder {directory} cannot be written ({Reason(inner)}), so {id} was not stored", inner)
{
    public string Directory { get; } = directory;

    /// <summary>"No space left on device : '/x/.a.json.tmp'" → "No space left on device".</summary>
    private static string Reason(Exception e)
    {
        var message = e.Message;
        var path = message.IndexOf(" : '", StringComparison.Ordinal);
        return (path > 0 ? message[..path] : message).Trim();
    }
}
