using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Blog.Lab.Results;

/// <summary>
/// The results folder (<c>input/_lab/results/</c>), one <c>&lt;id&gt;.json</c> per experiment. Writes are
/// atomic (a temporary file in the same folder, then a rename), so a reader or a crash never sees half a
/// file, and a failed or interrupted run, which writes nothing, keeps the previous result.
/// </summary>
public sealed class ResultStore(string directory)
{
    /// <summary>
    /// The generated metadata (<see cref="LabResultJsonContext"/>) under options that add the encoder: results are
    /// committed and read by people, so '+', '×' and the like stay as they are. Never embedded in HTML.
    /// </summary>
    private static readonly JsonTypeInfo<LabResult> Json = (JsonTypeInfo<LabResult>)new JsonSerializerOptions(LabResultJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.GetTypeInfo(typeof(LabResult));

    public string Directory { get; } = directory;

    public string PathOf(string id) => Path.Combine(Directory, id + ".json");

    /// <summary>
    /// A result as the store writes it (indented, snake_case, a final newline): the committed file, byte for byte, of a
    /// result the lab wrote. The site publishes the same text for readers who want the numbers behind a page.
    /// </summary>
    public static string ToJson(LabResult result) => JsonSerializer.Serialize(result, Json) + "\n";

    public async Task<LabResult?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var path = PathOf(id);
        if (!File.Exists(path)) return null;
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, Json, cancellationToken)
                   ?? throw new InvalidDataException($"{path}: empty result");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not a lab result: {e.Message}", e);
        }
    }

    /// <summary>The result of <paramref name="spec"/> and whether it is fresh, stale (and why) or missing.</summary>
    public async Task<ResultStatus> StatusAsync(Specs.ExperimentSpec spec, CancellationToken cancellationToken)
    {
        try
        {
            return ResultStatus.Of(spec, await ReadAsync(spec.Id, cancellationToken));
        }
        catch (InvalidDataException e)
        {
            return new ResultStatus(spec.Id, Freshness.Stale, $"the stored result cannot be read ({e.Message})", null);
        }
    }

    /// <summary>
    /// Stores <paramref name="result"/> atomically. A folder that cannot be written (read-only, full, not ours) is a
    /// <see cref="ResultsNotWrittenException"/> naming the folder; the previous result and the folder stay as they were.
    /// </summary>
    public async Task WriteAsync(LabResult result, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Directory, $".{result.Id}.json.{Guid.NewGuid():N}.tmp");
        try
        {
            await WriteThenRenameAsync(result, temporary, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ResultsNotWrittenException(Directory, result.Id, e);
        }
        finally
        {
            // Deleting frees space and needs none, so it works in a full folder too.
            try { if (File.Exists(temporary)) File.Delete(temporary); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* read-only: it was never created */ }
        }
    }

    private async Task WriteThenRenameAsync(LabResult result, string temporary, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var target = PathOf(result.Id);
        await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
        {
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(ToJson(result)), cancellationToken);
            await stream.FlushAsync(cancellationToken);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, target, overwrite: true);
    }
}
