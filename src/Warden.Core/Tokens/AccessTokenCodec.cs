using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Warden.Core.Tokens;

/// <summary>
/// Writes and reads Warden access tokens: compact JWS, ES256 only, <c>typ: at+jwt</c> (RFC 9068).
/// A purpose-built codec rather than a general JWT library: it accepts exactly one algorithm and header shape,
/// so algorithm-confusion attacks have nothing to confuse, and it verifies without per-call allocations
/// beyond the decoded payload.
/// </summary>
internal static class AccessTokenCodec
{
    private const int MaxActDepth = 16;

    public static string Write(AccessTokenClaims claims, string kid, ECDsa key)
    {
        var header = Encode(Encoding.UTF8.GetBytes($"{{\"alg\":\"ES256\",\"typ\":\"at+jwt\",\"kid\":{JsonSerializer.Serialize(kid)}}}"));
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("iss", claims.Issuer);
            writer.WriteString("sub", claims.Subject);
            writer.WriteString("aud", claims.Audience);
            writer.WriteNumber("exp", claims.ExpiresAt.ToUnixTimeSeconds());
            writer.WriteNumber("iat", claims.IssuedAt.ToUnixTimeSeconds());
            writer.WriteNumber("nbf", claims.IssuedAt.ToUnixTimeSeconds());
            writer.WriteString("jti", claims.Jti);
            writer.WriteString("client_id", claims.ClientId);
            writer.WriteString("scope", string.Join(' ', claims.Scopes));
            if (claims.SubjectIssuer is not null)
            {
                writer.WriteString("wdn_idp", claims.SubjectIssuer);
            }

            if (claims.SubjectGroups.Count > 0)
            {
                writer.WriteStartArray("wdn_groups");
                foreach (var g in claims.SubjectGroups)
                {
                    writer.WriteStringValue(g);
                }

                writer.WriteEndArray();
            }

            if (claims.Act is not null)
            {
                writer.WritePropertyName("act");
                WriteActor(writer, claims.Act);
            }

            if (claims.Elevation is not null)
            {
                writer.WriteString("wdn_elev", claims.Elevation);
            }

            writer.WriteEndObject();
        }

        var payload = Encode(buffer.WrittenSpan);
        var signingInput = header + "." + payload;
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return signingInput + "." + Encode(signature);
    }

    /// <summary>Parses and verifies a token; returns null and a reason when it is not acceptable.</summary>
    public static AccessTokenClaims? Read(string token, IReadOnlyDictionary<string, ECDsa> keys, int maxLength, out string? failure)
    {
        failure = null;
        if (token.Length == 0 || token.Length > maxLength)
        {
            failure = token.Length == 0 ? "empty token" : $"token longer than {maxLength} characters";
            return null;
        }

        var first = token.IndexOf('.', StringComparison.Ordinal);
        var second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (first <= 0 || second <= first + 1 || second == token.Length - 1 || token.IndexOf('.', second + 1) >= 0)
        {
            failure = "not a compact JWS (expected three non-empty parts)";
            return null;
        }

        if (!TryDecode(token.AsSpan(0, first), out var headerBytes) || !TryReadHeader(headerBytes, out var kid, out failure))
        {
            failure ??= "malformed header";
            return null;
        }

        if (!keys.TryGetValue(kid!, out var key))
        {
            failure = "unknown signing key id (kid)";
            return null;
        }

        if (!TryDecode(token.AsSpan(second + 1), out var signature) || signature.Length != 64)
        {
            failure = "malformed signature";
            return null;
        }

        var signingInput = Encoding.ASCII.GetBytes(token, 0, second);
        if (!key.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
        {
            failure = "signature verification failed";
            return null;
        }

        if (!TryDecode(token.AsSpan(first + 1, second - first - 1), out var payload))
        {
            failure = "malformed payload";
            return null;
        }

        return ReadPayload(payload, out failure);
    }

    private static bool TryReadHeader(byte[] header, out string? kid, out string? failure)
    {
        kid = null;
        failure = null;
        string? alg = null;
        string? typ = null;
        try
        {
            var reader = new Utf8JsonReader(header, new JsonReaderOptions { MaxDepth = 2 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "alg" when reader.TokenType == JsonTokenType.String:
                        alg = reader.GetString();
                        break;
                    case "typ" when reader.TokenType == JsonTokenType.String:
                        typ = reader.GetString();
                        break;
                    case "kid" when reader.TokenType == JsonTokenType.String:
                        kid = reader.GetString();
                        break;
                    case "crit":
                        failure = "critical header parameters are not supported";
                        return false;
                    default:
                        reader.Skip();
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Invalid UTF-8 in a header string surfaces as InvalidOperationException from GetString.
            return false;
        }

        if (!string.Equals(alg, "ES256", StringComparison.Ordinal))
        {
            failure = $"algorithm '{alg ?? "(none)"}' is not accepted; Warden tokens are ES256";
            return false;
        }

        if (!string.Equals(typ, "at+jwt", StringComparison.OrdinalIgnoreCase) && !string.Equals(typ, "application/at+jwt", StringComparison.OrdinalIgnoreCase))
        {
            failure = "token type is not at+jwt";
            return false;
        }

        if (string.IsNullOrEmpty(kid))
        {
            failure = "missing kid";
            return false;
        }

        return true;
    }

    private static AccessTokenClaims? ReadPayload(byte[] payload, out string? failure)
    {
        failure = "malformed claims";
        try
        {
            using var doc = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = MaxActDepth + 4 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object ||
                !TryString(root, "iss", out var iss) || !TryString(root, "sub", out var sub) || !TryString(root, "aud", out var aud) ||
                !TryString(root, "jti", out var jti) || !TryString(root, "client_id", out var clientId) ||
                !root.TryGetProperty("exp", out var exp) || !exp.TryGetInt64(out var expValue) ||
                !root.TryGetProperty("iat", out var iat) || !iat.TryGetInt64(out var iatValue))
            {
                return null;
            }

            var scopes = TryString(root, "scope", out var scope) ? scope.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            Actor? act = null;
            if (root.TryGetProperty("act", out var actElement) && !TryReadActor(actElement, 0, out act))
            {
                return null;
            }

            var groups = new List<string>();
            if (root.TryGetProperty("wdn_groups", out var groupsElement) && groupsElement.ValueKind == JsonValueKind.Array)
            {
                foreach (var g in groupsElement.EnumerateArray())
                {
                    if (g.ValueKind == JsonValueKind.String)
                    {
                        groups.Add(g.GetString()!);
                    }
                }
            }

            failure = null;
            return new AccessTokenClaims
            {
                Issuer = iss,
                Subject = sub,
                Audience = aud,
                Jti = jti,
                ClientId = clientId,
                Scopes = scopes,
                IssuedAt = DateTimeOffset.FromUnixTimeSeconds(iatValue),
                ExpiresAt = DateTimeOffset.FromUnixTimeSeconds(expValue),
                Act = act,
                SubjectIssuer = TryString(root, "wdn_idp", out var idp) ? idp : null,
                SubjectGroups = groups,
                Elevation = TryString(root, "wdn_elev", out var elev) ? elev : null,
            };
        }
        catch (Exception ex) when (ex is JsonException or ArgumentOutOfRangeException or InvalidOperationException)
        {
            return null;
        }
    }

    private static bool TryReadActor(JsonElement element, int depth, out Actor? actor)
    {
        actor = null;
        if (depth >= MaxActDepth || element.ValueKind != JsonValueKind.Object || !TryString(element, "sub", out var sub))
        {
            return false;
        }

        Actor? previous = null;
        if (element.TryGetProperty("act", out var inner) && !TryReadActor(inner, depth + 1, out previous))
        {
            return false;
        }

        actor = new Actor(sub, previous);
        return true;
    }

    private static void WriteActor(Utf8JsonWriter writer, Actor actor)
    {
        writer.WriteStartObject();
        writer.WriteString("sub", actor.Subject);
        if (actor.Previous is not null)
        {
            writer.WritePropertyName("act");
            WriteActor(writer, actor.Previous);
        }

        writer.WriteEndObject();
    }

    private static bool TryString(JsonElement obj, string name, out string value)
    {
        value = "";
        if (obj.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
        {
            value = p.GetString()!;
            return value.Length > 0 || string.Equals(name, "scope", StringComparison.Ordinal);
        }

        return false;
    }

    private static string Encode(ReadOnlySpan<byte> data) => System.Buffers.Text.Base64Url.EncodeToString(data);

    private static bool TryDecode(ReadOnlySpan<char> text, out byte[] bytes)
    {
        bytes = [];
        if (!System.Buffers.Text.Base64Url.IsValid(text, out var length))
        {
            return false;
        }

        bytes = new byte[length];
        return System.Buffers.Text.Base64Url.TryDecodeFromChars(text, bytes, out _);
    }
}
