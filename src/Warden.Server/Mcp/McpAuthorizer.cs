using System.Text.Json;
using Warden.Policy;
using Warden.Server.Gateway;
using Warden.Server.Policy;

namespace Warden.Server.Mcp;

/// <summary>What an MCP call targets, as the policy sees it.</summary>
internal sealed record McpTarget(string Upstream, string Name, string NamespacedName, ResourceKind Kind);

/// <summary>
/// Stage 2: the policy decisions of the MCP gateway. A call is decided by <see cref="Decide"/>; a listing asks
/// <see cref="MayList"/> the same policy, with the same request, whether some call of the item could be allowed, so
/// a listed tool is one the caller may call and a hidden tool is one no call of the caller's can reach.
/// </summary>
internal sealed class McpAuthorizer(PolicyHost policy, TimeProvider time)
{
    public PolicyDecision Decide(GatewayCaller caller, string action, McpTarget target, JsonElement arguments, long size = 0) =>
        policy.Store.Evaluate(Request(caller, action, target, arguments, size));

    /// <summary>
    /// Whether a listing shows the target. Tools and prompts: whether some arguments could make the call decision
    /// allow or require approval (policy partial evaluation: argument conditions count as "could hold"; a deny rule
    /// without argument conditions hides the item). Resources are read without arguments, so their call decision is
    /// known exactly and is used as is.
    /// </summary>
    public bool MayList(GatewayCaller caller, string callAction, McpTarget target)
    {
        var request = Request(caller, callAction, target, default, 0);
        if (callAction != McpActions.ResourcesRead)
        {
            return policy.Store.CouldPermit(request);
        }

        return policy.Store.Evaluate(request).Outcome is PolicyOutcome.Allow or PolicyOutcome.RequireApproval;
    }

    private PolicyRequest Request(GatewayCaller caller, string action, McpTarget target, JsonElement arguments, long size) => new()
    {
        Principal = caller.Principal,
        Resource = new PolicyResource { Kind = target.Kind, Name = target.NamespacedName, McpServer = target.Upstream },
        Action = action,
        Time = time.GetUtcNow(),
        SizeBytes = size,
        ClientAddress = caller.ClientAddress,
        Arguments = arguments,
    };
}
