using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Warden.Audit.Chain;

/// <summary>
/// The archive and export format: JSON Lines with a header (the anchor), one line per event with its chain data and
/// the canonical event verbatim, the signed checkpoints, and a footer naming the last event so truncation shows.
/// </summary>
public static class AuditJsonLines
{
    public static async Task<long> WriteAsync(TextWriter writer, ChainAnchor anchor, IAsyncEnumerable<AuditRecord> records, IReadOnlyList<AuditCheckpoint> checkpoints, long? through, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync(new JsonObject { ["kind"] = "header", ["version"] = 1, ["anchorSeq"] = anchor.Sequence, ["anchorHash"] = anchor.Hash }.ToJsonString());
        var last = anchor;
        long count = 0;
        await foreach (var r in records.WithCancellation(cancellationToken))
        {
            if (through is { } t && r.Sequence > t)
            {
                break;
            }

            // The payload is written byte for byte: it is what the hash covers.
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{{\"kind\":\"event\",\"seq\":{r.Sequence},\"prev\":\"{r.PreviousHash}\",\"hash\":\"{r.Hash}\",\"event\":{r.Payload}}}"));
            last = new ChainAnchor(r.Sequence, r.Hash);
            count++;
        }

        foreach (var c in checkpoints.Where(c => c.Sequence > anchor.Sequence && c.Sequence <= last.Sequence))
        {
            await writer.WriteLineAsync(new JsonObject
            {
                ["kind"] = "checkpoint",
                ["seq"] = c.Sequence,
                ["hash"] = c.Hash,
                ["signedAt"] = AuditCanonical.FormatTime(c.SignedAt),
                ["kid"] = c.KeyId,
                ["sig"] = c.Signature,
                ["jwk"] = c.PublicJwk,
            }.ToJsonString());
        }

        await writer.WriteLineAsync(new JsonObject { ["kind"] = "footer", ["lastSeq"] = last.Sequence, ["lastHash"] = last.Hash, ["count"] = count }.ToJsonString());
        return count;
    }

    /// <summary>Reads a file written by <see cref="WriteAsync"/>; damage is reported in <see cref="AuditFile.Problem"/>.</summary>
    public static async Task<AuditFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var file = new AuditFile();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(line);
            }
            catch (JsonException)
            {
                var at = (file.Records.Count > 0 ? file.Records[^1].Sequence : file.Anchor.Sequence) + 1;
                file.Problem = new VerificationProblem(at, ProblemKind.Truncated, $"line {lineNumber} is not complete JSON (the file was cut off or damaged)");
                return file;
            }

            using (doc)
            {
                var r = doc.RootElement;
                switch (r.GetProperty("kind").GetString())
                {
                    case "header":
                        file.Anchor = new ChainAnchor(r.GetProperty("anchorSeq").GetInt64(), r.GetProperty("anchorHash").GetString()!);
                        break;
                    case "event":
                        file.Records.Add(new AuditRecord
                        {
                            Sequence = r.GetProperty("seq").GetInt64(),
                            PreviousHash = r.GetProperty("prev").GetString()!,
                            Hash = r.GetProperty("hash").GetString()!,
                            Payload = r.GetProperty("event").GetRawText(),
                        });
                        break;
                    case "checkpoint":
                        file.Checkpoints.Add(new AuditCheckpoint
                        {
                            Sequence = r.GetProperty("seq").GetInt64(),
                            Hash = r.GetProperty("hash").GetString()!,
                            SignedAt = DateTimeOffset.Parse(r.GetProperty("signedAt").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                            KeyId = r.GetProperty("kid").GetString()!,
                            Signature = r.GetProperty("sig").GetString()!,
                            PublicJwk = r.TryGetProperty("jwk", out var jwk) && jwk.ValueKind == JsonValueKind.String ? jwk.GetString() : null,
                        });
                        break;
                    case "footer":
                        file.FooterLast = r.GetProperty("lastSeq").GetInt64();
                        break;
                }
            }
        }

        if (file.FooterLast is null)
        {
            var at = (file.Records.Count > 0 ? file.Records[^1].Sequence : file.Anchor.Sequence) + 1;
            file.Problem = new VerificationProblem(at, ProblemKind.Truncated, "the file has no footer: it was cut off after the last complete event");
        }

        return file;
    }
}

/// <summary>A read archive or export.</summary>
public sealed class AuditFile
{
    public ChainAnchor Anchor { get; set; } = ChainAnchor.Genesis;

    public List<AuditRecord> Records { get; } = [];

    public List<AuditCheckpoint> Checkpoints { get; } = [];

    public long? FooterLast { get; set; }

    public VerificationProblem? Problem { get; set; }
}
