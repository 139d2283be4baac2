namespace Warden.Server.Configuration;

/// <summary>Audit trail settings: checkpoints, retention, exporters and webhooks.</summary>
public sealed record AuditConfig
{
}
