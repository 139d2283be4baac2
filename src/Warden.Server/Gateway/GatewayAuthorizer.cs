using Warden.Policy;
using Warden.Server.Policy;

namespace Warden.Server.Gateway;

/// <summary>Stage 2: asks the served policy whether the caller may perform the action on the model.</summary>
internal sealed class GatewayAuthorizer(PolicyHost policy, TimeProvider time)
{
    public PolicyDecision Decide(GatewayCaller caller, string action, ResolvedModel model, long size) =>
        policy.Store.Evaluate(Request(caller, action, model.Model, model.Provider.Name, size));

    /// <summary>Whether the caller may use a model for any gateway action (for <c>GET /v1/models</c>).</summary>
    public bool MayUse(GatewayCaller caller, ResolvedModel model)
    {
        var current = policy.Store.Current;
        return current.Evaluate(Request(caller, GatewayActions.Chat, model.Model, model.Provider.Name, 0)).IsAllowed ||
            current.Evaluate(Request(caller, GatewayActions.Embed, model.Model, model.Provider.Name, 0)).IsAllowed;
    }

    /// <summary>Throws the caller-facing error for a decision that does not allow the call.</summary>
    public static void Enforce(PolicyDecision decision)
    {
        if (decision.IsAllowed)
        {
            return;
        }

        // The engine's message names the deciding rule (or default deny), the policy version and the rule's reason.
        var message = decision.Message;
        throw new GatewayException(decision.Outcome == PolicyOutcome.RequireApproval ? GatewayErrors.ApprovalRequired(message) : GatewayErrors.Denied(message));
    }

    private PolicyRequest Request(GatewayCaller caller, string action, string model, string provider, long size) => new()
    {
        Principal = caller.Principal,
        // Policies name the upstream model id, never the alias, so an alias cannot route around a rule on the model.
        Resource = new PolicyResource { Kind = ResourceKind.Model, Name = model, Provider = provider },
        Action = action,
        Time = time.GetUtcNow(),
        SizeBytes = size,
        ClientAddress = caller.ClientAddress,
    };
}

/// <summary>Policy action names used by the gateway.</summary>
internal static class GatewayActions
{
    public const string Chat = "llm.chat";
    public const string Embed = "llm.embed";
}
