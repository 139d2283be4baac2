using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Warden.Server.Configuration;

public static partial class ConfigLoader
{
    internal sealed partial class Reader
    {
        /// <summary>Reads the <c>mcp</c> section (errors WRD8200–WRD8229).</summary>
        private WardenConfig McpSection(YamlNode node, WardenConfig config)
        {
            var m = Map(node, ["audience", "maxRequestBytes", "maxBatchSize", "sessionLifetime", "toolCacheTtl", "scanToolDefinitions", "upstreams"], config.Mcp, (k, v, x) => k switch
            {
                "audience" => x with { Audience = Str(v) },
                "maxRequestBytes" => x with { MaxRequestBytes = Int(v) ?? x.MaxRequestBytes },
                "maxBatchSize" => x with { MaxBatchSize = (int)(Int(v) ?? x.MaxBatchSize) },
                "sessionLifetime" => x with { SessionLifetime = Duration(v) ?? x.SessionLifetime },
                "toolCacheTtl" => x with { ToolCacheTtl = Duration(v) ?? x.ToolCacheTtl },
                "scanToolDefinitions" => x with { ScanToolDefinitions = Bool(v) ?? x.ScanToolDefinitions },
                _ => x with { Upstreams = [.. Seq(v).Select(McpUpstream).OfType<McpUpstreamConfig>()] },
            });
            if (m.Audience is { } a && !Uri.TryCreate(a, UriKind.Absolute, out _))
            {
                Error(node, "WRD8200 mcp.audience must be an absolute URI");
            }

            if (m.MaxRequestBytes is < 1024 or > 100 * 1024 * 1024)
            {
                Error(node, "WRD8201 mcp.maxRequestBytes must be between 1024 and 104857600");
            }

            if (m.MaxBatchSize is < 1 or > 1000)
            {
                Error(node, "WRD8202 mcp.maxBatchSize must be between 1 and 1000");
            }

            if (m.SessionLifetime < TimeSpan.FromMinutes(1) || m.SessionLifetime > TimeSpan.FromDays(30))
            {
                Error(node, "WRD8203 mcp.sessionLifetime must be between 1m and 30d");
            }

            if (m.ToolCacheTtl < TimeSpan.Zero || m.ToolCacheTtl > TimeSpan.FromHours(1))
            {
                Error(node, "WRD8204 mcp.toolCacheTtl must be between 0s and 1h");
            }

            foreach (var dup in m.Upstreams.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                Error(node, $"WRD8205 MCP upstream '{dup.Key}' is configured more than once");
            }

            return config with { Mcp = m };
        }

        private McpUpstreamConfig? McpUpstream(YamlNode node)
        {
            string? name = null, type = null, url = null, secretEnv = null, secretFile = null, command = null, workingDirectory = null, tokenAudience = null;
            string header = "Authorization", prefix = "Bearer ";
            List<string> args = [];
            var env = new Dictionary<string, string>(StringComparer.Ordinal);
            var timeout = TimeSpan.FromSeconds(30);
            var tofu = false;
            foreach (var (k, v) in Entries(node, ["name", "type", "url", "secretHeader", "secretPrefix", "secretEnv", "secretFile", "tokenAudience", "command", "args", "env", "workingDirectory", "timeout", "trustOnFirstUse"]))
            {
                switch (k)
                {
                    case "name": name = Str(v); break;
                    case "type": type = Str(v); break;
                    case "url": url = Str(v); break;
                    case "secretHeader": header = Str(v) ?? header; break;
                    case "secretPrefix": prefix = Str(v) ?? ""; break;
                    case "secretEnv": secretEnv = Str(v); break;
                    case "secretFile": secretFile = Str(v) is { } f ? ResolvePath(f) : null; break;
                    case "tokenAudience": tokenAudience = Str(v); break;
                    case "command": command = Str(v); break;
                    case "args": args = [.. Seq(v).Select(Str).OfType<string>()]; break;
                    case "workingDirectory": workingDirectory = Str(v) is { } w ? ResolvePath(w) : null; break;
                    case "timeout": timeout = Duration(v) ?? timeout; break;
                    case "trustOnFirstUse": tofu = Bool(v) ?? tofu; break;
                    default:
                        if (v is YamlMappingNode map)
                        {
                            foreach (var (ek, ev) in map.Children)
                            {
                                if (Str(ek) is { } key && Str(ev) is { } value)
                                {
                                    env[key] = value;
                                }
                            }
                        }
                        else
                        {
                            Error(v, "WRD8104 expected a mapping of NAME: value");
                        }

                        break;
                }
            }

            if (name is null || !UpstreamName().IsMatch(name))
            {
                Error(node, "WRD8206 an MCP upstream needs a 'name' of lowercase letters, digits and '-' (starting with a letter, at most 32 characters)");
                return null;
            }

            var kind = type switch
            {
                null or "http" => McpTransportType.Http,
                "stdio" => McpTransportType.Stdio,
                _ => (McpTransportType?)null,
            };
            if (kind is null)
            {
                Error(node, $"WRD8207 MCP upstream '{name}': type must be 'http' or 'stdio', got '{type}'");
                return null;
            }

            Uri? uri = null;
            if (kind == McpTransportType.Http)
            {
                if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out uri) || uri.Scheme is not ("http" or "https"))
                {
                    Error(node, $"WRD8208 MCP upstream '{name}': an http upstream needs 'url', an absolute http(s) URL");
                }

                if (command is not null || args.Count > 0 || env.Count > 0 || workingDirectory is not null)
                {
                    Error(node, $"WRD8209 MCP upstream '{name}': 'command', 'args', 'env' and 'workingDirectory' are for stdio upstreams");
                }
            }
            else
            {
                if (string.IsNullOrWhiteSpace(command))
                {
                    Error(node, $"WRD8210 MCP upstream '{name}': a stdio upstream needs 'command'");
                }

                if (url is not null || secretEnv is not null || secretFile is not null)
                {
                    Error(node, $"WRD8211 MCP upstream '{name}': 'url' and secrets are for http upstreams (pass a stdio server its secrets with 'env')");
                }

                if (workingDirectory is not null && !Directory.Exists(workingDirectory))
                {
                    Error(node, $"WRD8212 MCP upstream '{name}': workingDirectory '{workingDirectory}' does not exist");
                }
            }

            if (secretEnv is not null && secretFile is not null)
            {
                Error(node, $"WRD8213 MCP upstream '{name}': use either 'secretEnv' or 'secretFile', not both");
            }

            if (tokenAudience is not null && (secretEnv is not null || secretFile is not null || kind != McpTransportType.Http || !Uri.TryCreate(tokenAudience, UriKind.Absolute, out _)))
            {
                Error(node, $"WRD8216 MCP upstream '{name}': 'tokenAudience' must be an absolute URI, on an http upstream, without 'secretEnv' or 'secretFile'");
            }

            if (secretFile is not null && !File.Exists(secretFile))
            {
                Error(node, $"WRD8214 MCP upstream '{name}': secretFile '{secretFile}' does not exist");
            }

            if (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromMinutes(30))
            {
                Error(node, $"WRD8215 MCP upstream '{name}': timeout must be between 1s and 30m");
            }

            return new McpUpstreamConfig
            {
                Name = name,
                Type = kind.Value,
                Url = uri,
                SecretHeader = header,
                SecretPrefix = prefix,
                SecretEnv = secretEnv,
                SecretFile = secretFile,
                TokenAudience = tokenAudience,
                Command = command,
                Args = args,
                Env = env,
                WorkingDirectory = workingDirectory,
                Timeout = timeout,
                TrustOnFirstUse = tofu,
            };
        }

        [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
        private static partial Regex UpstreamName();
    }
}
