using System.Text.Json.Serialization;

namespace Blog.Lab.Results;

/// <summary>
/// Source-generated JSON metadata for <see cref="LabResult"/> with the store's settings: <see cref="ResultStore"/> reads
/// and writes results without reflection, so the generator also works published as Native AOT (where reflection-based
/// System.Text.Json is unsupported). The encoder, which an attribute cannot name, is added by the store.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(LabResult))]
internal sealed partial class LabResultJsonContext : JsonSerializerContext;
