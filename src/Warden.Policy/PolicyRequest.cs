using System.Net;
using System.Text.Json;

namespace Warden.Policy;

/// <summary>
/// One authorization question: may this principal perform this action on this resource, now, with these arguments?
/// The engine never reads the clock or the network; everything it decides on is in here.
/// </summary>
public sealed record PolicyRequest
{
    /// <summary>Who is calling: the agent, the human behind it and the delegation chain.</summary>
    public required PolicyPrincipal Principal { get; init; }

    /// <summary>What is being called: a model, a tool, an MCP server or a data set.</summary>
    public required PolicyResource Resource { get; init; }

    /// <summary>The action, for example <c>llm.chat</c>, <c>llm.embed</c> or <c>mcp.tools.call</c>.</summary>
    public required string Action { get; init; }

    /// <summary>The request time in UTC, supplied by the host (from its <see cref="TimeProvider"/>).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The request body size in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>The client address; <see langword="null"/> when unknown, in which case address conditions do not hold.</summary>
    public IPAddress? ClientAddress { get; init; }

    /// <summary>
    /// Tool arguments for tool calls; <c>default</c> when there are none. The element must stay valid for as long as
    /// the decision may be explained (clone it if the backing document is disposed earlier).
    /// </summary>
    public JsonElement Arguments { get; init; }
}

/// <summary>The calling principal.</summary>
public sealed record PolicyPrincipal
{
    /// <summary>The agent id.</summary>
    public required string AgentId { get; init; }

    /// <summary>The agent's labels (key/value).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = EmptyLabels;

    /// <summary>The accountable human owner of the agent.</summary>
    public string? Owner { get; init; }

    /// <summary>The human who initiated the call, or <see langword="null"/> when the agent acts on its own.</summary>
    public HumanInitiator? Initiator { get; init; }

    /// <summary>Agent ids the call was delegated through before reaching <see cref="AgentId"/>, outermost first.</summary>
    public IReadOnlyList<string> DelegationChain { get; init; } = [];

    /// <summary>The delegation depth: the number of agents in <see cref="DelegationChain"/>.</summary>
    public int DelegationDepth => DelegationChain.Count;

    /// <summary>The scopes of the access token.</summary>
    public IReadOnlyList<string> Scopes { get; init; } = [];

    private static readonly IReadOnlyDictionary<string, string> EmptyLabels =
        new Dictionary<string, string>(StringComparer.Ordinal);
}

/// <summary>The human who initiated a call.</summary>
public sealed record HumanInitiator
{
    /// <summary>The human's subject identifier.</summary>
    public required string Subject { get; init; }

    /// <summary>The human's groups.</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
}

/// <summary>The resource a request targets.</summary>
public sealed record PolicyResource
{
    /// <summary>The kind of resource.</summary>
    public required ResourceKind Kind { get; init; }

    /// <summary>The resource name: model id, tool name, MCP server name or data set name.</summary>
    public required string Name { get; init; }

    /// <summary>The upstream provider, for models.</summary>
    public string? Provider { get; init; }

    /// <summary>The MCP server a tool belongs to.</summary>
    public string? McpServer { get; init; }

    /// <summary>Sensitivity labels of the data involved.</summary>
    public IReadOnlyList<string> DataLabels { get; init; } = [];
}

/// <summary>Kinds of resources.</summary>
public enum ResourceKind
{
    /// <summary>A language or embedding model.</summary>
    Model,

    /// <summary>A tool (for example an MCP tool).</summary>
    Tool,

    /// <summary>An MCP server as a whole.</summary>
    McpServer,

    /// <summary>A data set or document collection.</summary>
    Data,
}
