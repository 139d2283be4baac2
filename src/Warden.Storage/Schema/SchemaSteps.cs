namespace Warden.Storage.Schema;

/// <summary>
/// The ordered schema history. A new database is created from the current model in one go and stamped with
/// <see cref="Latest"/>; an existing database runs the steps after its recorded version. Hence every step must
/// bring an old database to exactly what the current model creates (docs/storage.md, "Adding a schema step").
/// </summary>
internal static class SchemaSteps
{
    public static readonly IReadOnlyList<SchemaStep> All =
    [
        // Version 1 is the baseline: no database older than it exists, so it is only ever created from the model.
        new(1, "agents, credentials, signing keys, revocations, used assertions, admin tokens",
            static (db, ct) => ModelDdl.CreateTablesAsync(db, ["agents", "agent_credentials", "signing_keys", "revoked_tokens", "used_assertions", "admin_tokens"], ct)),
        new(2, "audit events, checkpoints, chain head, export cursors", static (db, ct) => ModelDdl.CreateTablesAsync(db, Audit.AuditSchema.Tables, ct)),
        new(3, "approval requests, elevation grants, access reviews", static (db, ct) => ModelDdl.CreateTablesAsync(db, Approvals.ApprovalSchema.Tables, ct)),
        new(4, "mcp tool pins", static (db, ct) => ModelDdl.CreateTablesAsync(db, Mcp.ToolPinEntityConfiguration.Tables, ct)),

        // Examples of later steps:
        // new(2, "audit events", static (db, ct) => ModelDdl.CreateTablesAsync(db, ["audit_events"], ct)),
        // new(3, "agents.team", static (db, ct) => db.Database.ExecuteSqlRawAsync("ALTER TABLE agents ADD COLUMN team TEXT NULL", ct)),
    ];

    public static int Latest => All[^1].Version;

    /// <summary>Guards the invariants a careless edit could break; checked once at start.</summary>
    public static void Verify()
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Schema step {i} has version {All[i].Version}; versions must be 1, 2, 3, … without gaps.");
            }
        }
    }
}
