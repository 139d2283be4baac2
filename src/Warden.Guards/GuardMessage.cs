namespace Warden.Guards;

/// <summary>One chat message to scan. The role decides the channel (system, user, assistant, tool).</summary>
/// <param name="Role">OpenAI-style role.</param>
/// <param name="Content">Message text.</param>
public sealed record GuardMessage(string Role, string Content)
{
    /// <summary>Maps the role to a channel; unknown roles are treated as user input, the strictest input channel.</summary>
    public GuardChannel Channel => Role.ToLowerInvariant() switch
    {
        "system" or "developer" => GuardChannel.System,
        "assistant" => GuardChannel.ModelOutput,
        "tool" or "function" => GuardChannel.ToolOutput,
        _ => GuardChannel.User,
    };
}
