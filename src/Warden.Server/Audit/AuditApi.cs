using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Warden.Audit;
using Warden.Audit.Chain;
using Warden.Core.Errors;
using Warden.Core.Security;
using Warden.Core.Tokens;
using Warden.Server.Admin;

namespace Warden.Server.Audit;

/// <summary>The audit trail's admin endpoints: search and verify.</summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var audit = app.MapAdminGroup("/admin/v1/audit", "Audit");
        audit.MapGet("", SearchAsync).WithName("SearchAudit").WithSummary("Search audit events, newest first, paged by cursor");
        audit.MapGet("/verify", VerifyAsync).WithName("VerifyAudit").WithSummary("Recompute the hash chain and check every checkpoint signature");
        return app;
    }

    private static async Task<Ok<AuditPage>> SearchAsync(
        IAuditStore store, string? from, string? to, string? agent, string? human, string? type, string? outcome, string? decision, string? q, string? cursor, int? limit, CancellationToken ct)
    {
        var size = Math.Clamp(limit ?? 100, 1, 1000);
        var query = new AuditQuery
        {
            From = Time(from, "from"),
            To = Time(to, "to"),
            Agent = agent,
            Human = human,
            EventType = type,
            Outcome = outcome ?? decision,
            Text = q,
            Before = cursor is null ? null : long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : throw new WardenException(AuditErrors.InvalidQuery("cursor must be the 'next' value of a previous page")),
            Limit = size,
        };
        var records = await store.SearchAsync(query, ct);
        var events = records.Select(r =>
        {
            using var doc = JsonDocument.Parse(r.Payload);
            return new AuditEntryView(r.Sequence, r.Hash, doc.RootElement.Clone());
        }).ToList();
        var next = records.Count == size ? records[^1].Sequence.ToString(CultureInfo.InvariantCulture) : null;
        return TypedResults.Ok(new AuditPage(events, next));
    }

    private static async Task<Ok<VerificationView>> VerifyAsync(IAuditStore store, ISigningKeyStore signingKeys, KeyEncryptionKey kek, CancellationToken ct)
    {
        var keys = CheckpointSigner.KeysFrom(await signingKeys.ListAsync(ct), kek);
        var report = await StoreVerification.VerifyAsync(store, kid => keys.GetValueOrDefault(kid), ct);
        return TypedResults.Ok(VerificationView.From(report));
    }

    private static DateTimeOffset? Time(string? value, string name) =>
        value is null ? null
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
        : throw new WardenException(AuditErrors.InvalidQuery($"'{name}' must be an ISO 8601 time"));
}

/// <summary>One event: its chain position, hash and canonical content.</summary>
public sealed record AuditEntryView(long Seq, string Hash, JsonElement Event);

/// <summary>A page of events; pass <see cref="Next"/> as <c>cursor</c> for the following page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryView> Events, string? Next);

/// <summary>The verifier's report over the API.</summary>
public sealed record VerificationView(bool Valid, long FirstSequence, long LastSequence, long EventsChecked, int CheckpointsChecked, long LastCheckpointSequence, long? ProblemSequence, string? ProblemKind, string? Problem)
{
    public static VerificationView From(VerificationReport r) => new(
        r.Valid, r.FirstSequence, r.LastSequence, r.EventsChecked, r.CheckpointsChecked, r.LastCheckpointSequence,
        r.Problem?.Sequence, r.Problem?.Kind.ToString().ToLowerInvariant(), r.Problem?.ToString());
}
