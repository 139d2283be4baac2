namespace Warden.Core.Agents;

/// <summary>The lifecycle of an agent. Deactivation is permanent.</summary>
public enum AgentStatus
{
    Active = 0,
    Suspended = 1,
    Deactivated = 2,
}
