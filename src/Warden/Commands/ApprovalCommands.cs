using System.CommandLine;
using Spectre.Console;
using Warden.Server.Approvals;

namespace Warden.Cli.Commands;

/// <summary><c>warden approvals ...</c>: list and decide approval requests. <c>--token</c> may be an identity-provider token.</summary>
internal static class ApprovalCommands
{
    public static Command Create()
    {
        var approvals = new Command("approvals", "List, show, approve and deny approval requests");
        AdminOptions.AddTo(approvals);
        approvals.Subcommands.Add(ListCommand());
        approvals.Subcommands.Add(ShowCommand());
        approvals.Subcommands.Add(DecideCommand("approve", "Approve: the same call with the same arguments may run (once by default)"));
        approvals.Subcommands.Add(DecideCommand("deny", "Deny the request"));
        return approvals;
    }

    private static Command ListCommand()
    {
        var state = new Option<string>("--state") { Description = "pending (default), approved, denied, expired or all", DefaultValueFactory = _ => "pending" };
        var command = new Command("list", "List approval requests") { state };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var page = await client.GetAsync<ApprovalPage>($"admin/v1/approvals?state={Uri.EscapeDataString(parse.GetValue(state)!)}", ct);
            if (json)
            {
                AgentCommands.Print(page.Items);
                return;
            }

            var table = new Table().AddColumns("ID", "STATE", "AGENT", "HUMAN", "ACTION", "RESOURCE", "RULE", "EXPIRES");
            foreach (var r in page.Items)
            {
                table.AddRow(Cells(r.Id, r.State, r.Agent, r.Human ?? "-", r.Action, r.Resource, r.Rule, r.ExpiresAt.ToString("u")));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{page.Items.Count} request(s)");
        }));
        return command;
    }

    private static Command ShowCommand()
    {
        var id = new Argument<string>("id") { Description = "Approval request id (apr_…)" };
        var command = new Command("show", "Show one approval request") { id };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
            Render(await client.GetAsync<ApprovalView>($"admin/v1/approvals/{Uri.EscapeDataString(parse.GetValue(id)!)}", ct), json)));
        return command;
    }

    private static Command DecideCommand(string verb, string description)
    {
        var id = new Argument<string>("id") { Description = "Approval request id (apr_…)" };
        var reason = new Option<string>("--reason") { Description = "Why (recorded in the audit trail)", Required = true };
        var command = new Command(verb, description) { id, reason };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
            Render(await client.PostAsync<ApprovalView>($"admin/v1/approvals/{Uri.EscapeDataString(parse.GetValue(id)!)}/{verb}", new DecisionCommand { Reason = parse.GetValue(reason) }, ct), json)));
        return command;
    }

    private static void Render(ApprovalView r, bool json)
    {
        if (json)
        {
            AgentCommands.Print(r);
            return;
        }

        var grid = new Grid().AddColumn().AddColumn();
        void Row(string k, string? v) => grid.AddRow(new Markup($"[bold]{k}[/]"), new Text(v ?? "-"));
        Row("id", r.Id);
        Row("state", r.State);
        Row("agent", r.Agent);
        Row("chain", string.Join(" → ", r.Chain));
        Row("human", r.Human);
        Row("action", r.Action);
        Row("resource", r.Resource);
        Row("arguments", r.ArgumentsHash);
        Row("rule", r.Rule);
        Row("reason", r.Reason);
        Row("approvers", r.Approvers.Count == 0 ? "admin" : string.Join(", ", r.Approvers));
        Row("expires", r.ExpiresAt.ToString("u"));
        Row("decided", r.DecidedBy is null ? null : $"{r.DecidedBy} at {r.DecidedAt:u}: {r.DecisionReason}");
        if (r.State == "approved")
        {
            Row("uses left", $"{r.UsesLeft} of {r.UsesAllowed} until {r.GrantExpiresAt:u}");
        }

        AnsiConsole.Write(grid);
    }

    private static Text[] Cells(params string[] values) => [.. values.Select(v => new Text(v))];
}
