using Warden.Core.Agents;
using Warden.Core.Approvals;
using Warden.Core.Audit;
using Warden.Core.Errors;
using Warden.Core.Security;
using Warden.Core.Tokens;

namespace Warden.Server.Approvals;

/// <summary>What an admin sends to start an access review.</summary>
public sealed record StartReviewCommand
{
    public string? Name { get; init; }

    /// <summary>Reviews every item instead of each agent's owner.</summary>
    public string? Reviewer { get; init; }

    /// <summary>How long the review runs, e.g. <c>14d</c> (default approvals.governance.reviewDuration).</summary>
    public string? Duration { get; init; }

    /// <summary><c>revoke</c> or <c>keep</c> for undecided items at the deadline.</summary>
    public string? Default { get; init; }

    /// <summary>Agent selectors (ids, <c>label:key=value</c>, <c>*</c>); default every active agent.</summary>
    public List<string>? Agents { get; init; }
}

/// <summary>A reviewer's decision on one item.</summary>
public sealed record ReviewDecisionCommand
{
    /// <summary><c>keep</c> (certify) or <c>revoke</c>.</summary>
    public string? Decision { get; init; }

    public string? Reason { get; init; }
}

/// <summary>A campaign and its items, as the admin API shows them.</summary>
public sealed record ReviewView(string Id, string Name, string State, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset Deadline, string Default, DateTimeOffset? ClosedAt, IReadOnlyList<ReviewItemView>? Items)
{
    public static ReviewView From(ReviewCampaign c, IReadOnlyList<ReviewItem>? items) => new(
        c.Id, c.Name, c.Closed ? "closed" : "open", c.CreatedAt, c.CreatedBy, c.Deadline, c.DefaultDecision.ToString().ToLowerInvariant(), c.ClosedAt,
        items?.Select(ReviewItemView.From).ToList());
}

/// <summary>One review item with its usage evidence.</summary>
public sealed record ReviewItemView(string Id, string Agent, string Permission, string Reviewer, DateTimeOffset? LastUsedAt, string? Decision, string? DecidedBy, DateTimeOffset? DecidedAt, string? Reason, bool Applied)
{
    public static ReviewItemView From(ReviewItem i) => new(i.Id, i.Agent, i.Permission, i.Reviewer, i.LastUsedAt, i.Decision?.ToString().ToLowerInvariant(), i.DecidedBy, i.DecidedAt, i.Reason, i.Applied);
}

/// <summary>A list of campaigns.</summary>
public sealed record ReviewPage(IReadOnlyList<ReviewView> Items);

/// <summary>
/// Access-review campaigns: one item per agent per scope, decided by the owner (or a named reviewer) with the
/// usage evidence in view; revocations remove the scope from the agent; undecided items follow the campaign default
/// at the deadline (background sweep) or on close. Audited with ids 6020–6023.
/// </summary>
public sealed class ReviewService(IReviewStore store, GovernanceService governance, IAuditSink audit, TimeProvider time)
{
    public async Task<(ReviewCampaign Campaign, IReadOnlyList<ReviewItem> Items)> StartAsync(StartReviewCommand command, string admin, TimeSpan? duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var now = time.GetUtcNow();
        var defaultDecision = command.Default switch
        {
            null => governance.Options.ReviewDefault,
            "revoke" => ReviewDecision.Revoke,
            "keep" => ReviewDecision.Keep,
            _ => throw new WardenException(ApprovalErrors.ReviewInvalid("'default' must be revoke or keep")),
        };
        var selectors = command.Agents is { Count: > 0 } s ? s : ["*"];
        var campaign = new ReviewCampaign
        {
            Id = RandomIds.New("rev_", 9),
            Name = string.IsNullOrWhiteSpace(command.Name) ? $"Access review {now:yyyy-MM-dd}" : command.Name.Trim(),
            CreatedAt = now,
            CreatedBy = admin,
            Deadline = now + (duration ?? governance.Options.ReviewDuration),
            DefaultDecision = defaultDecision,
        };
        var items = new List<ReviewItem>();
        await foreach (var agent in governance.AllAgentsAsync(cancellationToken))
        {
            if (agent.Status != AgentStatus.Active || !selectors.Any(x => DelegationPolicy.Selects(x, agent)))
            {
                continue;
            }

            var usage = await governance.UsageAsync(agent.Id, cancellationToken);
            foreach (var scope in agent.Scopes)
            {
                items.Add(new ReviewItem
                {
                    Id = RandomIds.New("rvi_", 9),
                    CampaignId = campaign.Id,
                    Agent = agent.Id,
                    Permission = scope,
                    Reviewer = string.IsNullOrWhiteSpace(command.Reviewer) ? agent.Owner : command.Reviewer.Trim(),
                    LastUsedAt = usage.Scopes.TryGetValue(scope, out var t) ? t : null,
                });
            }
        }

        await store.CreateAsync(campaign, items, cancellationToken);
        await RecordAsync(AuditEventIds.ReviewStarted, "review.started", new AuditActor { Admin = admin }, campaign.Id, null, $"{items.Count} item(s), deadline {campaign.Deadline:u}", cancellationToken);
        return (campaign, items);
    }

    public async Task<ReviewCampaign> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) ?? throw new WardenException(ApprovalErrors.CampaignNotFound(id));

    public Task<IReadOnlyList<ReviewItem>> ItemsAsync(string id, CancellationToken cancellationToken) => store.ItemsAsync(id, cancellationToken);

    public Task<IReadOnlyList<ReviewCampaign>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(100, cancellationToken);

    /// <summary>Records a reviewer's decision and applies a revocation at once.</summary>
    public async Task<ReviewItem> DecideAsync(string campaignId, string itemId, string? decision, string? reason, string who, bool isAdmin, CancellationToken cancellationToken)
    {
        var campaign = await GetAsync(campaignId, cancellationToken);
        if (campaign.Closed)
        {
            throw new WardenException(ApprovalErrors.CampaignClosed(campaignId));
        }

        var parsed = decision switch
        {
            "keep" or "certify" => ReviewDecision.Keep,
            "revoke" => ReviewDecision.Revoke,
            _ => throw new WardenException(ApprovalErrors.ReviewInvalid("'decision' must be keep (certify) or revoke")),
        };
        var item = (await store.ItemsAsync(campaignId, cancellationToken)).FirstOrDefault(i => string.Equals(i.Id, itemId, StringComparison.Ordinal))
            ?? throw new WardenException(ApprovalErrors.ReviewItemNotFound(itemId));
        if (!isAdmin && !string.Equals(item.Reviewer, who, StringComparison.OrdinalIgnoreCase))
        {
            throw new WardenException(ApprovalErrors.NotAReviewer(who, itemId));
        }

        if (item.Applied)
        {
            throw new WardenException(ApprovalErrors.ReviewInvalid($"item '{itemId}' was already revoked and applied"));
        }

        return await ApplyAsync(item, parsed, isAdmin ? "admin:" + who : who, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), cancellationToken);
    }

    /// <summary>Closes the campaign: undecided items get the default decision, revocations are applied.</summary>
    public async Task<ReviewCampaign> CloseAsync(string id, string by, CancellationToken cancellationToken)
    {
        var campaign = await GetAsync(id, cancellationToken);
        if (!await store.TryCloseAsync(id, time.GetUtcNow(), cancellationToken))
        {
            throw new WardenException(ApprovalErrors.CampaignClosed(id));
        }

        var defaulted = 0;
        foreach (var item in await store.ItemsAsync(id, cancellationToken))
        {
            if (item.Decision is null)
            {
                defaulted++;
                await ApplyAsync(item, campaign.DefaultDecision, "default", $"undecided at close; the review default is {campaign.DefaultDecision.ToString().ToLowerInvariant()}", cancellationToken);
            }
        }

        await RecordAsync(AuditEventIds.ReviewClosed, "review.closed", new AuditActor { Admin = by }, id, null, $"closed; {defaulted} undecided item(s) got the default", cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Closes every open campaign past its deadline.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var closed = 0;
        foreach (var due in await store.DueAsync(time.GetUtcNow(), cancellationToken))
        {
            try
            {
                await CloseAsync(due.Id, "warden", cancellationToken);
                closed++;
            }
            catch (WardenException ex) when (ex.Error.Id == "WRD7022")
            {
                // Another node closed it first.
            }
        }

        return closed;
    }

    private async Task<ReviewItem> ApplyAsync(ReviewItem item, ReviewDecision decision, string by, string? reason, CancellationToken cancellationToken)
    {
        var decided = item with { Decision = decision, DecidedBy = by, DecidedAt = time.GetUtcNow(), Reason = reason, Version = item.Version + 1 };
        if (!await store.TryUpdateItemAsync(decided, item.Version, cancellationToken))
        {
            throw new WardenException(Errors.ConcurrentUpdate(item.Agent));
        }

        var actor = by.StartsWith("admin:", StringComparison.Ordinal) ? new AuditActor { Admin = by["admin:".Length..], Agent = item.Agent } : new AuditActor { Human = by, Agent = item.Agent };
        await RecordAsync(AuditEventIds.ReviewDecided, "review.decided", actor, item.CampaignId, item, reason, cancellationToken);
        if (decision == ReviewDecision.Revoke)
        {
            await governance.RemoveScopeAsync(item.Agent, item.Permission, cancellationToken);
            decided = decided with { Applied = true, Version = decided.Version + 1 };
            await store.TryUpdateItemAsync(decided, decided.Version - 1, cancellationToken);
            await RecordAsync(AuditEventIds.ReviewPermissionRevoked, "review.permission_revoked", actor, item.CampaignId, item, $"scope '{item.Permission}' removed from agent {item.Agent}", cancellationToken);
        }

        return decided;
    }

    private ValueTask RecordAsync(int id, string type, AuditActor actor, string campaign, ReviewItem? item, string? reason, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEvent
        {
            EventId = id,
            Type = type,
            Outcome = "success",
            Actor = actor,
            Resource = item?.Agent ?? campaign,
            Action = "review",
            Reason = reason,
            Details = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["campaign"] = campaign,
                ["item"] = item?.Id,
                ["permission"] = item?.Permission,
                ["lastUsedAt"] = item?.LastUsedAt,
            },
        }, cancellationToken);
}
