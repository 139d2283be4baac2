using System.CommandLine;
using System.Text.Json;
using Warden.Guards;
using Warden.Guards.Evaluation;
using Warden.Guards.Training;
using Warden.Server.Configuration;
using Warden.Server.Gateway;

namespace Warden.Cli.Commands;

/// <summary><c>warden guard train|eval|scan</c>: thin wrappers over Warden.Guards.</summary>
internal static class GuardCommands
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var guard = new Command("guard", "Content guards: train the shipped models, evaluate detectors, scan text.");
        guard.Subcommands.Add(Train());
        guard.Subcommands.Add(Eval());
        guard.Subcommands.Add(Scan());
        return guard;
    }

    private static Command Train()
    {
        var shared = new Option<string>("--shared") { Description = "Shared training data directory.", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "guard") };
        var data = new Option<string>("--data") { Description = "The repository's own guard data directory.", DefaultValueFactory = _ => Path.Combine("data", "guard") };
        var output = new Option<string>("--out") { Description = "Where to write the model files.", DefaultValueFactory = _ => Path.Combine("models", "guard") };
        var oof = new Option<string?>("--oof") { Description = "Also write held-out-source scores per training example (JSONL) to this directory." };
        var attackDeep = new Option<string?>("--deep") { Description = "Experiment: prompt-attack's deep layer, e.g. 'hidden=32,bits=16,lr=0.05,l2=1e-6,epochs=6' or 'off' (linear); default: the shipped configuration." };
        var harmfulDeep = new Option<string?>("--harmful-deep") { Description = "Experiment: the same for harmful-request." };
        var devReport = new Option<bool>("--dev-report") { Description = "Also score the harmful-request dev files in data/guard/dev (blind sets among them: each use is a look at held-out data)." };
        var harmfulSeed = new Option<int?>("--harmful-seed") { Description = "Noise measurement only: another SGD seed for harmful-request (default: the shipped seed; never ship such a model)." };
        var harmfulOnly = new Option<bool>("--harmful-only") { Description = "Noise measurement only: train harmful-request and skip prompt-attack." };
        var attackOnly = new Option<bool>("--attack-only") { Description = "Experiment: train prompt-attack and skip harmful-request." };
        var harmfulRuns = new Option<int?>("--harmful-runs") { Description = "Experiment: harmful-request weights are the mean of this many SGD runs with different shuffles (default: the shipped 1)." };
        var cmd = new Command("train", "Rebuild the shipped guard models bit-for-bit (run from the repository root).");
        cmd.Options.Add(oof);
        cmd.Options.Add(attackDeep);
        cmd.Options.Add(harmfulDeep);
        cmd.Options.Add(devReport);
        cmd.Options.Add(harmfulSeed);
        cmd.Options.Add(harmfulOnly);
        cmd.Options.Add(harmfulRuns);
        cmd.Options.Add(attackOnly);
        cmd.Options.Add(shared);
        cmd.Options.Add(data);
        cmd.Options.Add(output);
        cmd.SetAction((ParseResult pr) =>
        {
            return Run(() =>
            {
                var attack = DeepOptions(pr.GetValue(attackDeep), GuardTrainer.ShippedAttackDeep);
                var harmful = DeepOptions(pr.GetValue(harmfulDeep), GuardTrainer.ShippedHarmfulDeep);
                foreach (var line in GuardTrainer.Train(pr.GetValue(shared), pr.GetValue(data)!, pr.GetValue(output)!, maxPerSource: null, pr.GetValue(oof), attack, harmful, pr.GetValue(devReport), pr.GetValue(harmfulSeed), pr.GetValue(harmfulOnly), pr.GetValue(harmfulRuns), pr.GetValue(attackOnly)))
                {
                    Console.WriteLine(line);
                }
            });
        });
        return cmd;
    }

    private static WideDeepOptions? DeepOptions(string? spec, WideDeepOptions? shipped) => spec is null ? shipped : WideDeepOptions.Parse(spec);

    private static Command Eval()
    {
        var detector = new Option<string>("--detector") { Description = "Detector name: prompt-attack, harmful-request, pii, secrets.", Required = true };
        var data = new Option<string>("--data") { Description = "JSONL file ({text,label} or {text,spans}).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (the default output)." };
        var cmd = new Command("eval", "Evaluate one detector on a labelled JSONL file.");
        cmd.Options.Add(detector);
        cmd.Options.Add(data);
        cmd.Options.Add(json);
        cmd.SetAction((ParseResult pr) =>
        {
            return Run(() =>
            {
                var result = GuardEvaluator.Evaluate(GuardEngine.CreateDefault(), pr.GetValue(detector)!, pr.GetValue(data)!);
                Console.WriteLine(pr.GetValue(json) ? result.ToJsonString() : result.ToJsonString(Indented));
            });
        });
        return cmd;
    }

    private static Command Scan()
    {
        var file = new Argument<string>("file") { Description = "File to scan, or - for standard input." };
        var channel = new Option<GuardChannel>("--channel") { Description = "Channel whose detectors and actions apply.", DefaultValueFactory = _ => GuardChannel.User };
        var config = new Option<FileInfo?>("--config") { Description = "Warden YAML configuration whose guards section applies (channels, findingTypes, thresholds, limits); default: the built-in guard options." };
        var cmd = new Command("scan", "Scan a file or standard input and print findings and the verdict (exit 0 allowed or flagged/redacted, 2 blocked, 1 error).");
        cmd.Arguments.Add(file);
        cmd.Options.Add(channel);
        cmd.Options.Add(config);
        cmd.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var options = new GuardOptions();
            if (pr.GetValue(config) is { } configFile)
            {
                var loaded = ConfigLoader.LoadFile(configFile.FullName, new WardenConfig());
                if (loaded.Config is null)
                {
                    await ServeCommand.WriteInvalidConfigAsync(loaded.Errors, "nothing was scanned");
                    return 1;
                }

                options = loaded.Config.Gateway.Guards;
            }

            string text;
            try
            {
                text = await ReadInputAsync(pr.GetValue(file)!, options.MaxInputBytes, ct);
            }
            catch (GuardException ex)
            {
                await Console.Error.WriteLineAsync(ex.Message);
                return 1;
            }

            return Run(() =>
            {
                var verdict = GuardEngine.CreateDefault(options).Scan(text, pr.GetValue(channel), new GuardVault());
                // Findings in the same shape as POST /v1/guard/scan.
                Console.WriteLine(JsonSerializer.Serialize(
                    new { action = GuardFindingJson.ActionName(verdict.Action), blocked = verdict.Blocked, findings = GuardFindingJson.Serialize(verdict.Findings), text = verdict.Text },
                    Indented));
                return verdict.Blocked ? 2 : 0;
            });
        });
        return cmd;
    }

    /// <summary>Reads the text to scan, refusing files larger than the limit before reading them and never reading more than limit + 1 characters from a pipe.</summary>
    private static async Task<string> ReadInputAsync(string path, int maxBytes, CancellationToken ct)
    {
        if (path == "-")
        {
            var buffer = new char[Math.Min(maxBytes + 1L, 1 << 20)];
            var text = new System.Text.StringBuilder();
            int read;
            while (text.Length <= maxBytes && (read = await Console.In.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, maxBytes + 1L - text.Length)), ct)) > 0)
            {
                text.Append(buffer, 0, read);
            }

            // Each character is at least one UTF-8 byte, so more characters than the limit is already too large; the engine checks the exact size.
            return text.Length > maxBytes
                ? throw new GuardException(GuardErrors.InputTooLarge, $"input too large: standard input exceeds limit {maxBytes} bytes; raise guards.maxInputBytes or split the text.")
                : text.ToString();
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new GuardException(GuardErrors.ScanInputUnreadable, $"cannot read '{path}': no such file; pass an existing file, or - for standard input.");
            }

            if (info.Length > maxBytes)
            {
                throw new GuardException(GuardErrors.InputTooLarge, $"input too large: '{path}' is {info.Length} bytes, over the limit of {maxBytes}; raise guards.maxInputBytes or split the file.");
            }

            return await File.ReadAllTextAsync(path, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GuardException(GuardErrors.ScanInputUnreadable, $"cannot read '{path}': {ex.Message} Pass a readable file, or - for standard input.", ex);
        }
    }

    private static int Run(Action action) => Run(() =>
    {
        action();
        return 0;
    });

    private static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (GuardException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 1;
        }
    }
}
