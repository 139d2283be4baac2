namespace Warden.Guards;

/// <summary>The outcome of scanning a list of chat messages.</summary>
public sealed record GuardMessagesVerdict
{
    /// <summary>The strongest action over all messages.</summary>
    public GuardAction Action { get; init; }

    /// <summary>True when any message must block the request.</summary>
    public bool Blocked => Action == GuardAction.Block;

    /// <summary>One verdict per message, in order.</summary>
    public IReadOnlyList<GuardVerdict> Messages { get; init; } = [];
}
