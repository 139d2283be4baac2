namespace Warden.Core.Audit;

/// <summary>
/// Numbered audit event ids. Ranges: identity 1000+, tokens 2000+, policy decisions 3000+, gateway calls 4000+,
/// guards 5000+, approvals 6000+, admin and configuration changes 7000+.
/// </summary>
public static class AuditEventIds
{
    public const int AgentCreated = 1001;
    public const int AgentSuspended = 1002;
    public const int AgentResumed = 1003;
    public const int AgentDeactivated = 1004;
    public const int AgentSecretRotated = 1005;
    public const int AgentKeyAdded = 1006;
    public const int AgentKeyDeleted = 1007;

    public const int TokenIssued = 2001;
    public const int TokenDenied = 2002;
    public const int TokenExchanged = 2003;
    public const int TokenRevoked = 2004;
    public const int SigningKeyRotated = 2005;

    public const int PolicyDecision = 3001;
    public const int PolicyUpdated = 3002;
    public const int PolicyUpdateRejected = 3003;

    public const int LlmCall = 4001;
    public const int LlmCallDenied = 4002;
    public const int LlmCallFailed = 4003;
    public const int RateLimited = 4004;

    public const int McpToolCall = 4101;
    public const int McpToolDenied = 4102;
    public const int McpToolFailed = 4103;
    public const int McpToolBlocked = 4104;
    public const int McpToolPinned = 4110;
    public const int McpToolChanged = 4111;
    public const int McpToolApproved = 4112;
    public const int McpToolPoisoned = 4113;

    public const int GuardFinding = 5001;
    public const int GuardBlocked = 5002;

    public const int ApprovalRequested = 6001;
    public const int ApprovalApproved = 6002;
    public const int ApprovalDenied = 6003;
    public const int ApprovalConsumed = 6004;
    public const int ApprovalExpired = 6005;
    public const int ApprovalDecisionRejected = 6006;

    public const int ElevationRequested = 6010;
    public const int ElevationApproved = 6011;
    public const int ElevationDenied = 6012;
    public const int ElevationRevoked = 6013;
    public const int ElevationExpired = 6014;
    public const int ElevationRejected = 6015;

    public const int ReviewStarted = 6020;
    public const int ReviewDecided = 6021;
    public const int ReviewPermissionRevoked = 6022;
    public const int ReviewClosed = 6023;

    public const int FindingsComputed = 6030;
    public const int AgentAutoSuspended = 6031;

    public const int AdminChange = 7001;
    public const int ConfigLoaded = 7002;
}
