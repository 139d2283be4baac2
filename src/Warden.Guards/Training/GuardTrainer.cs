using Warden.Guards.Evaluation;
using Warden.Guards.Model;

namespace Warden.Guards.Training;

/// <summary>
/// Rebuilds the shipped models from the shared data directory and the repository's own data. Deterministic:
/// running it twice on the same files gives identical bytes.
/// </summary>
public static class GuardTrainer
{
    /// <summary>Out-of-fold false-positive rate the prompt-attack threshold is chosen for (margin under the 1% target).</summary>
    public const double AttackTargetFpr = 0.005;

    /// <summary>
    /// Hash bits of the prompt-attack model (round 14: 2^20 buckets, was 2^18; float16 weights, about 2 MB). Chosen
    /// together with <see cref="AttackFeatures"/> on the public corpora held out whole and the external tune halves;
    /// harmful-request keeps <see cref="LinearTrainer.Bits"/>.
    /// </summary>
    public const int AttackBits = 20;

    /// <summary>Hashed features of the prompt-attack model (round 14: standard features plus word skip-bigrams).</summary>
    internal const FeatureSet AttackFeatures = FeatureSet.WordSkipBigrams;

    /// <summary>Hashed features of the harmful-request model (round 22: standard features plus the role sequence).</summary>
    internal const FeatureSet HarmfulFeatures = FeatureSet.HarmRoles;

    /// <summary>Out-of-fold false-positive rate the harmful-request threshold is chosen for (all benign prompts).</summary>
    public const double HarmfulTargetFpr = 0.02;

    /// <summary>Out-of-fold false-positive rate allowed on safe-but-alarming prompts (the stricter of the two thresholds wins).</summary>
    public const double HarmfulSafeAlarmingFpr = 0.04;

    /// <summary>
    /// SGD runs (different shuffles) whose mean weights make the shipped harmful-request model: one. Round 14 measured that
    /// single runs move tune recall at 5% FPR by up to 6 rows and dev recall at the threshold by up to 9 rows between seeds;
    /// averaging 5 runs (<c>--harmful-runs 5</c>) roughly halved that spread but was not shipped (see docs/guards-rounds.md, round 14).
    /// </summary>
    public const int HarmfulRuns = 1;

    /// <summary>Trains both models and writes them to <paramref name="outputDir"/>; returns one summary line per model.</summary>
    /// <param name="sharedDir">Directory with prompt-attacks.train.jsonl and harmful-requests.train.jsonl (may be missing).</param>
    /// <param name="ownDir">The repository's data/guard directory (files under train/).</param>
    /// <param name="outputDir">Where the .bin files go (models/guard).</param>
    /// <param name="maxPerSource">Cap per source, for quick tests; null for all.</param>
    public static IReadOnlyList<string> Train(string? sharedDir, string ownDir, string outputDir, int? maxPerSource = null) =>
        Train(sharedDir, ownDir, outputDir, maxPerSource, oofDir: null);

    /// <summary>Deep layer of the shipped prompt-attack model (null: linear only).</summary>
    public static WideDeepOptions? ShippedAttackDeep => null;

    /// <summary>Deep layer of the shipped harmful-request model (null: linear only; round 8's candidate is in docs/guards-rounds.md).</summary>
    public static WideDeepOptions? ShippedHarmfulDeep => null;

    /// <summary>As <see cref="Train(string?, string, string, int?)"/>; with <paramref name="oofDir"/>, also writes each model's held-out-source scores there (JSONL).</summary>
    public static IReadOnlyList<string> Train(string? sharedDir, string ownDir, string outputDir, int? maxPerSource, string? oofDir) =>
        Train(sharedDir, ownDir, outputDir, maxPerSource, oofDir, ShippedAttackDeep, ShippedHarmfulDeep);

    /// <summary>
    /// As above with explicit deep layers (wide-and-deep models) for prompt-attack and harmful-request; null trains a
    /// linear model. The shipped configuration is <see cref="ShippedAttackDeep"/> and <see cref="ShippedHarmfulDeep"/>.
    /// With <paramref name="devReport"/>, the harmful-request dev files (blind sets among them) are scored too; off by
    /// default, so that an experiment does not read a blind set without asking to. <paramref name="harmfulSeed"/> (null: the shipped
    /// seed) changes only the harmful-request SGD seed, and <paramref name="harmfulOnly"/> skips the prompt-attack model: both
    /// are for measuring run-to-run noise, never for shipped models; <paramref name="harmfulRuns"/> (null: <see cref="HarmfulRuns"/>)
    /// averages that many SGD runs for harmful-request. <paramref name="attackOnly"/> skips harmful-request (prompt-attack
    /// experiments on a busy machine; the skipped model file is simply not written).
    /// </summary>
    public static IReadOnlyList<string> Train(string? sharedDir, string ownDir, string outputDir, int? maxPerSource, string? oofDir, WideDeepOptions? attackDeep, WideDeepOptions? harmfulDeep, bool devReport = false, int? harmfulSeed = null, bool harmfulOnly = false, int? harmfulRuns = null, bool attackOnly = false)
    {
        foreach (var deep in new[] { attackDeep, harmfulDeep })
        {
            if (deep?.Validate() is { Count: > 0 } errors)
            {
                throw new GuardException(GuardErrors.InvalidTrainingOptions, "invalid deep layer options: " + string.Join("; ", errors));
            }
        }

        if (harmfulOnly && attackOnly)
        {
            throw new GuardException(GuardErrors.InvalidTrainingOptions, "--harmful-only and --attack-only exclude each other: together they would train nothing; give at most one.");
        }

        if (harmfulRuns is < 1)
        {
            throw new GuardException(GuardErrors.InvalidTrainingOptions, $"invalid harmful-request run count {harmfulRuns}: it must be at least 1.");
        }

        var attack = Load(sharedDir, ownDir, "prompt-attack", "attack", maxPerSource);
        var harmfulOwn = Load(sharedDir, ownDir, "harmful-request", "harmful", maxPerSource);
        if (attack.Count == 0 || harmfulOwn.Count == 0)
        {
            throw new GuardException(GuardErrors.TrainingDataMissing, $"no training data found under '{sharedDir}' and '{ownDir}/train'.");
        }

        // Benign prompts of the attack data are also benign for harm: ordinary questions and tasks.
        var harmful = harmfulOwn.Concat(attack.Where(e => !e.Positive && e.Kind is "benign-chat" or "benign-task" or "benign-roleplay")).ToList();
        Directory.CreateDirectory(outputDir);
        var report = new List<string>();
        foreach (var (file, data, fpr) in new[] { (ModelFiles.PromptAttack, attack, AttackTargetFpr), (ModelFiles.HarmfulRequest, harmful, HarmfulTargetFpr) })
        {
            if ((harmfulOnly && file == ModelFiles.PromptAttack) || (attackOnly && file == ModelFiles.HarmfulRequest))
            {
                continue;
            }

            var bits = file == ModelFiles.PromptAttack ? AttackBits : LinearTrainer.Bits;
            var features = file == ModelFiles.PromptAttack ? AttackFeatures : HarmfulFeatures;
            Func<string, int[]> indicators = file == ModelFiles.PromptAttack
                ? n => Detectors.AttackRules.Indicators(n, bits)
                : n => Detectors.HarmIntent.Indicators(n, LinearTrainer.Bits);
            var hard = file == ModelFiles.HarmfulRequest ? "safe-alarming" : null;
            var deepOptions = file == ModelFiles.PromptAttack ? attackDeep : harmfulDeep;
            var result = LinearTrainer.Train(Path.GetFileNameWithoutExtension(file), data, fpr, indicators, hard, HarmfulSafeAlarmingFpr, windowed: file == ModelFiles.PromptAttack, deepOptions, bits, features,
                file == ModelFiles.HarmfulRequest ? harmfulSeed : null, file == ModelFiles.HarmfulRequest ? harmfulRuns ?? HarmfulRuns : 1);
            File.WriteAllBytes(Path.Combine(outputDir, file), result.Model.ToBytes());
            if (oofDir is not null)
            {
                WriteOof(Path.Combine(oofDir, Path.GetFileNameWithoutExtension(file) + ".oof.jsonl"), result);
            }

            var oofRecall = Metrics.RecallAtFpr(result.OutOfFoldScores, result.Labels, 0.01);
            var tp = result.OutOfFoldScores.Where((s, i) => result.Labels[i] && s >= result.Model.Threshold).Count();
            var fp = result.OutOfFoldScores.Where((s, i) => !result.Labels[i] && s >= result.Model.Threshold).Count();
            var pos = result.Labels.Count(l => l);
            var byKind = result.Examples.Select((e, i) => (e.Kind, Hit: result.OutOfFoldScores[i] >= result.Model.Threshold))
                .GroupBy(x => x.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count(x => x.Hit)}/{g.Count()}");
            report.Add($"  held-out detections by kind: {string.Join(", ", byKind)}");
            var byCorpus = result.Examples.Select((e, i) => (Corpus: LinearTrainer.CorpusOf(e.Source), e.Positive, Hit: result.OutOfFoldScores[i] >= result.Model.Threshold))
                .Where(x => !x.Corpus.StartsWith("warden:", StringComparison.Ordinal))
                .GroupBy(x => (x.Corpus, x.Positive)).OrderBy(g => g.Key.Corpus, StringComparer.Ordinal).ThenBy(g => g.Key.Positive)
                .Select(g => $"{g.Key.Corpus} {(g.Key.Positive ? "pos" : "neg")} {g.Count(x => x.Hit)}/{g.Count()}");
            report.Add($"  public corpora held out whole (flagged/total): {string.Join(", ", byCorpus)}");
            if (devReport && file == ModelFiles.HarmfulRequest)
            {
                report.AddRange(HarmfulDevReport.Lines(ownDir, result.Model, oofDir));
            }

            report.Add($"{file}: {data.Count} examples ({pos} positive), threshold {result.Model.Threshold:F4}; held-out-source recall {Metrics.Ratio(tp, pos):P1}, fpr {Metrics.Ratio(fp, data.Count - pos):P2}, recall@1%fpr {oofRecall:P1}, auc {Metrics.Auc(result.OutOfFoldScores, result.Labels):F4}; sha {result.Model.TrainedFrom[..12]}");
        }

        return report;
    }

    private static void WriteOof(string path, TrainingResult result)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var w = new StreamWriter(path);
        for (var i = 0; i < result.Examples.Count; i++)
        {
            var e = result.Examples[i];
            var row = new System.Text.Json.Nodes.JsonObject
            {
                ["score"] = Math.Round(result.OutOfFoldScores[i], 5),
                ["label"] = e.Positive,
                ["kind"] = e.Kind,
                ["source"] = e.Source,
                ["fold"] = LinearTrainer.GroupOf(e.Source, e.Text),
                ["text"] = e.Text.Length > 300 ? e.Text[..300] : e.Text,
            };
            w.WriteLine(row.ToJsonString());
        }
    }

    private static List<TrainingExample> Load(string? sharedDir, string ownDir, string detector, string positiveLabel, int? maxPerSource)
    {
        var files = new List<string>();
        var sharedName = detector == "prompt-attack" ? "prompt-attacks.train.jsonl" : "harmful-requests.train.jsonl";
        if (sharedDir is not null && File.Exists(Path.Combine(sharedDir, sharedName)))
        {
            files.Add(Path.Combine(sharedDir, sharedName));
        }

        var trainDir = Path.Combine(ownDir, "train");
        if (Directory.Exists(trainDir))
        {
            files.AddRange(Directory.GetFiles(trainDir, detector + "*.jsonl").Order(StringComparer.Ordinal));
        }

        var list = new List<TrainingExample>();
        var perSource = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var (line, row) in JsonlReader.Read(file))
            {
                var text = JsonlReader.String(row, "text");
                var label = JsonlReader.String(row, "label");
                if (text is null || label is null)
                {
                    throw new GuardException(GuardErrors.BadEvalData, $"{file}:{line}: training lines need \"text\" and \"label\".");
                }

                var source = JsonlReader.String(row, "source") ?? "warden:" + Path.GetFileName(file);
                perSource.TryGetValue(source, out var n);
                if (maxPerSource is { } max && n >= max)
                {
                    continue;
                }

                perSource[source] = n + 1;
                list.Add(new TrainingExample(text, label.Equals(positiveLabel, StringComparison.OrdinalIgnoreCase), source, JsonlReader.String(row, "kind") ?? label));
            }
        }

        return list;
    }
}
