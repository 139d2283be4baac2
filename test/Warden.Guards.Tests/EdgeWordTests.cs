using System.Text.Json;
using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// Session 12 review: the PII detector threw on any text that opened with a day name ("Monday works for me" was refused
/// with WRD5002), because a look-behind read the character before index 0. Every distinct word and word pair of the
/// PII and secrets dev files is scanned alone and at either edge of a text, so a rule that reads past the start or end
/// of the text fails here instead of refusing a user's message.
/// </summary>
public sealed class EdgeWordTests
{
    private static readonly string[] Files =
        ["pii.dev.jsonl", "pii.gen.dev.jsonl", "pii.gen2.dev.jsonl", "pii.gen3.dev.jsonl", "pii.hand5.dev.jsonl", "secrets.dev.jsonl", "secrets.gen.dev.jsonl", "secrets.hand5.dev.jsonl"];

    private static List<string> Pieces()
    {
        var pieces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            foreach (var line in File.ReadLines(RepoFiles.Dev(file)).Where(l => l.Length > 0))
            {
                var words = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < words.Length; i++)
                {
                    pieces.Add(words[i]);
                    if (i + 1 < words.Length)
                    {
                        pieces.Add(words[i] + " " + words[i + 1]);
                    }
                }
            }
        }

        return [.. pieces.Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void EveryDevWordAndPair_AloneOrAtAnEdge_ScansWithoutError()
    {
        var detectors = new IGuardDetector[] { new PiiDetector(0.01), new SecretsDetector(0.01) };
        var pieces = Pieces();
        Assert.True(pieces.Count > 5000, $"only {pieces.Count} pieces");
        var failures = new List<string>();
        foreach (var piece in pieces)
        {
            foreach (var text in new[] { piece, piece + " x", "x " + piece, piece + "\n", "\n" + piece })
            {
                foreach (var detector in detectors)
                {
                    var found = new List<GuardFinding>();
                    try
                    {
                        detector.Scan(text, GuardScanContext.For(GuardChannel.User), found);
                    }
                    catch (Exception ex) when (failures.Count < 20)
                    {
                        failures.Add($"{detector.Name} on {JsonSerializer.Serialize(text)}: {ex.GetType().Name}");
                        continue;
                    }

                    if (found.Any(f => f.Start < 0 || f.End > text.Length || f.End <= f.Start) && failures.Count < 20)
                    {
                        failures.Add($"{detector.Name} on {JsonSerializer.Serialize(text)}: a finding outside the text");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
