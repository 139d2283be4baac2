namespace Warden.Server.Configuration;

/// <summary>Policy, upstream model providers, budgets and guards for the LLM gateway.</summary>
public sealed record GatewayConfig
{
}
