using YamlDotNet.RepresentationModel;

namespace Warden.Server.Configuration;

public static partial class ConfigLoader
{
    internal sealed partial class Reader
    {
        /// <summary>Reads the <c>audit</c> section.</summary>
        private WardenConfig AuditSection(YamlNode node, WardenConfig config) =>
            config with
            {
                Audit = Map(node, ["checkpointInterval", "retention", "syslog", "otlp", "webhooks", "ocsfFile"], config.Audit, (k, v, a) => k switch
                {
                    "checkpointInterval" => a with { CheckpointInterval = Positive(v, Duration(v)) ?? a.CheckpointInterval },
                    "retention" => a with { Retention = Positive(v, Duration(v)) },
                    "syslog" => a with { Syslog = Syslog(v) },
                    "otlp" => a with { Otlp = Otlp(v) },
                    "webhooks" => a with { Webhooks = Seq(v).Select(Webhook).OfType<WebhookConfig>().ToList() },
                    _ => a with { OcsfFile = Str(v) },
                }),
            };

        private TimeSpan? Positive(YamlNode node, TimeSpan? value)
        {
            if (value is { } d && d <= TimeSpan.Zero)
            {
                Error(node, "WRD8180 audit durations must be positive");
                return null;
            }

            return value;
        }

        private SyslogConfig Syslog(YamlNode node)
        {
            var syslog = Map(node, ["host", "port", "protocol"], new SyslogConfig(), (k, v, s) => k switch
            {
                "host" => s with { Host = Str(v) ?? s.Host },
                "port" => s with { Port = (int)(Int(v) ?? s.Port) },
                _ => s with { Protocol = Str(v) ?? s.Protocol },
            });
            if (syslog.Protocol is not ("tcp" or "udp"))
            {
                Error(node, $"WRD8181 syslog protocol must be 'tcp' or 'udp', got '{syslog.Protocol}'");
            }

            if (syslog.Port is < 1 or > 65535)
            {
                Error(node, $"WRD8182 syslog port must be 1-65535, got {syslog.Port}");
            }

            return syslog;
        }

        private OtlpConfig? Otlp(YamlNode node)
        {
            Uri? endpoint = null;
            foreach (var (_, v) in Entries(node, ["endpoint"]))
            {
                endpoint = HttpUri(v, "otlp endpoint");
            }

            if (endpoint is null)
            {
                Error(node, "WRD8183 otlp needs 'endpoint' (e.g. http://collector:4318)");
                return null;
            }

            return new OtlpConfig { Endpoint = endpoint };
        }

        private WebhookConfig? Webhook(YamlNode node)
        {
            Uri? url = null;
            string? secretEnv = null;
            List<string> events = [];
            foreach (var (k, v) in Entries(node, ["url", "secretEnv", "events"]))
            {
                switch (k)
                {
                    case "url": url = HttpUri(v, "webhook url"); break;
                    case "secretEnv": secretEnv = Str(v); break;
                    default: events = [.. Seq(v).Select(Str).OfType<string>()]; break;
                }
            }

            if (url is null || string.IsNullOrEmpty(secretEnv))
            {
                Error(node, "WRD8184 a webhook needs 'url' and 'secretEnv' (the environment variable holding its HMAC secret)");
                return null;
            }

            return new WebhookConfig { Url = url, SecretEnv = secretEnv, Events = events };
        }

        private Uri? HttpUri(YamlNode node, string what)
        {
            var s = Str(node);
            if (s is not null && Uri.TryCreate(s, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                return uri;
            }

            Error(node, $"WRD8185 {what} must be an absolute http(s) URL, got '{s}'");
            return null;
        }
    }
}
