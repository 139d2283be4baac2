using System.CommandLine;
using Spectre.Console;
using Warden.Server.Approvals;

namespace Warden.Cli.Commands;

/// <summary><c>warden elevation ...</c>, <c>warden review ...</c> and <c>warden agents findings|usage</c>.</summary>
internal static class GovernanceCommands
{
    public static Command Elevation()
    {
        var elevation = new Command("elevation", "Just-in-time elevation: request, approve, deny, revoke time-boxed scope grants");
        AdminOptions.AddTo(elevation);

        var agent = new Option<string>("--agent") { Description = "Agent id", Required = true };
        var scopes = new Option<string[]>("--scope") { Description = "Extra scope (repeatable)", Required = true };
        var justification = new Option<string>("--justification") { Description = "Why the agent needs it", Required = true };
        var duration = new Option<string>("--duration") { Description = "How long, e.g. 30m or 2h (at most the policy maximum)", Required = true };
        var request = new Command("request", "Ask for elevation (as an admin, the agent's owner with --token <IdP token>, or the agent with its access token)") { agent, scopes, justification, duration };
        request.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) => Render(
            await client.PostAsync<ElevationView>("admin/v1/elevations", new ElevationCommand
            {
                Agent = parse.GetValue(agent),
                Scopes = [.. parse.GetValue(scopes) ?? []],
                Justification = parse.GetValue(justification),
                Duration = parse.GetValue(duration),
            }, ct), json)));
        elevation.Subcommands.Add(request);

        var filter = new Option<string?>("--agent") { Description = "Only this agent's grants" };
        var list = new Command("list", "List elevation grants") { filter };
        list.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var a = parse.GetValue(filter);
            var page = await client.GetAsync<ElevationPage>("admin/v1/elevations" + (a is null ? "" : "?agent=" + Uri.EscapeDataString(a)), ct);
            if (json)
            {
                AgentCommands.Print(page.Items);
                return;
            }

            var table = new Table().AddColumns("ID", "STATE", "AGENT", "SCOPES", "REQUESTED BY", "EXPIRES");
            foreach (var g in page.Items)
            {
                table.AddRow(Cells(g.Id, g.State, g.Agent, string.Join(' ', g.Scopes), g.RequestedBy, g.ExpiresAt?.ToString("u") ?? "-"));
            }

            AnsiConsole.Write(table);
        }));
        elevation.Subcommands.Add(list);

        var showId = new Argument<string>("id") { Description = "Grant id (elv_…)" };
        var show = new Command("show", "Show one grant") { showId };
        show.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
            Render(await client.GetAsync<ElevationView>($"admin/v1/elevations/{Uri.EscapeDataString(parse.GetValue(showId)!)}", ct), json)));
        elevation.Subcommands.Add(show);
        elevation.Subcommands.Add(Verb("approve", "Approve: the window starts now", required: true));
        elevation.Subcommands.Add(Verb("deny", "Deny the request", required: true));
        elevation.Subcommands.Add(Verb("revoke", "End the grant now; tokens carrying it stop working", required: false));
        return elevation;
    }

    public static Command Review()
    {
        var review = new Command("review", "Access reviews: owners certify or revoke each agent permission");
        AdminOptions.AddTo(review);

        var name = new Option<string?>("--name") { Description = "Campaign name" };
        var reviewer = new Option<string?>("--reviewer") { Description = "Reviewer for every item (default: each agent's owner)" };
        var duration = new Option<string?>("--duration") { Description = "Deadline from now, e.g. 14d" };
        var defaultDecision = new Option<string?>("--default") { Description = "revoke or keep for items undecided at the deadline" };
        var agents = new Option<string[]>("--agent") { Description = "Agent selector (id, label:key=value, *); repeatable" };
        var start = new Command("start", "Open an access-review campaign") { name, reviewer, duration, defaultDecision, agents };
        start.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) => Render(
            await client.PostAsync<ReviewView>("admin/v1/reviews", new StartReviewCommand
            {
                Name = parse.GetValue(name),
                Reviewer = parse.GetValue(reviewer),
                Duration = parse.GetValue(duration),
                Default = parse.GetValue(defaultDecision),
                Agents = parse.GetValue(agents) is { Length: > 0 } a ? [.. a] : null,
            }, ct), json)));
        review.Subcommands.Add(start);

        var list = new Command("list", "List campaigns");
        list.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var page = await client.GetAsync<ReviewPage>("admin/v1/reviews", ct);
            if (json)
            {
                AgentCommands.Print(page.Items);
                return;
            }

            var table = new Table().AddColumns("ID", "NAME", "STATE", "DEADLINE", "DEFAULT");
            foreach (var c in page.Items)
            {
                table.AddRow(Cells(c.Id, c.Name, c.State, c.Deadline.ToString("u"), c.Default));
            }

            AnsiConsole.Write(table);
        }));
        review.Subcommands.Add(list);

        var id = new Argument<string>("id") { Description = "Review id (rev_…)" };
        var show = new Command("show", "Show a campaign with its items and usage evidence") { id };
        show.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
            Render(await client.GetAsync<ReviewView>($"admin/v1/reviews/{Uri.EscapeDataString(parse.GetValue(id)!)}", ct), json)));
        review.Subcommands.Add(show);

        var decideId = new Argument<string>("id") { Description = "Review id (rev_…)" };
        var item = new Argument<string>("item") { Description = "Item id (rvi_…)" };
        var decision = new Option<string>("--decision") { Description = "keep (certify) or revoke", Required = true };
        var reason = new Option<string?>("--reason") { Description = "Why" };
        var decide = new Command("decide", "Certify or revoke one permission") { decideId, item, decision, reason };
        decide.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var decided = await client.PostAsync<ReviewItemView>(
                $"admin/v1/reviews/{Uri.EscapeDataString(parse.GetValue(decideId)!)}/items/{Uri.EscapeDataString(parse.GetValue(item)!)}/decide",
                new ReviewDecisionCommand { Decision = parse.GetValue(decision), Reason = parse.GetValue(reason) },
                ct);
            if (json)
            {
                AgentCommands.Print(decided);
                return;
            }

            AnsiConsole.MarkupLine($"{Markup.Escape(decided.Agent)} {Markup.Escape(decided.Permission)}: {Markup.Escape(decided.Decision ?? "-")}{(decided.Applied ? " (scope removed)" : "")}");
        }));
        review.Subcommands.Add(decide);

        var closeId = new Argument<string>("id") { Description = "Review id (rev_…)" };
        var close = new Command("close", "Close: undecided items get the default, revocations are applied") { closeId };
        close.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
            Render(await client.PostAsync<ReviewView>($"admin/v1/reviews/{Uri.EscapeDataString(parse.GetValue(closeId)!)}/close", null, ct), json)));
        review.Subcommands.Add(close);
        return review;
    }

    public static Command Findings()
    {
        var apply = new Option<bool>("--apply") { Description = "Also suspend inactive agents when approvals.governance.autoSuspend is on" };
        var command = new Command("findings", "Unused permissions (with a narrower scope list), orphaned, inactive and expired agents, stale credentials") { apply };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var report = parse.GetValue(apply)
                ? await client.PostAsync<FindingsReport>("admin/v1/governance/findings/apply", null, ct)
                : await client.GetAsync<FindingsReport>("admin/v1/governance/findings", ct);
            if (json)
            {
                AgentCommands.Print(report);
                return;
            }

            var table = new Table().AddColumns("KIND", "AGENT", "OWNER", "DETAIL", "SUGGESTED SCOPES", "ACTION");
            foreach (var f in report.Findings)
            {
                table.AddRow(Cells(f.Kind, f.Agent, f.Owner, f.Detail, f.SuggestedScopes is null ? "-" : string.Join(' ', f.SuggestedScopes), f.Action ?? "-"));
            }

            AnsiConsole.Write(table);
            AnsiConsole.MarkupLine($"{report.Findings.Count} finding(s) over {report.Agents} agent(s)");
        }));
        return command;
    }

    public static Command Usage()
    {
        var id = new Argument<string>("id") { Description = "Agent id" };
        var command = new Command("usage", "When the agent last used each scope, model and tool (from the audit trail)") { id };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var usage = await client.GetAsync<AgentUsage>($"admin/v1/governance/usage/{Uri.EscapeDataString(parse.GetValue(id)!)}", ct);
            if (json)
            {
                AgentCommands.Print(usage);
                return;
            }

            var table = new Table().AddColumns("KIND", "NAME", "LAST USED");
            foreach (var (kind, map) in new[] { ("scope", usage.Scopes), ("model", usage.Models), ("tool", usage.Tools) })
            {
                foreach (var (key, at) in map.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    table.AddRow(Cells(kind, key, at.ToString("u")));
                }
            }

            AnsiConsole.Write(table);
        }));
        return command;
    }

    private static Command Verb(string verb, string description, bool required)
    {
        var id = new Argument<string>("id") { Description = "Grant id (elv_…)" };
        var reason = new Option<string?>("--reason") { Description = "Why (recorded in the audit trail)", Required = required };
        var command = new Command(verb, description) { id, reason };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) => Render(
            await client.PostAsync<ElevationView>($"admin/v1/elevations/{Uri.EscapeDataString(parse.GetValue(id)!)}/{verb}", new DecisionCommand { Reason = parse.GetValue(reason) }, ct), json)));
        return command;
    }

    private static void Render(ElevationView g, bool json)
    {
        if (json)
        {
            AgentCommands.Print(g);
            return;
        }

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(g.Id)}[/] {Markup.Escape(g.State)}: agent {Markup.Escape(g.Agent)} + {Markup.Escape(string.Join(' ', g.Scopes))} for {g.DurationSeconds / 60} min"
            + (g.ExpiresAt is { } e ? $", until {e:u}" : ""));
    }

    private static void Render(ReviewView r, bool json)
    {
        if (json)
        {
            AgentCommands.Print(r);
            return;
        }

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(r.Id)}[/] {Markup.Escape(r.Name)} ({Markup.Escape(r.State)}), deadline {r.Deadline:u}, default {Markup.Escape(r.Default)}");
        var table = new Table().AddColumns("ITEM", "AGENT", "PERMISSION", "REVIEWER", "LAST USED", "DECISION");
        foreach (var i in r.Items ?? [])
        {
            table.AddRow(Cells(i.Id, i.Agent, i.Permission, i.Reviewer, i.LastUsedAt?.ToString("u") ?? "never", (i.Decision ?? "-") + (i.Applied ? " (applied)" : "")));
        }

        AnsiConsole.Write(table);
    }

    private static Text[] Cells(params string[] values) => [.. values.Select(v => new Text(v))];
}
