namespace Warden.Server.Configuration;

/// <summary>Audit trail settings: checkpoints, retention, exporters and webhooks.</summary>
public sealed record AuditConfig
{
    /// <summary>How often the chain head is signed (also on shutdown).</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Documented retention target; pruning itself is explicit (<c>warden audit archive</c>).</summary>
    public TimeSpan? Retention { get; init; }

    public SyslogConfig? Syslog { get; init; }

    public OtlpConfig? Otlp { get; init; }

    public IReadOnlyList<WebhookConfig> Webhooks { get; init; } = [];

    /// <summary>A file that receives every event as OCSF JSON Lines.</summary>
    public string? OcsfFile { get; init; }
}

/// <summary>RFC 5424 syslog receiver.</summary>
public sealed record SyslogConfig
{
    public string Host { get; init; } = "127.0.0.1";

    public int Port { get; init; } = 514;

    /// <summary><c>tcp</c> (RFC 6587 octet counting) or <c>udp</c>.</summary>
    public string Protocol { get; init; } = "tcp";
}

/// <summary>OTLP/HTTP logs receiver, e.g. <c>http://collector:4318</c>.</summary>
public sealed record OtlpConfig
{
    public required Uri Endpoint { get; init; }
}

/// <summary>An HTTP POST per matching event, signed with HMAC-SHA256.</summary>
public sealed record WebhookConfig
{
    public required Uri Url { get; init; }

    /// <summary>The environment variable holding the HMAC secret (never the secret itself in the file).</summary>
    public required string SecretEnv { get; init; }

    /// <summary>Event types (<c>token.denied</c>), prefixes (<c>agent.*</c>) or ids (<c>2002</c>); empty means all.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];
}
