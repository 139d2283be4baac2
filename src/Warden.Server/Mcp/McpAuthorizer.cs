using System.Text.Json;
using Warden.Policy;
using Warden.Server.Gateway;
using Warden.Server.Policy;

namespace Warden.Server.Mcp;

/// <summary>What an MCP call targets, as the policy sees it.</summary>
internal sealed record McpTarget(string Upstream, string Name, string NamespacedName, ResourceKind Kind);

/// <summary>
/// Stage 2: the one policy decision function of the MCP gateway. <c>tools/list</c> and <c>tools/call</c> both go
/// through <see cref="Decide"/>, so a listed tool is one the caller may call.
/// </summary>
internal sealed class McpAuthorizer(PolicyHost policy, TimeProvider time)
{
    public PolicyDecision Decide(GatewayCaller caller, string action, McpTarget target, JsonElement arguments, long size = 0) =>
        policy.Store.Evaluate(new PolicyRequest
        {
            Principal = caller.Principal,
            Resource = new PolicyResource { Kind = target.Kind, Name = target.NamespacedName, McpServer = target.Upstream },
            Action = action,
            Time = time.GetUtcNow(),
            SizeBytes = size,
            ClientAddress = caller.ClientAddress,
            Arguments = arguments,
        });

    /// <summary>
    /// Whether a listing shows the target: the call decision without arguments allows it (or requires approval), or,
    /// for targets whose rules depend on the arguments, an explicit <c>mcp.tools.list</c> rule allows listing it.
    /// </summary>
    public bool MayList(GatewayCaller caller, string callAction, McpTarget target)
    {
        var decision = Decide(caller, callAction, target, default);
        if (decision.Outcome is PolicyOutcome.Allow or PolicyOutcome.RequireApproval)
        {
            return true;
        }

        return decision.IsDefaultDeny && Decide(caller, McpActions.ToolsList, target, default).IsAllowed;
    }
}
