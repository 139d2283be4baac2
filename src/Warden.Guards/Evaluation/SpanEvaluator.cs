using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Warden.Guards.Evaluation;

/// <summary>Span metrics: per-type precision/recall/F1 by overlap, type-agnostic overall, and token-level pii_f2 (beta = 2).</summary>
internal static class SpanEvaluator
{
    public static JsonObject Evaluate(IGuardDetector detector, string path)
    {
        var perType = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // [predTp, pred, goldHit, gold]
        int anyPredTp = 0, anyPred = 0, anyGoldHit = 0, anyGold = 0;
        long tokTp = 0, tokPred = 0, tokGold = 0;
        var latencies = new List<double>();
        var count = 0;
        foreach (var (line, row) in JsonlReader.Read(path))
        {
            var text = JsonlReader.String(row, "text") ?? throw new GuardException(GuardErrors.BadEvalData, $"{path}:{line}: missing \"text\".");
            var gold = Spans(row, text.Length, path, line);
            var found = new List<GuardFinding>();
            var start = Stopwatch.GetTimestamp();
            detector.Scan(text, GuardScanContext.For(GuardChannel.User), found);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            count++;
            var pred = found.Select(f => (f.Type, f.Start, f.End)).ToList();

            foreach (var p in pred)
            {
                var c = Counter(perType, p.Type);
                c[1]++;
                anyPred++;
                c[0] += gold.Exists(g => g.Type == p.Type && Overlap(g, p)) ? 1 : 0;
                anyPredTp += gold.Exists(g => Overlap(g, p)) ? 1 : 0;
            }

            foreach (var g in gold)
            {
                var c = Counter(perType, g.Type);
                c[3]++;
                anyGold++;
                c[2] += pred.Exists(p => p.Type == g.Type && Overlap(g, p)) ? 1 : 0;
                anyGoldHit += pred.Exists(p => Overlap(g, p)) ? 1 : 0;
            }

            foreach (var (s, e) in Tokens(text))
            {
                var isGold = gold.Exists(g => g.Start < e && s < g.End);
                var isPred = pred.Exists(p => p.Start < e && s < p.End);
                tokGold += isGold ? 1 : 0;
                tokPred += isPred ? 1 : 0;
                tokTp += isGold && isPred ? 1 : 0;
            }
        }

        var types = new JsonObject();
        foreach (var (type, c) in perType)
        {
            double p = Metrics.Ratio(c[0], c[1]), r = Metrics.Ratio(c[2], c[3]);
            types[type] = new JsonObject
            {
                ["precision"] = Metrics.Round(p),
                ["recall"] = Metrics.Round(r),
                ["f1"] = Metrics.Round(Metrics.FBeta(p, r, 1)),
                ["predicted"] = c[1],
                ["support"] = c[3],
            };
        }

        double ap = Metrics.Ratio(anyPredTp, anyPred), ar = Metrics.Ratio(anyGoldHit, anyGold);
        double tp = Metrics.Ratio(tokTp, tokPred), tr = Metrics.Ratio(tokTp, tokGold);
        return new JsonObject
        {
            ["detector"] = detector.Name,
            ["detector_version"] = detector.Version,
            ["count"] = count,
            ["spans"] = anyGold,
            ["precision"] = Metrics.Round(ap),
            ["recall"] = Metrics.Round(ar),
            ["f1"] = Metrics.Round(Metrics.FBeta(ap, ar, 1)),
            ["token_precision"] = Metrics.Round(tp),
            ["token_recall"] = Metrics.Round(tr),
            ["pii_f2"] = Metrics.Round(Metrics.FBeta(tp, tr, 2)),
            ["per_type"] = types,
            ["latency_ms_p50"] = Metrics.Round(Metrics.Percentile(latencies, 50)),
            ["latency_ms_p99"] = Metrics.Round(Metrics.Percentile(latencies, 99)),
        };
    }

    private static int[] Counter(SortedDictionary<string, int[]> map, string type)
    {
        if (!map.TryGetValue(type, out var c))
        {
            c = new int[4];
            map[type] = c;
        }

        return c;
    }

    private static bool Overlap((string Type, int Start, int End) a, (string Type, int Start, int End) b) => a.Start < b.End && b.Start < a.End;

    private static List<(string Type, int Start, int End)> Spans(JsonElement row, int length, string path, int line)
    {
        var list = new List<(string, int, int)>();
        if (!row.TryGetProperty("spans", out var spans) || spans.ValueKind != JsonValueKind.Array)
        {
            return list;
        }

        foreach (var s in spans.EnumerateArray())
        {
            // "type" per the contract; Presidio-style "entity_type" and "label" are read too.
            var type = JsonlReader.String(s, "type") ?? JsonlReader.String(s, "entity_type") ?? JsonlReader.String(s, "label") ?? "PII";
            if (!s.TryGetProperty("start", out var st) || !s.TryGetProperty("end", out var en) || !st.TryGetInt32(out var a) || !en.TryGetInt32(out var b) || a < 0 || b < a || b > length)
            {
                throw new GuardException(GuardErrors.BadEvalData, $"{path}:{line}: span needs integer start <= end within the text.");
            }

            list.Add((type, a, b));
        }

        return list;
    }

    /// <summary>Whitespace-separated tokens with surrounding punctuation trimmed, as (start, end).</summary>
    private static IEnumerable<(int Start, int End)> Tokens(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int a = s, b = i;
            while (a < b && char.IsPunctuation(text[a]) && text[a] is not '+' and not '(')
            {
                a++;
            }

            while (b > a && char.IsPunctuation(text[b - 1]) && text[b - 1] is not ')')
            {
                b--;
            }

            if (b > a)
            {
                yield return (a, b);
            }
        }
    }
}
