using System.CommandLine;
using System.Text.Json;
using Spectre.Console;
using Warden.Server.Admin;

namespace Warden.Cli.Commands;

/// <summary><c>warden agent ...</c>: agent administration over the admin API.</summary>
internal static class AgentCommands
{
    public static Command Create()
    {
        var agent = new Command("agent", "Create and manage agent identities");
        AdminOptions.AddTo(agent);
        agent.Subcommands.Add(CreateCommand());
        agent.Subcommands.Add(ListCommand());
        agent.Subcommands.Add(IdCommand("show", "Show an agent and its credentials", (c, id, ct) => c.GetAsync<AgentView>($"admin/v1/agents/{Uri.EscapeDataString(id)}", ct)));
        agent.Subcommands.Add(IdCommand("suspend", "Suspend an agent: its tokens stop working at once", (c, id, ct) => c.PostAsync<AgentView>($"admin/v1/agents/{Uri.EscapeDataString(id)}/suspend", null, ct)));
        agent.Subcommands.Add(IdCommand("resume", "Resume a suspended agent", (c, id, ct) => c.PostAsync<AgentView>($"admin/v1/agents/{Uri.EscapeDataString(id)}/resume", null, ct)));
        agent.Subcommands.Add(IdCommand("deactivate", "Deactivate an agent permanently", (c, id, ct) => c.PostAsync<AgentView>($"admin/v1/agents/{Uri.EscapeDataString(id)}/deactivate", null, ct)));
        agent.Subcommands.Add(RotateSecretCommand());
        agent.Subcommands.Add(AddKeyCommand());
        agent.Subcommands.Add(DeleteKeyCommand());
        return agent;
    }

    private static Command CreateCommand()
    {
        var name = new Option<string>("--name") { Description = "Agent name", Required = true };
        var owner = new Option<string>("--owner") { Description = "Accountable human owner (e.g. an email)", Required = true };
        var description = new Option<string?>("--description") { Description = "What the agent does" };
        var labels = new Option<string[]>("--label") { Description = "Label key=value (repeatable)", AllowMultipleArgumentsPerToken = false };
        var scopes = new Option<string[]>("--scope") { Description = "Allowed scope (repeatable): the most the agent can ever get" };
        var audiences = new Option<string[]>("--audience") { Description = "Resource the agent may address (repeatable)" };
        var expires = new Option<DateTimeOffset?>("--expires-at") { Description = "Expiry time (ISO 8601); the agent cannot authenticate after it" };
        var jwk = new Option<FileInfo?>("--jwk-file") { Description = "Register this public JWK for private_key_jwt instead of generating a secret" };
        var command = new Command("create", "Create an agent; prints its client secret once") { name, owner, description, labels, scopes, audiences, expires, jwk };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var labelMap = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var l in parse.GetValue(labels) ?? [])
            {
                var eq = l.IndexOf('=', StringComparison.Ordinal);
                if (eq <= 0)
                {
                    throw new CliException($"--label '{l}' must be key=value");
                }

                labelMap[l[..eq]] = l[(eq + 1)..];
            }

            var jwkFile = parse.GetValue(jwk);
            var body = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["name"] = parse.GetValue(name),
                ["owner"] = parse.GetValue(owner),
                ["description"] = parse.GetValue(description),
                ["labels"] = labelMap,
                ["scopes"] = parse.GetValue(scopes) ?? [],
                ["audiences"] = parse.GetValue(audiences) ?? [],
                ["expiresAt"] = parse.GetValue(expires),
                ["publicJwk"] = jwkFile is null ? null : ReadFile(jwkFile),
            };
            var created = await client.PostAsync<CreatedAgentView>("admin/v1/agents", body, ct);
            if (json)
            {
                Print(created);
                return;
            }

            RenderAgent(created.Agent);
            if (created.ClientSecret is not null)
            {
                AnsiConsole.MarkupLine($"[bold]client_id[/]     {Markup.Escape(created.ClientId)}");
                AnsiConsole.MarkupLine($"[bold]client_secret[/] {Markup.Escape(created.ClientSecret)}");
                AnsiConsole.MarkupLine("[yellow]The secret is shown only now; store it safely.[/]");
            }
        }));
        return command;
    }

    private static Command ListCommand()
    {
        var status = new Option<string?>("--status") { Description = "Only agents with this status: active, suspended, deactivated" };
        var owner = new Option<string?>("--owner") { Description = "Only agents of this owner" };
        var command = new Command("list", "List agents") { status, owner };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var all = new List<AgentView>();
            string? after = null;
            do
            {
                var query = $"admin/v1/agents?limit=1000{Q("status", parse.GetValue(status))}{Q("owner", parse.GetValue(owner))}{Q("after", after)}";
                var page = await client.GetAsync<AgentPage>(query, ct);
                all.AddRange(page.Items);
                after = page.Next;
            }
            while (after is not null);

            if (json)
            {
                Print(all);
                return;
            }

            var table = new Table().AddColumns("ID", "NAME", "OWNER", "STATUS", "SCOPES", "AUDIENCES", "EXPIRES");
            foreach (var a in all)
            {
                table.AddRow(Cells(a.Id, a.Name, a.Owner, a.Status.ToString().ToLowerInvariant(), string.Join(' ', a.Scopes), string.Join(' ', a.Audiences), a.ExpiresAt?.ToString("u") ?? "-"));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{all.Count} agent(s)");
        }));
        return command;
    }

    private static Command IdCommand(string verb, string description, Func<AdminClient, string, CancellationToken, Task<AgentView>> call)
    {
        var id = new Argument<string>("id") { Description = "Agent id" };
        var command = new Command(verb, description) { id };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var agent = await call(client, parse.GetValue(id)!, ct);
            if (json)
            {
                Print(agent);
            }
            else
            {
                RenderAgent(agent);
            }
        }));
        return command;
    }

    private static Command RotateSecretCommand()
    {
        var id = new Argument<string>("id") { Description = "Agent id" };
        var command = new Command("rotate-secret", "Issue a new client secret; old secrets keep working for the configured overlap") { id };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var rotated = await client.PostAsync<RotatedSecretView>($"admin/v1/agents/{Uri.EscapeDataString(parse.GetValue(id)!)}/secrets", null, ct);
            if (json)
            {
                Print(rotated);
                return;
            }

            AnsiConsole.MarkupLine($"[bold]client_secret[/] {Markup.Escape(rotated.ClientSecret)}");
            AnsiConsole.MarkupLine($"Previous secrets stop working at {rotated.PreviousSecretsValidUntil:u}.");
        }));
        return command;
    }

    private static Command AddKeyCommand()
    {
        var id = new Argument<string>("id") { Description = "Agent id" };
        var file = new Option<FileInfo>("--jwk-file") { Description = "File with the public JWK (JSON)", Required = true };
        var command = new Command("add-key", "Register a public JWK for private_key_jwt") { id, file };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var credential = await client.PostAsync<CredentialView>($"admin/v1/agents/{Uri.EscapeDataString(parse.GetValue(id)!)}/keys", ReadFile(parse.GetValue(file)!), ct);
            if (json)
            {
                Print(credential);
                return;
            }

            AnsiConsole.MarkupLine($"Added key [bold]{Markup.Escape(credential.KeyId ?? credential.Id)}[/] ({Markup.Escape(credential.Id)}).");
        }));
        return command;
    }

    private static Command DeleteKeyCommand()
    {
        var id = new Argument<string>("id") { Description = "Agent id" };
        var key = new Argument<string>("key") { Description = "Credential id or kid" };
        var command = new Command("delete-key", "Remove a public key from an agent") { id, key };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, _) =>
        {
            await client.DeleteAsync($"admin/v1/agents/{Uri.EscapeDataString(parse.GetValue(id)!)}/keys/{Uri.EscapeDataString(parse.GetValue(key)!)}", ct);
            AnsiConsole.MarkupLine("Key removed.");
        }));
        return command;
    }

    internal static void RenderAgent(AgentView a)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string k, string v) => grid.AddRow(new Markup($"[bold]{k}[/]"), new Text(v));
        Row("id", a.Id);
        Row("name", a.Name);
        Row("owner", a.Owner);
        Row("status", a.Status.ToString().ToLowerInvariant());
        Row("scopes", string.Join(' ', a.Scopes));
        Row("audiences", string.Join(' ', a.Audiences));
        Row("labels", string.Join(", ", a.Labels.Select(kv => $"{kv.Key}={kv.Value}")));
        Row("created", a.CreatedAt.ToString("u"));
        Row("expires", a.ExpiresAt?.ToString("u") ?? "-");
        foreach (var c in a.Credentials ?? [])
        {
            Row("credential", $"{c.Id} {c.Kind.ToString().ToLowerInvariant()} {c.KeyId ?? ""} created {c.CreatedAt:u}{(c.NotAfter is { } n ? $" valid until {n:u}" : "")}");
        }

        AnsiConsole.Write(grid);
    }

    internal static void Print<T>(T value) => Console.WriteLine(JsonSerializer.Serialize(value, new JsonSerializerOptions(AdminClient.Json) { WriteIndented = true }));

    private static Text[] Cells(params string[] values) => [.. values.Select(v => new Text(v))];

    private static string Q(string key, string? value) => value is null ? "" : $"&{key}={Uri.EscapeDataString(value)}";

    private static string ReadFile(FileInfo file) =>
        file.Exists ? File.ReadAllText(file.FullName) : throw new CliException($"file '{file.FullName}' does not exist");
}
