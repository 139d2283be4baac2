using System.Collections.Concurrent;
using System.Text.Json;
using Warden.Guards;
using Warden.Policy;
using Warden.Server.Configuration;

namespace Warden.Server.Gateway;

/// <summary>One piece of caller text: message index and content-part index (-1 when the content is a plain string).</summary>
internal readonly record struct TextSlot(int Message, int Part);

/// <summary>Stages 3 and 5: input and output guards, with the policy's <c>redact</c> obligation folded into the engine.</summary>
internal sealed class GatewayGuards(WardenConfig config)
{
    private readonly ConcurrentDictionary<string, GuardEngine> _engines = new(StringComparer.Ordinal);

    /// <summary>The engine to use, or <see langword="null"/> when neither the config nor the policy asks for guards.</summary>
    public GuardEngine? EngineFor(PolicyObligations obligations)
    {
        if (!config.Gateway.GuardsEnabled && obligations.Redact.Count == 0)
        {
            return null;
        }

        var key = string.Join(',', obligations.Redact.Order(StringComparer.Ordinal));
        return _engines.GetOrAdd(key, k => GuardEngine.CreateDefault(Options(k.Length == 0 ? [] : k.Split(','))));
    }

    /// <summary>The guard options in force without obligations (also used by <c>/v1/guard/scan</c>).</summary>
    public GuardEngine Default => _engines.GetOrAdd("scan", _ => GuardEngine.CreateDefault(config.Gateway.Guards));

    /// <summary>Scans caller texts; returns the redacted replacements (empty when nothing changed) or throws when blocked.</summary>
    public static Dictionary<TextSlot, string> ScanInput(GuardEngine engine, List<(TextSlot Slot, GuardMessage Message)> texts, GuardVault vault, List<GuardFinding> findings)
    {
        GuardMessagesVerdict verdict;
        try
        {
            verdict = engine.ScanMessages(texts.ConvertAll(t => t.Message), vault);
        }
        catch (GuardException ex)
        {
            throw new GatewayException(GatewayErrors.GuardFailed(ex.ErrorId), ex);
        }

        var replacements = new Dictionary<TextSlot, string>();
        for (var i = 0; i < verdict.Messages.Count; i++)
        {
            var v = verdict.Messages[i];
            findings.AddRange(v.Findings);
            if (!ReferenceEquals(v.Text, texts[i].Message.Content) && !string.Equals(v.Text, texts[i].Message.Content, StringComparison.Ordinal))
            {
                replacements[texts[i].Slot] = v.Text;
            }
        }

        if (verdict.Blocked)
        {
            var by = verdict.Messages.SelectMany(m => m.BlockedBy).Distinct(StringComparer.Ordinal);
            throw new GatewayException(GatewayErrors.InputBlocked(string.Join(", ", by)));
        }

        return replacements;
    }

    /// <summary>Scans one model answer; returns the text to send (redacted, then vault placeholders restored) or throws when blocked.</summary>
    public static string ScanOutput(GuardEngine engine, string text, string? systemPrompt, GuardVault vault, List<GuardFinding> findings)
    {
        GuardVerdict verdict;
        try
        {
            verdict = engine.Scan(text, new GuardScanContext { Channel = GuardChannel.ModelOutput, SystemPrompt = systemPrompt }, vault);
        }
        catch (GuardException ex)
        {
            throw new GatewayException(GatewayErrors.GuardFailed(ex.ErrorId), ex);
        }

        findings.AddRange(verdict.Findings);
        if (verdict.Blocked)
        {
            throw new GatewayException(GatewayErrors.OutputBlocked(string.Join(", ", verdict.BlockedBy)));
        }

        return vault.Restore(verdict.Text);
    }

    /// <summary>Chat message texts (string content, and the text parts of array content).</summary>
    public static List<(TextSlot, GuardMessage)> ChatTexts(JsonElement root, out string? systemPrompt)
    {
        var list = new List<(TextSlot, GuardMessage)>();
        systemPrompt = null;
        if (!root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            throw new GatewayException(GatewayErrors.InvalidField("'messages' is required and must be an array"));
        }

        var i = 0;
        foreach (var m in messages.EnumerateArray())
        {
            if (m.ValueKind != JsonValueKind.Object)
            {
                throw new GatewayException(GatewayErrors.InvalidField($"messages[{i}] must be an object"));
            }

            var role = m.TryGetProperty("role", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "user";
            if (m.TryGetProperty("content", out var c))
            {
                if (c.ValueKind == JsonValueKind.String)
                {
                    var text = c.GetString()!;
                    list.Add((new TextSlot(i, -1), new GuardMessage(role, text)));
                    if (role is "system" or "developer")
                    {
                        systemPrompt = systemPrompt is null ? text : systemPrompt + "\n" + text;
                    }
                }
                else if (c.ValueKind == JsonValueKind.Array)
                {
                    var j = 0;
                    foreach (var part in c.EnumerateArray())
                    {
                        if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
                        {
                            list.Add((new TextSlot(i, j), new GuardMessage(role, t.GetString()!)));
                        }

                        j++;
                    }
                }
            }

            i++;
        }

        return list;
    }

    /// <summary>Embedding input texts: a string, or an array of strings (token arrays carry no text to scan).</summary>
    public static List<(TextSlot, GuardMessage)> EmbeddingTexts(JsonElement root)
    {
        if (!root.TryGetProperty("input", out var input))
        {
            throw new GatewayException(GatewayErrors.InvalidField("'input' is required"));
        }

        var list = new List<(TextSlot, GuardMessage)>();
        if (input.ValueKind == JsonValueKind.String)
        {
            list.Add((new TextSlot(-1, -1), new GuardMessage("user", input.GetString()!)));
        }
        else if (input.ValueKind == JsonValueKind.Array)
        {
            var j = 0;
            foreach (var item in input.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    list.Add((new TextSlot(-1, j), new GuardMessage("user", item.GetString()!)));
                }

                j++;
            }
        }

        return list;
    }

    private GuardOptions Options(string[] redact)
    {
        var baseOptions = config.Gateway.Guards;
        var detectors = redact.Where(r => DetectorNames.All.Contains(r, StringComparer.Ordinal)).ToArray();
        var channels = new Dictionary<GuardChannel, ChannelGuardPolicy>();
        foreach (var channel in Enum.GetValues<GuardChannel>())
        {
            var current = !config.Gateway.GuardsEnabled ? new Dictionary<string, GuardAction>(StringComparer.Ordinal)
                : baseOptions.Channels.TryGetValue(channel, out var p) ? new Dictionary<string, GuardAction>(p.Detectors, StringComparer.Ordinal)
                : GuardOptions.DefaultChannels.TryGetValue(channel, out var d) ? new Dictionary<string, GuardAction>(d.Detectors, StringComparer.Ordinal)
                : new Dictionary<string, GuardAction>(StringComparer.Ordinal);
            foreach (var name in detectors)
            {
                // The policy's redact obligation raises Allow/Flag to Redact; it never weakens a Block.
                current[name] = current.TryGetValue(name, out var a) && a > GuardAction.Redact ? a : GuardAction.Redact;
            }

            channels[channel] = new ChannelGuardPolicy { Detectors = current };
        }

        // The obligation also covers per-type actions of the obligated detectors: Allow/Flag types become Redact.
        var types = new Dictionary<string, IReadOnlyDictionary<string, GuardAction>>(baseOptions.FindingTypes, StringComparer.Ordinal);
        foreach (var name in detectors)
        {
            if (types.TryGetValue(name, out var perType))
            {
                types[name] = perType.ToDictionary(p => p.Key, p => p.Value > GuardAction.Redact ? p.Value : GuardAction.Redact, StringComparer.Ordinal);
            }
        }

        return baseOptions with { Channels = channels, FindingTypes = types };
    }
}
