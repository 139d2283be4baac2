using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Audit;
using Warden.Audit.Chain;
using Warden.Audit.Export;
using Warden.Core.Security;
using Warden.Core.Tokens;
using Warden.Server.Audit;
using Warden.Storage;
using Warden.Storage.Audit;

namespace Warden.Cli.Commands;

/// <summary><c>warden audit ...</c>: verify, search, export and archive the audit trail.</summary>
internal static class AuditCommands
{
    private static readonly Option<string> DataDir = new("--data-dir") { Description = "Data directory (SQLite database and key files)", DefaultValueFactory = _ => "./warden-data" };
    private static readonly Option<string?> Database = new("--database") { Description = "sqlite, sqlite:/path/file.db, or postgres://… (default: the data directory's SQLite)" };

    public static Command Create()
    {
        var audit = new Command("audit", "Verify, search, export and archive the tamper-evident audit trail");
        audit.Subcommands.Add(VerifyCommand());
        audit.Subcommands.Add(SearchCommand());
        audit.Subcommands.Add(ExportCommand());
        audit.Subcommands.Add(ArchiveCommand());
        return audit;
    }

    private static Command VerifyCommand()
    {
        var files = new Option<FileInfo[]>("--file") { Description = "Exported or archived JSON Lines file (repeatable, oldest first); with --data-dir/--database too, the database continues the files" };
        var jwks = new Option<FileInfo?>("--jwks") { Description = "Trusted public keys (saved /oauth2/jwks) for checking file checkpoints; default: the keys embedded in the file" };
        var useDb = new Option<bool>("--with-database") { Description = "With --file: also verify the database as the continuation of the files" };
        var command = new Command("verify", "Recompute the hash chain and check every checkpoint signature; exits 3 on tampering") { DataDir, Database, files, jwks, useDb };
        command.SetAction(async (parse, ct) =>
        {
            var fileList = parse.GetValue(files) ?? [];
            var report = fileList.Length == 0 || parse.GetValue(useDb)
                ? await VerifyDatabaseAsync(parse, fileList, parse.GetValue(jwks), ct)
                : await VerifyFilesAsync(fileList, parse.GetValue(jwks), ct);
            if (report.Valid)
            {
                Console.WriteLine($"OK: events {report.FirstSequence}..{report.LastSequence} ({report.EventsChecked} checked), {report.CheckpointsChecked} signed checkpoint(s) verified, last at {report.LastCheckpointSequence}.");
                if (report.LastCheckpointSequence < report.LastSequence)
                {
                    Console.WriteLine($"note: events after {report.LastCheckpointSequence} are chained but not yet covered by a signed checkpoint.");
                }

                return 0;
            }

            await Console.Error.WriteLineAsync($"TAMPERED: {report.Problem}");
            await Console.Error.WriteLineAsync($"first bad position: {report.Problem!.Sequence}; kind: {report.Problem.Kind.ToString().ToLowerInvariant()}; events before it verified: {report.EventsChecked}");
            return 3;
        });
        return command;
    }

    private static async Task<VerificationReport> VerifyFilesAsync(FileInfo[] files, FileInfo? jwks, CancellationToken ct)
    {
        var (anchor, records, checkpoints, last, problem) = await ReadFilesAsync(files, ct);
        if (problem is not null)
        {
            return new VerificationReport { Problem = problem };
        }

        var keys = await FileKeysAsync(jwks, checkpoints, ct);
        return await new AuditVerifier(kid => keys.GetValueOrDefault(kid)).VerifyAsync(anchor, records.ToAsyncEnumerable(), checkpoints, last, ct);
    }

    /// <summary>What <c>warden audit verify --data-dir D [--database X]</c> checks: the stored chain and every checkpoint signature.</summary>
    internal static async Task<VerificationReport> VerifyStoreAsync(string dataDir, string? database, CancellationToken ct)
    {
        await using var services = Services(dataDir, database);
        var keys = CheckpointSigner.KeysFrom(await services.GetRequiredService<ISigningKeyStore>().ListAsync(ct), LoadKek(dataDir));
        return await StoreVerification.VerifyAsync(services.GetRequiredService<IAuditStore>(), kid => keys.GetValueOrDefault(kid), ct);
    }

    private static async Task<VerificationReport> VerifyDatabaseAsync(ParseResult parse, FileInfo[] files, FileInfo? jwks, CancellationToken ct)
    {
        if (files.Length == 0)
        {
            return await VerifyStoreAsync(parse.GetValue(DataDir)!, parse.GetValue(Database), ct);
        }

        await using var services = Services(parse);
        var store = services.GetRequiredService<IAuditStore>();
        var keys = CheckpointSigner.KeysFrom(await services.GetRequiredService<ISigningKeyStore>().ListAsync(ct), LoadKek(parse.GetValue(DataDir)!));
        var (anchor, records, checkpoints, _, problem) = await ReadFilesAsync(files, ct);
        if (problem is not null)
        {
            return new VerificationReport { Problem = problem };
        }

        foreach (var (kid, key) in await FileKeysAsync(jwks, checkpoints, ct))
        {
            keys.TryAdd(kid, key);
        }

        var stored = await store.GetAnchorAsync(ct);
        var head = await store.GetHeadAsync(ct);
        var all = checkpoints.Concat(await store.GetCheckpointsAsync(stored.Sequence, ct)).ToList();
        return await new AuditVerifier(kid => keys.GetValueOrDefault(kid)).VerifyAsync(
            anchor, Concat(records, StoreVerification.ReadAllAsync(store, stored.Sequence, ct)), all, head.Sequence, ct);
    }

    private static async Task<(ChainAnchor, List<AuditRecord>, List<AuditCheckpoint>, long?, VerificationProblem?)> ReadFilesAsync(FileInfo[] files, CancellationToken ct)
    {
        ChainAnchor? anchor = null;
        var records = new List<AuditRecord>();
        var checkpoints = new List<AuditCheckpoint>();
        long? last = null;
        foreach (var f in files)
        {
            var file = await AuditJsonLines.ReadAsync(f.FullName, ct);
            if (file.Problem is not null)
            {
                return (ChainAnchor.Genesis, records, checkpoints, null, file.Problem with { Detail = $"{f.Name}: {file.Problem.Detail}" });
            }

            anchor ??= file.Anchor;
            records.AddRange(file.Records);
            checkpoints.AddRange(file.Checkpoints);
            last = file.FooterLast;
        }

        return (anchor ?? ChainAnchor.Genesis, records, checkpoints, last, null);
    }

    private static async Task<Dictionary<string, ECDsa>> FileKeysAsync(FileInfo? jwks, IEnumerable<AuditCheckpoint> checkpoints, CancellationToken ct)
    {
        if (jwks is not null)
        {
            return CheckpointSigner.KeysFromJwks(await File.ReadAllTextAsync(jwks.FullName, ct));
        }

        // Without --jwks the file vouches for its own keys: that proves integrity against edits, not against a forger
        // who re-signs everything with a key of their own. Pass --jwks for that.
        var keys = new Dictionary<string, ECDsa>(StringComparer.Ordinal);
        foreach (var c in checkpoints.Where(c => c.PublicJwk is not null))
        {
            if (CheckpointSigner.FromJwk(c.PublicJwk!) is { } key)
            {
                keys.TryAdd(c.KeyId, key);
            }
        }

        return keys;
    }

    private static Command SearchCommand()
    {
        var from = new Option<string?>("--from") { Description = "Events at or after this time (ISO 8601)" };
        var to = new Option<string?>("--to") { Description = "Events before this time (ISO 8601)" };
        var agent = new Option<string?>("--agent") { Description = "Agent id" };
        var human = new Option<string?>("--human") { Description = "Human initiator" };
        var type = new Option<string?>("--type") { Description = "Event type (token.issued), prefix (agent.*) or id (2001)" };
        var outcome = new Option<string?>("--decision") { Description = "Outcome or decision: success, failure, allow, deny, block…" };
        var text = new Option<string?>("--text") { Description = "Free text in the explanation" };
        var cursor = new Option<string?>("--cursor") { Description = "The 'next' cursor of a previous page" };
        var limit = new Option<int>("--limit") { Description = "Page size (1-1000)", DefaultValueFactory = _ => 50 };
        var command = new Command("search", "Search the audit trail over the admin API") { from, to, agent, human, type, outcome, text, cursor, limit };
        AdminOptions.AddTo(command);
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var query = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    query.Add(name + "=" + Uri.EscapeDataString(value));
                }
            }

            Add("from", parse.GetValue(from));
            Add("to", parse.GetValue(to));
            Add("agent", parse.GetValue(agent));
            Add("human", parse.GetValue(human));
            Add("type", parse.GetValue(type));
            Add("outcome", parse.GetValue(outcome));
            Add("q", parse.GetValue(text));
            Add("cursor", parse.GetValue(cursor));
            Add("limit", parse.GetValue(limit).ToString(CultureInfo.InvariantCulture));
            var page = await client.GetAsync<AuditPage>("admin/v1/audit?" + string.Join('&', query), ct);
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(page, AdminClient.Json));
                return;
            }

            foreach (var e in page.Events)
            {
                var ev = e.Event;
                string S(string name) => ev.TryGetProperty(name, out var v) ? v.ToString() : "-";
                var actor = ev.TryGetProperty("actor", out var a) ? a.ToString() : "{}";
                Console.WriteLine($"{e.Seq,8} {S("time")} {S("type"),-22} {S("outcome"),-8} {actor} {S("resource")} {S("reason")}");
            }

            if (page.Next is not null)
            {
                Console.WriteLine($"more: --cursor {page.Next}");
            }
        }));
        return command;
    }

    private static Command ExportCommand()
    {
        var format = new Option<string>("--format") { Description = "jsonl (chain data, verifiable) or ocsf", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "ocsf");
        var output = new Option<FileInfo?>("--out") { Description = "Output file (default: standard output)" };
        var command = new Command("export", "Export the trail from the database as JSON Lines (chained) or OCSF") { DataDir, Database, format, output };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Services(parse);
            var store = services.GetRequiredService<IAuditStore>();
            var file = parse.GetValue(output);
            await using var writer = file is null ? Console.Out : new StreamWriter(file.FullName);
            var anchor = await store.GetAnchorAsync(ct);
            if (parse.GetValue(format) == "jsonl")
            {
                await AuditJsonLines.WriteAsync(writer, anchor, StoreVerification.ReadAllAsync(store, anchor.Sequence, ct), await store.GetCheckpointsAsync(anchor.Sequence, ct), null, ct);
                return 0;
            }

            await foreach (var r in StoreVerification.ReadAllAsync(store, anchor.Sequence, ct))
            {
                await writer.WriteLineAsync(OcsfMapper.Map(new ExportItem(r.Sequence, r.Hash, AuditCanonical.Parse(r.Payload).Event)).ToJsonString());
            }

            return 0;
        });
        return command;
    }

    private static Command ArchiveCommand()
    {
        var before = new Option<DateTimeOffset>("--before") { Description = "Archive and prune events older than this time (ISO 8601)", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Archive file to write (JSON Lines with chain data)", Required = true };
        var command = new Command("archive", "Write old events to a verifiable archive file, then prune them from the database") { DataDir, Database, before, output };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = Services(parse);
            var store = services.GetRequiredService<IAuditStore>();
            var keys = CheckpointSigner.KeysFrom(await services.GetRequiredService<ISigningKeyStore>().ListAsync(ct), LoadKek(parse.GetValue(DataDir)!));
            var report = await StoreVerification.VerifyAsync(store, kid => keys.GetValueOrDefault(kid), ct);
            if (!report.Valid)
            {
                // Archiving a tampered trail would launder it: the archive would verify on its own.
                await Console.Error.WriteLineAsync($"error: WRD6130: the trail does not verify ({report.Problem}); nothing was archived.");
                return 3;
            }

            var anchor = await store.GetAnchorAsync(ct);
            var cutoff = parse.GetValue(before);
            var older = await store.SearchAsync(new AuditQuery { To = cutoff, Limit = 1 }, ct);
            if (older.Count == 0)
            {
                Console.WriteLine("Nothing to archive.");
                return 0;
            }

            var through = older[0].Sequence;
            var file = parse.GetValue(output)!;
            long count;
            await using (var writer = new StreamWriter(file.FullName))
            {
                count = await AuditJsonLines.WriteAsync(writer, anchor, StoreVerification.ReadAllAsync(store, anchor.Sequence, ct), await store.GetCheckpointsAsync(anchor.Sequence, ct), through, ct);
            }

            var check = await AuditJsonLines.ReadAsync(file.FullName, ct);
            if (check.Problem is not null || check.FooterLast != through)
            {
                await Console.Error.WriteLineAsync($"error: WRD6131: the archive {file.FullName} could not be read back; nothing was pruned.");
                return 1;
            }

            var pruned = await store.PruneAsync(through, ct);
            Console.WriteLine($"Archived {count} event(s) through sequence {through} to {file.FullName}; pruned {pruned} from the database.");
            return 0;
        });
        return command;
    }

    private static ServiceProvider Services(ParseResult parse) => Services(parse.GetValue(DataDir)!, parse.GetValue(Database));

    private static ServiceProvider Services(string dataDir, string? database)
    {
        var options = new StorageOptions { Database = database ?? "sqlite", DataDirectory = dataDir };
        return new ServiceCollection().AddWardenStorage(options).AddWardenAuditStorage().BuildServiceProvider();
    }

    private static KeyEncryptionKey? LoadKek(string dataDir)
    {
        var env = Environment.GetEnvironmentVariable(KeyEncryptionKey.EnvironmentVariable);
        return env is null && !File.Exists(Path.Combine(dataDir, "kek.key")) ? null : KeyEncryptionKey.Load(dataDir, env);
    }

    private static async IAsyncEnumerable<AuditRecord> Concat(List<AuditRecord> first, IAsyncEnumerable<AuditRecord> second)
    {
        foreach (var r in first)
        {
            yield return r;
        }

        await foreach (var r in second)
        {
            yield return r;
        }
    }
}
