using System.Globalization;
using Warden.Core.Tokens;
using Warden.Storage;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Warden.Server.Configuration;

/// <summary>
/// Reads the YAML configuration by walking the document tree, so that every error in the file
/// (unknown fields, wrong types, bad values) is reported at once, with its line, instead of the first one only.
/// </summary>
public static partial class ConfigLoader
{
    public const int MaxConfigBytes = 1024 * 1024;

    public static ConfigResult LoadFile(string path, WardenConfig defaults)
    {
        if (!File.Exists(path))
        {
            return ConfigResult.Fail($"{path}: WRD8100 the configuration file does not exist");
        }

        if (new FileInfo(path).Length > MaxConfigBytes)
        {
            return ConfigResult.Fail($"{path}: WRD8101 the configuration file is larger than {MaxConfigBytes} bytes");
        }

        return Load(File.ReadAllText(path), path, defaults);
    }

    public static ConfigResult Load(string yaml, string fileName, WardenConfig defaults)
    {
        var reader = new Reader(fileName, Path.GetDirectoryName(Path.GetFullPath(fileName)) ?? ".");
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            return ConfigResult.Fail($"{fileName}:{ex.Start.Line}:{ex.Start.Column}: WRD8102 YAML syntax error: {ex.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new ConfigResult(defaults, []);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return ConfigResult.Fail($"{fileName}:1:1: WRD8103 the configuration must be a mapping of sections");
        }

        var config = reader.Root(root, defaults);
        ConfigValidator.Validate(config, reader);
        return new ConfigResult(reader.Errors.Count == 0 ? config : null, reader.Errors);
    }

    internal sealed partial class Reader(string fileName, string baseDirectory)
    {
        public List<string> Errors { get; } = [];

        public string BaseDirectory => baseDirectory;

        public void Error(YamlNode? node, string message) =>
            Errors.Add(node is null ? $"{fileName}: {message}" : $"{fileName}:{node.Start.Line}:{node.Start.Column}: {message}");

        public WardenConfig Root(YamlMappingNode root, WardenConfig c)
        {
            foreach (var (key, value) in Entries(root, ["server", "storage", "tokens", "identityProviders", "delegation", "limits", "policy", "providers", "gateway", "guards", "audit", "approvals", "mcp"]))
            {
                c = key switch
                {
                    "server" => Server(value, c),
                    "storage" => Map(value, ["database", "dataDir", "sqliteSync"], c, (k, v, x) => k switch
                    {
                        "database" => x with { Database = Str(v) ?? x.Database },
                        "sqliteSync" => x with { SqliteSynchronous = SqliteSync(v) ?? x.SqliteSynchronous },
                        _ => x with { DataDirectory = Str(v) ?? x.DataDirectory },
                    }),
                    "tokens" => Tokens(value, c),
                    "identityProviders" => c with { IdentityProviders = Seq(value).Select(IdentityProvider).OfType<TrustedIdentityProvider>().ToList() },
                    "delegation" => c with { Delegation = Seq(value).Select(Delegation).ToList() },
                    "limits" => c with { Limits = Limits(value, c.Limits) },
                    "policy" or "providers" or "gateway" or "guards" => GatewaySection(key, value, c),
                    "audit" => AuditSection(value, c),
                    "approvals" => ApprovalsSection(value, c),
                    "mcp" => McpSection(value, c),
                    _ => c,
                };
            }

            return c;
        }

        private SqliteSynchronous? SqliteSync(YamlNode node)
        {
            switch (Str(node))
            {
                case null:
                    return null;
                case "full":
                    return SqliteSynchronous.Full;
                case "normal":
                    return SqliteSynchronous.Normal;
                default:
                    Error(node, "WRD8115 storage.sqliteSync must be 'full' (sync every commit) or 'normal' (sync at checkpoints)");
                    return null;
            }
        }

        private WardenConfig Server(YamlNode node, WardenConfig c) => Map(node, ["urls", "issuer"], c, (k, v, x) => k switch
        {
            "urls" => x with { Urls = v is YamlSequenceNode ? Seq(v).Select(Str).OfType<string>().ToList() : (Str(v) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries) },
            _ => x with { Issuer = Str(v) },
        });

        private WardenConfig Tokens(YamlNode node, WardenConfig c) =>
            Map(node, ["accessTokenLifetime", "maxDelegationDepth", "secretRotationOverlap"], c, (k, v, x) => k switch
            {
                "accessTokenLifetime" => x with { AccessTokenLifetime = Duration(v) ?? x.AccessTokenLifetime },
                "maxDelegationDepth" => x with { MaxDelegationDepth = (int)(Int(v) ?? x.MaxDelegationDepth) },
                _ => x with { SecretRotationOverlap = Duration(v) ?? x.SecretRotationOverlap },
            });

        private LimitsConfig Limits(YamlNode node, LimitsConfig l) =>
            Map(node, ["maxRequestBodyBytes", "maxFormBytes", "maxTokenLength"], l, (k, v, x) => k switch
            {
                "maxRequestBodyBytes" => x with { MaxRequestBodyBytes = Int(v) ?? x.MaxRequestBodyBytes },
                "maxFormBytes" => x with { MaxFormBytes = (int)(Int(v) ?? x.MaxFormBytes) },
                _ => x with { MaxTokenLength = (int)(Int(v) ?? x.MaxTokenLength) },
            });

        private TrustedIdentityProvider? IdentityProvider(YamlNode node)
        {
            string? name = null, issuer = null, audience = null, jwks = null, jwksFile = null, jwksUrl = null;
            string subjectClaim = "sub", groupsClaim = "groups", scopeClaim = "scope";
            foreach (var (k, v) in Entries(node, ["name", "issuer", "audience", "jwks", "jwksFile", "jwksUrl", "subjectClaim", "groupsClaim", "scopeClaim"]))
            {
                var s = Str(v);
                switch (k)
                {
                    case "name": name = s; break;
                    case "issuer": issuer = s; break;
                    case "audience": audience = s; break;
                    case "jwks": jwks = s; break;
                    case "jwksFile": jwksFile = s; break;
                    case "jwksUrl": jwksUrl = s; break;
                    case "subjectClaim": subjectClaim = s ?? subjectClaim; break;
                    case "groupsClaim": groupsClaim = s ?? groupsClaim; break;
                    default: scopeClaim = s ?? scopeClaim; break;
                }
            }

            if (name is null || issuer is null || audience is null)
            {
                Error(node, "WRD8110 an identity provider needs 'name', 'issuer' and 'audience'");
                return null;
            }

            if ((jwks is null ? 0 : 1) + (jwksFile is null ? 0 : 1) + (jwksUrl is null ? 0 : 1) != 1)
            {
                Error(node, $"WRD8111 identity provider '{name}' needs exactly one of 'jwks', 'jwksFile' or 'jwksUrl'");
                return null;
            }

            if (jwksFile is not null)
            {
                var full = Path.IsPathRooted(jwksFile) ? jwksFile : Path.Combine(BaseDirectory, jwksFile);
                if (!File.Exists(full))
                {
                    Error(node, $"WRD8112 identity provider '{name}': jwksFile '{jwksFile}' does not exist");
                    return null;
                }

                jwks = File.ReadAllText(full);
            }

            Uri? uri = null;
            if (jwksUrl is not null && (!Uri.TryCreate(jwksUrl, UriKind.Absolute, out uri) || uri.Scheme is not ("https" or "http")))
            {
                Error(node, $"WRD8113 identity provider '{name}': jwksUrl must be an absolute http(s) URL");
                return null;
            }

            if (jwks is not null)
            {
                try
                {
                    _ = new Microsoft.IdentityModel.Tokens.JsonWebKeySet(jwks);
                }
                catch (ArgumentException)
                {
                    Error(node, $"WRD8114 identity provider '{name}': the JWKS is not valid JSON Web Key Set");
                    return null;
                }
            }

            return new TrustedIdentityProvider
            {
                Name = name,
                Issuer = issuer,
                Audience = audience,
                JwksJson = jwks,
                JwksUri = uri,
                SubjectClaim = subjectClaim,
                GroupsClaim = groupsClaim,
                ScopeClaim = scopeClaim,
            };
        }

        private DelegationRule Delegation(YamlNode node)
        {
            var rule = new DelegationRule();
            foreach (var (k, v) in Entries(node, ["agents", "subjects", "groups", "fromAgents"]))
            {
                var list = Seq(v).Select(Str).OfType<string>().ToList();
                rule = k switch
                {
                    "agents" => rule with { Agents = list },
                    "subjects" => rule with { Subjects = list },
                    "groups" => rule with { Groups = list },
                    _ => rule with { FromAgents = list },
                };
            }

            if (rule.Agents.Count == 0)
            {
                Error(node, "WRD8120 a delegation rule needs 'agents' (agent ids, label:key=value selectors, or '*')");
            }

            if (rule.Subjects.Count + rule.Groups.Count + rule.FromAgents.Count == 0)
            {
                Error(node, "WRD8121 a delegation rule needs at least one of 'subjects', 'groups' or 'fromAgents'");
            }

            return rule;
        }

        internal T Map<T>(YamlNode node, string[] known, T seed, Func<string, YamlNode, T, T> apply)
        {
            foreach (var (k, v) in Entries(node, known))
            {
                seed = apply(k, v, seed);
            }

            return seed;
        }

        internal IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode node, string[] known)
        {
            if (node is not YamlMappingNode map)
            {
                Error(node, $"WRD8104 expected a mapping with fields: {string.Join(", ", known)}");
                yield break;
            }

            foreach (var (keyNode, value) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!known.Contains(key, StringComparer.Ordinal))
                {
                    Error(keyNode, $"WRD8105 unknown field '{key}'; expected one of: {string.Join(", ", known)}");
                    continue;
                }

                yield return (key, value);
            }
        }

        internal List<YamlNode> Seq(YamlNode node)
        {
            if (node is YamlSequenceNode seq)
            {
                return [.. seq.Children];
            }

            Error(node, "WRD8106 expected a list");
            return [];
        }

        internal string? Str(YamlNode node)
        {
            if (node is YamlScalarNode s)
            {
                return s.Value;
            }

            Error(node, "WRD8107 expected a single value");
            return null;
        }

        internal long? Int(YamlNode node)
        {
            var s = Str(node);
            if (s is not null && long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
            {
                return v;
            }

            Error(node, $"WRD8108 expected an integer, got '{s}'");
            return null;
        }

        internal TimeSpan? Duration(YamlNode node)
        {
            var s = Str(node);
            if (s is not null && DurationParser.TryParse(s, out var d))
            {
                return d;
            }

            Error(node, $"WRD8109 expected a duration such as 300s, 5m, 1h or 00:05:00, got '{s}'");
            return null;
        }
    }
}

/// <summary>A loaded configuration, or every error that prevented it.</summary>
public sealed record ConfigResult(WardenConfig? Config, IReadOnlyList<string> Errors)
{
    public static ConfigResult Fail(string error) => new(null, [error]);
}
