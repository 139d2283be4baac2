namespace Warden.Server.Mcp;

/// <summary>Protocol constants of the MCP Streamable HTTP transport as Warden serves it.</summary>
internal static class McpProtocol
{
    public const string SessionHeader = "Mcp-Session-Id";
    public const string VersionHeader = "MCP-Protocol-Version";

    /// <summary>The version assumed when a client sends no <c>MCP-Protocol-Version</c> header (per the specification).</summary>
    public const string DefaultVersion = "2025-03-26";

    /// <summary>Supported versions, newest first; <c>initialize</c> answers with the client's version if listed, else the first.</summary>
    public static readonly string[] SupportedVersions = ["2025-11-25", "2025-06-18", "2025-03-26"];

    public static bool IsSupported(string version) => Array.IndexOf(SupportedVersions, version) >= 0;
}

/// <summary>Policy action names used by the MCP gateway.</summary>
internal static class McpActions
{
    public const string ToolsCall = "mcp.tools.call";
    public const string ResourcesRead = "mcp.resources.read";
    public const string PromptsGet = "mcp.prompts.get";
}
