using System.Text.Json;
using Warden.Core.Approvals;
using Warden.Policy;
using Warden.Server.Policy;

namespace Warden.Server.Gateway;

/// <summary>Stage 2: asks the served policy whether the caller may perform the action on the model.</summary>
internal sealed class GatewayAuthorizer(PolicyHost policy, TimeProvider time, IApprovalGate approvals)
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
    private static void Enforce(PolicyDecision decision)
    {
        if (decision.IsAllowed)
        {
            return;
        }

        // The engine's message names the deciding rule (or default deny), the policy version and the rule's reason.
        var message = decision.Message;
        throw new GatewayException(decision.Outcome == PolicyOutcome.RequireApproval ? GatewayErrors.ApprovalUnavailable() : GatewayErrors.Denied(message));
    }

    /// <summary>
    /// Enforces the decision; a <c>require_approval</c> outcome goes to the approval gate, bound to the caller's chain,
    /// the action, the upstream model and the hash of the canonical request body. An approved grant lets the call
    /// through (one use consumed); otherwise the caller gets WRD4021 with the request id and URL. Fails closed.
    /// </summary>
    public async ValueTask EnforceAsync(PolicyDecision decision, GatewayCaller caller, string action, ResolvedModel model, JsonElement arguments, CancellationToken cancellationToken)
    {
        if (decision.Outcome != PolicyOutcome.RequireApproval)
        {
            Enforce(decision);
            return;
        }

        var subject = new ApprovalSubject
        {
            Agent = caller.AgentId,
            Chain = caller.Principal.DelegationChain,
            Human = caller.Human,
            HumanIssuer = caller.Human is null ? null : caller.Claims.SubjectIssuer,
            Action = action,
            Resource = model.Model,
            ArgumentsHash = ApprovalArguments.Hash(arguments),
            RuleId = decision.DecidingRuleId ?? "",
            PolicyVersion = decision.Version.ToString(),
            Approvers = decision.Approval?.Approvers ?? [],
            Reason = decision.Approval?.Reason ?? decision.Reason ?? decision.Message,
        };
        ApprovalCheck check;
        try
        {
            check = await approvals.CheckAsync(subject, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new GatewayException(GatewayErrors.ApprovalUnavailable(), ex);
        }

        if (check.State != ApprovalState.Approved)
        {
            throw new GatewayException(GatewayErrors.ApprovalRequired(decision.Message, check.RequestId, check.Url, check.ExpiresAt));
        }
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
