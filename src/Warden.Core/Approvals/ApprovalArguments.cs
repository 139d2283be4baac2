using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Warden.Core.Approvals;

/// <summary>
/// Canonical form and hash of call arguments, so an approval binds to the arguments and not to their spelling:
/// object members sorted by name (ordinal), no insignificant whitespace, numbers in their shortest JSON form.
/// </summary>
public static class ApprovalArguments
{
    /// <summary>The hash of no arguments (an absent or undefined element).</summary>
    public static readonly string None = Hash(default);

    /// <summary>Base64url (no padding) SHA-256 of the canonical JSON of <paramref name="arguments"/>.</summary>
    public static string Hash(JsonElement arguments)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, SkipValidation = false }))
        {
            if (arguments.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteCanonical(writer, arguments);
            }
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The canonical JSON text of <paramref name="arguments"/>, as hashed by <see cref="Hash"/>.</summary>
    public static string Canonical(JsonElement arguments)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (arguments.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteCanonical(writer, arguments);
            }
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    WriteCanonical(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.Number:
                // 1, 1.0 and 1e0 are the same argument value.
                if (element.TryGetDecimal(out var d))
                {
                    writer.WriteNumberValue(d / 1.000000000000000000000000000000000m);
                }
                else
                {
                    writer.WriteNumberValue(element.GetDouble());
                }

                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
