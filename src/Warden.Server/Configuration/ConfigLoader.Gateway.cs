using System.Globalization;
using Warden.Guards;
using YamlDotNet.RepresentationModel;

namespace Warden.Server.Configuration;

public static partial class ConfigLoader
{
    internal sealed partial class Reader
    {
        /// <summary>Reads the <c>policy</c>, <c>providers</c>, <c>gateway</c> and <c>guards</c> sections.</summary>
        private WardenConfig GatewaySection(string section, YamlNode node, WardenConfig config)
        {
            var g = config.Gateway;
            g = section switch
            {
                "policy" => Map(node, ["files"], g, (_, v, x) => x with { PolicyFiles = [.. Seq(v).Select(Str).OfType<string>().Select(ResolvePath)] }),
                "providers" => g with { Providers = [.. Seq(node).Select(Provider).OfType<ProviderConfig>()] },
                "gateway" => Gateway(node, g),
                _ => Guards(node, g),
            };
            ValidateGateway(node, section, g);
            return config with { Gateway = g };
        }

        private string ResolvePath(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(BaseDirectory, path));

        private GatewayConfig Gateway(YamlNode node, GatewayConfig g) =>
            Map(node, ["audience", "maxRequestBytes", "budgets"], g, (k, v, x) => k switch
            {
                "audience" => x with { Audience = Str(v) },
                "maxRequestBytes" => x with { MaxRequestBytes = Int(v) ?? x.MaxRequestBytes },
                _ => x with { Budgets = [.. Seq(v).Select(Budget)] },
            });

        private BudgetConfig Budget(YamlNode node)
        {
            var b = Map(node, ["agents", "requestsPerMinute", "tokensPerMinute", "tokensPerDay"], new BudgetConfig(), (k, v, x) => k switch
            {
                "agents" => x with { Agents = [.. Seq(v).Select(Str).OfType<string>()] },
                "requestsPerMinute" => x with { RequestsPerMinute = (int?)Int(v) },
                "tokensPerMinute" => x with { TokensPerMinute = Int(v) },
                _ => x with { TokensPerDay = Int(v) },
            });
            if (b.Agents.Count == 0)
            {
                Error(node, "WRD8160 a budget needs 'agents' (agent ids, label:key=value selectors, or '*')");
            }

            if (b.RequestsPerMinute is null && b.TokensPerMinute is null && b.TokensPerDay is null)
            {
                Error(node, "WRD8161 a budget needs at least one of 'requestsPerMinute', 'tokensPerMinute' or 'tokensPerDay'");
            }

            if (b.RequestsPerMinute is <= 0 || b.TokensPerMinute is <= 0 || b.TokensPerDay is <= 0)
            {
                Error(node, "WRD8162 budget limits must be positive");
            }

            return b;
        }

        private ProviderConfig? Provider(YamlNode node)
        {
            string? name = null, baseUrl = null, keyEnv = null, keyFile = null;
            var timeout = TimeSpan.FromSeconds(60);
            List<string> models = [];
            var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (k, v) in Entries(node, ["name", "baseUrl", "apiKeyEnv", "apiKeyFile", "timeout", "models", "aliases"]))
            {
                switch (k)
                {
                    case "name": name = Str(v); break;
                    case "baseUrl": baseUrl = Str(v); break;
                    case "apiKeyEnv": keyEnv = Str(v); break;
                    case "apiKeyFile": keyFile = Str(v) is { } f ? ResolvePath(f) : null; break;
                    case "timeout": timeout = Duration(v) ?? timeout; break;
                    case "models": models = [.. Seq(v).Select(Str).OfType<string>()]; break;
                    default: Aliases(v, aliases); break;
                }
            }

            if (name is null || baseUrl is null)
            {
                Error(node, "WRD8163 a provider needs 'name' and 'baseUrl'");
                return null;
            }

            if (!Uri.TryCreate(baseUrl.TrimEnd('/') + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.Query))
            {
                Error(node, $"WRD8164 provider '{name}': baseUrl must be an absolute http(s) URL without query");
                return null;
            }

            if (keyEnv is not null && keyFile is not null)
            {
                Error(node, $"WRD8165 provider '{name}': use either 'apiKeyEnv' or 'apiKeyFile', not both");
            }

            if (keyFile is not null && !File.Exists(keyFile))
            {
                Error(node, $"WRD8166 provider '{name}': apiKeyFile '{keyFile}' does not exist");
            }

            if (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromMinutes(30))
            {
                Error(node, $"WRD8167 provider '{name}': timeout must be between 1s and 30m");
            }

            foreach (var (alias, target) in aliases.Where(a => !models.Contains(a.Value, StringComparer.Ordinal)))
            {
                Error(node, $"WRD8168 provider '{name}': alias '{alias}' points to '{target}', which is not in its models list");
            }

            return new ProviderConfig { Name = name, BaseUrl = uri, ApiKeyEnv = keyEnv, ApiKeyFile = keyFile, Timeout = timeout, Models = models, Aliases = aliases };
        }

        private void Aliases(YamlNode node, Dictionary<string, string> aliases)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node, "WRD8104 expected a mapping of alias: model");
                return;
            }

            foreach (var (key, value) in map.Children)
            {
                if (Str(key) is { } alias && Str(value) is { } target)
                {
                    aliases[alias] = target;
                }
            }
        }

        private GatewayConfig Guards(YamlNode node, GatewayConfig g)
        {
            var o = g.Guards;
            var enabled = g.GuardsEnabled;
            foreach (var (k, v) in Entries(node, ["enabled", "maxInputBytes", "maxMessages", "redactionMode", "canary", "allowedHosts", "thresholds", "streamHoldBackChars", "channels", "findingTypes"]))
            {
                switch (k)
                {
                    case "enabled": enabled = Bool(v) ?? enabled; break;
                    case "maxInputBytes": o = o with { MaxInputBytes = (int)(Int(v) ?? o.MaxInputBytes) }; break;
                    case "maxMessages": o = o with { MaxMessages = (int)(Int(v) ?? o.MaxMessages) }; break;
                    case "streamHoldBackChars": o = o with { StreamHoldBackChars = (int)(Int(v) ?? o.StreamHoldBackChars) }; break;
                    case "canary": o = o with { Canary = Str(v) }; break;
                    case "allowedHosts": o = o with { AllowedHosts = [.. Seq(v).Select(Str).OfType<string>()] }; break;
                    case "redactionMode": o = o with { RedactionMode = Enum<RedactionMode>(v) ?? o.RedactionMode }; break;
                    case "thresholds":
                        var t = new Dictionary<string, double>(StringComparer.Ordinal);
                        foreach (var (name, value) in Entries(v, [.. DetectorNames.All]))
                        {
                            if (double.TryParse(Str(value), NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                            {
                                t[name] = d;
                            }
                            else
                            {
                                Error(value, "WRD8108 expected a number between 0 and 1");
                            }
                        }

                        o = o with { Thresholds = t };
                        break;
                    case "findingTypes": o = o with { FindingTypes = FindingTypes(v) }; break;
                    default: o = o with { Channels = Channels(v) }; break;
                }
            }

            foreach (var problem in o.Validate())
            {
                Error(node, "WRD8170 " + problem);
            }

            return g with { Guards = o, GuardsEnabled = enabled };
        }

        private Dictionary<GuardChannel, ChannelGuardPolicy> Channels(YamlNode node)
        {
            // Channels listed replace their default set; channels not listed keep the defaults.
            var channels = new Dictionary<GuardChannel, ChannelGuardPolicy>(GuardOptions.DefaultChannels);
            var names = System.Enum.GetNames<GuardChannel>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray();
            foreach (var (channel, detectors) in Entries(node, names))
            {
                var map = new Dictionary<string, GuardAction>(StringComparer.Ordinal);
                foreach (var (detector, action) in Entries(detectors, [.. DetectorNames.All]))
                {
                    if (Enum<GuardAction>(action) is { } a)
                    {
                        map[detector] = a;
                    }
                }

                channels[System.Enum.Parse<GuardChannel>(channel, ignoreCase: true)] = new ChannelGuardPolicy { Detectors = map };
            }

            return channels;
        }

        private Dictionary<string, IReadOnlyDictionary<string, GuardAction>> FindingTypes(YamlNode node)
        {
            // detector: { TYPE: action, ... }; type names are free-form (GuardOptions.Validate checks their shape).
            var result = new Dictionary<string, IReadOnlyDictionary<string, GuardAction>>(StringComparer.Ordinal);
            foreach (var (detector, types) in Entries(node, [.. DetectorNames.All]))
            {
                if (types is not YamlMappingNode map)
                {
                    Error(types, "WRD8104 expected a mapping of finding type: action, e.g. { TITLE: allow, CREDIT_CARD: block }");
                    continue;
                }

                var actions = new Dictionary<string, GuardAction>(StringComparer.Ordinal);
                foreach (var (typeNode, action) in map.Children)
                {
                    if (Str(typeNode) is { } type && Enum<GuardAction>(action) is { } a)
                    {
                        actions[type] = a;
                    }
                }

                result[detector] = actions;
            }

            return result;
        }

        private bool? Bool(YamlNode node)
        {
            var s = Str(node);
            if (bool.TryParse(s, out var b))
            {
                return b;
            }

            Error(node, $"WRD8169 expected true or false, got '{s}'");
            return null;
        }

        private T? Enum<T>(YamlNode node)
            where T : struct, System.Enum
        {
            var s = Str(node);
            if (s is not null && System.Enum.TryParse<T>(s, ignoreCase: true, out var v) && System.Enum.IsDefined(v) && !s.Any(char.IsDigit))
            {
                return v;
            }

            Error(node, $"WRD8169 expected one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}, got '{s}'");
            return null;
        }

        private void ValidateGateway(YamlNode node, string section, GatewayConfig g)
        {
            if (section == "gateway" && g.MaxRequestBytes is < 1024 or > 100 * 1024 * 1024)
            {
                Error(node, "WRD8171 gateway.maxRequestBytes must be between 1024 and 104857600");
            }

            if (section == "gateway" && g.Audience is { } a && !Uri.TryCreate(a, UriKind.Absolute, out _))
            {
                Error(node, "WRD8172 gateway.audience must be an absolute URI");
            }

            if (section != "providers")
            {
                return;
            }

            foreach (var dup in g.Providers.GroupBy(p => p.Name, StringComparer.Ordinal).Where(x => x.Count() > 1))
            {
                Error(node, $"WRD8173 provider '{dup.Key}' is configured more than once");
            }

            var names = g.Providers.SelectMany(p => p.Models.Concat(p.Aliases.Keys).Select(m => (Model: m, Provider: p.Name)));
            foreach (var dup in names.GroupBy(n => n.Model, StringComparer.Ordinal).Where(x => x.Count() > 1))
            {
                Error(node, $"WRD8174 model or alias '{dup.Key}' is offered by more than one provider ({string.Join(", ", dup.Select(d => d.Provider))}); use aliases to disambiguate");
            }
        }
    }
}
