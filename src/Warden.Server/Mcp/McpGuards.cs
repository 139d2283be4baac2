using System.Text.Json.Nodes;
using Warden.Guards;
using Warden.Policy;
using Warden.Server.Gateway;

namespace Warden.Server.Mcp;

/// <summary>
/// Stages 3 and 5 on the tool path: every string in the arguments is scanned on the <c>toolArguments</c> channel
/// (secrets and personal data leaving through a tool), every text in the result on the <c>toolOutput</c> channel
/// (indirect prompt injection coming back). Same engines, channel policies and <c>redact</c> obligations as the LLM gateway.
/// </summary>
internal sealed class McpGuards(GatewayGuards guards)
{
    /// <summary>Scans and redacts the arguments in place; throws WRD4130 when blocked.</summary>
    public void ScanArguments(JsonNode? arguments, PolicyObligations obligations, List<GuardFinding> findings)
    {
        if (guards.EngineFor(obligations) is not { } engine || arguments is null)
        {
            return;
        }

        var blocked = Walk(engine, arguments, GuardChannel.ToolArguments, findings);
        if (blocked.Count > 0)
        {
            throw new McpException(McpErrors.ArgumentsBlocked(string.Join(", ", blocked.Distinct(StringComparer.Ordinal))));
        }
    }

    /// <summary>Scans and redacts a result in place (text content, structured content, resource and prompt texts); throws WRD4131 when blocked.</summary>
    public void ScanResult(JsonNode? result, PolicyObligations obligations, List<GuardFinding> findings)
    {
        if (guards.EngineFor(obligations) is not { } engine || result is not JsonObject o)
        {
            return;
        }

        var blocked = new List<string>();
        foreach (var field in new[] { "content", "structuredContent", "contents", "messages" })
        {
            if (o[field] is { } node)
            {
                blocked.AddRange(Walk(engine, node, GuardChannel.ToolOutput, findings));
            }
        }

        if (blocked.Count > 0)
        {
            throw new McpException(McpErrors.ResultBlocked(string.Join(", ", blocked.Distinct(StringComparer.Ordinal))));
        }
    }

    private static List<string> Walk(GuardEngine engine, JsonNode node, GuardChannel channel, List<GuardFinding> findings)
    {
        var blocked = new List<string>();
        Visit(node);
        return blocked;

        void Visit(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject obj:
                    foreach (var (key, value) in obj.ToArray())
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out var s) && key is not ("type" or "mimeType" or "uri" or "blob" or "role"))
                        {
                            var redacted = Scan(s);
                            if (!ReferenceEquals(redacted, s))
                            {
                                obj[key] = redacted;
                            }
                        }
                        else
                        {
                            Visit(value);
                        }
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        if (array[i] is JsonValue v && v.TryGetValue<string>(out var s))
                        {
                            var redacted = Scan(s);
                            if (!ReferenceEquals(redacted, s))
                            {
                                array[i] = redacted;
                            }
                        }
                        else
                        {
                            Visit(array[i]);
                        }
                    }

                    break;
            }
        }

        string Scan(string text)
        {
            if (text.Length == 0)
            {
                return text;
            }

            GuardVerdict verdict;
            try
            {
                verdict = engine.Scan(text, new GuardScanContext { Channel = channel });
            }
            catch (GuardException ex)
            {
                throw new McpException(McpErrors.GuardFailed(ex.ErrorId), ex);
            }

            findings.AddRange(verdict.Findings);
            if (verdict.Blocked)
            {
                blocked.AddRange(verdict.BlockedBy);
                return text;
            }

            return string.Equals(verdict.Text, text, StringComparison.Ordinal) ? text : verdict.Text;
        }
    }
}
