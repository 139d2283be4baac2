using Warden.Core.Approvals;
using Warden.Core.Tokens;
using YamlDotNet.RepresentationModel;

namespace Warden.Server.Configuration;

public static partial class ConfigLoader
{
    internal sealed partial class Reader
    {
        /// <summary>Reads the <c>approvals</c> section (errors WRD8230–8249).</summary>
        private WardenConfig ApprovalsSection(YamlNode node, WardenConfig config)
        {
            var a = Map(node, ["requestTtl", "grantTtl", "uses", "ownerMayApprove", "publicUrl", "rules", "webhooks", "elevation", "governance"], config.Approvals, (k, v, x) => k switch
            {
                "requestTtl" => x with { RequestTtl = PositiveDuration(v) ?? x.RequestTtl },
                "grantTtl" => x with { GrantTtl = PositiveDuration(v) ?? x.GrantTtl },
                "uses" => x with { Uses = Uses(v) ?? x.Uses },
                "ownerMayApprove" => x with { OwnerMayApprove = Bool(v) ?? x.OwnerMayApprove },
                "publicUrl" => x with { PublicUrl = HttpUri(v, "approvals.publicUrl")?.ToString().TrimEnd('/') },
                "rules" => x with { Rules = ApprovalRules(v) },
                "webhooks" => x with { Webhooks = Seq(v).Select(Webhook).OfType<WebhookConfig>().ToList() },
                "elevation" => x with { Elevation = Elevation(v, x.Elevation) },
                _ => x with { Governance = Governance(v, x.Governance) },
            });
            return config with { Approvals = a };
        }

        private TimeSpan? PositiveDuration(YamlNode node)
        {
            var d = Duration(node);
            if (d is { } value && (value <= TimeSpan.Zero || value > TimeSpan.FromDays(366)))
            {
                Error(node, "WRD8230 approval durations must be positive and at most 366d");
                return null;
            }

            return d;
        }

        private int? Uses(YamlNode node)
        {
            var n = Int(node);
            if (n is < 1 or > 1000)
            {
                Error(node, $"WRD8231 uses must be between 1 and 1000, got {n}");
                return null;
            }

            return (int?)n;
        }

        private Dictionary<string, ApprovalRuleOptions> ApprovalRules(YamlNode node)
        {
            var rules = new Dictionary<string, ApprovalRuleOptions>(StringComparer.Ordinal);
            if (node is not YamlMappingNode map)
            {
                Error(node, "WRD8232 approvals.rules must map policy rule ids to { uses, grantTtl }");
                return rules;
            }

            foreach (var (key, value) in map.Children)
            {
                var id = (key as YamlScalarNode)?.Value;
                if (string.IsNullOrEmpty(id))
                {
                    Error(key, "WRD8232 approvals.rules must map policy rule ids to { uses, grantTtl }");
                    continue;
                }

                rules[id] = Map(value, ["uses", "grantTtl"], new ApprovalRuleOptions(), (k, v, r) => k == "uses" ? r with { Uses = Uses(v) } : r with { GrantTtl = PositiveDuration(v) });
            }

            return rules;
        }

        private ElevationConfig Elevation(YamlNode node, ElevationConfig seed) =>
            Map(node, ["maxDuration", "requestTtl", "approvers", "allowed"], seed, (k, v, e) => k switch
            {
                "maxDuration" => e with { MaxDuration = PositiveDuration(v) ?? e.MaxDuration },
                "requestTtl" => e with { RequestTtl = PositiveDuration(v) ?? e.RequestTtl },
                "approvers" => e with { Approvers = [.. Seq(v).Select(Str).OfType<string>()] },
                _ => e with { Allowed = [.. Seq(v).Select(ElevationBound)] },
            });

        private ElevationBound ElevationBound(YamlNode node)
        {
            var bound = Map(node, ["agents", "scopes", "maxDuration"], new ElevationBound(), (k, v, b) => k switch
            {
                "agents" => b with { Agents = [.. Seq(v).Select(Str).OfType<string>()] },
                "scopes" => b with { Scopes = [.. Seq(v).Select(Str).OfType<string>()] },
                _ => b with { MaxDuration = PositiveDuration(v) },
            });
            if (bound.Agents.Count == 0 || bound.Scopes.Count == 0)
            {
                Error(node, "WRD8233 an elevation bound needs 'agents' (ids, label:key=value or *) and 'scopes'");
            }

            foreach (var scope in bound.Scopes.Where(s => !ScopeSet.IsValidToken(s)))
            {
                Error(node, $"WRD8234 elevation scope '{scope}' is not a valid OAuth scope token");
            }

            return bound;
        }

        private GovernanceConfig Governance(YamlNode node, GovernanceConfig seed)
        {
            var g = Map(node, ["unusedDays", "inactiveDays", "autoSuspend", "credentialMaxAge", "owners", "ownersFile", "reviewDuration", "reviewDefault"], seed, (k, v, x) => k switch
            {
                "unusedDays" => x with { UnusedDays = Days(v) ?? x.UnusedDays },
                "inactiveDays" => x with { InactiveDays = Days(v) ?? x.InactiveDays },
                "autoSuspend" => x with { AutoSuspend = Bool(v) ?? x.AutoSuspend },
                "credentialMaxAge" => x with { CredentialMaxAge = PositiveDuration(v) ?? x.CredentialMaxAge },
                "owners" => x with { Owners = [.. (x.Owners ?? []), .. Seq(v).Select(Str).OfType<string>()] },
                "ownersFile" => x with { Owners = [.. (x.Owners ?? []), .. OwnersFile(v)] },
                "reviewDuration" => x with { ReviewDuration = PositiveDuration(v) ?? x.ReviewDuration },
                _ => x with { ReviewDefault = ReviewDefault(v) ?? x.ReviewDefault },
            });
            return g;
        }

        private int? Days(YamlNode node)
        {
            var n = Int(node);
            if (n is < 1 or > 3650)
            {
                Error(node, $"WRD8235 a number of days must be between 1 and 3650, got {n}");
                return null;
            }

            return (int?)n;
        }

        private List<string> OwnersFile(YamlNode node)
        {
            var path = Str(node);
            if (path is null)
            {
                return [];
            }

            var full = Path.IsPathRooted(path) ? path : Path.Combine(BaseDirectory, path);
            if (!File.Exists(full))
            {
                Error(node, $"WRD8236 governance.ownersFile '{path}' does not exist (one owner subject per line)");
                return [];
            }

            return [.. File.ReadAllLines(full).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
        }

        private ReviewDecision? ReviewDefault(YamlNode node)
        {
            var s = Str(node);
            switch (s)
            {
                case "revoke": return ReviewDecision.Revoke;
                case "keep": return ReviewDecision.Keep;
                default:
                    Error(node, $"WRD8237 governance.reviewDefault must be 'revoke' or 'keep', got '{s}'");
                    return null;
            }
        }
    }
}
