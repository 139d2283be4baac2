using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Warden.Audit.Chain;

/// <summary>
/// The hash chain: <c>hash_n = SHA-256(hash_{n-1} || canonical(event_n))</c>, where the canonical text starts with
/// <c>{"seq":n,</c>. Committing the sequence number inside the hashed text is what lets the verifier tell a
/// deletion or reordering apart from an edit.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of event 1: 32 zero bytes.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Places the sequence number in front of a body made by <see cref="AuditCanonical.Body"/>.</summary>
    public static string Payload(long sequence, string body)
    {
        // body is a JSON object "{...}"; an empty one would never occur because eventId is always written.
        return string.Create(CultureInfo.InvariantCulture, $"{{\"seq\":{sequence},{body.AsSpan(1)}");
    }

    public static string ComputeHash(string previousHash, string payload)
    {
        var length = 32 + Encoding.UTF8.GetMaxByteCount(payload.Length);
        var rented = length > 8 * 1024 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            Span<byte> input = rented ?? stackalloc byte[length];
            if (Convert.FromHexString(previousHash, input[..32], out _, out var written) != OperationStatus.Done || written != 32)
            {
                throw new FormatException("A chain hash must be 64 hex digits.");
            }

            var used = 32 + Encoding.UTF8.GetBytes(payload, input[32..]);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(input[..used], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Links a batch after <paramref name="head"/>; returns the records in order.</summary>
    public static List<AuditRecord> Link(ChainAnchor head, IReadOnlyList<AuditBody> bodies)
    {
        var records = new List<AuditRecord>(bodies.Count);
        var previous = head.Hash;
        var sequence = head.Sequence;
        foreach (var body in bodies)
        {
            sequence++;
            var payload = Payload(sequence, body.Json);
            var hash = ComputeHash(previous, payload);
            records.Add(new AuditRecord { Sequence = sequence, Payload = payload, PreviousHash = previous, Hash = hash, Projection = body.Projection });
            previous = hash;
        }

        return records;
    }
}

/// <summary>An event serialised without its sequence number (done before the chain lock is taken), with its projection.</summary>
public sealed record AuditBody(string Json, AuditProjection Projection);
