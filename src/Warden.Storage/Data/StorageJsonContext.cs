using System.Text.Json.Serialization;

namespace Warden.Storage;

/// <summary>Source-generated JSON for the collection columns: no reflection, stable output on both providers.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, string>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
