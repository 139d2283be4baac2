using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace Warden.Cli.Commands;

/// <summary><c>warden mcp tools|approve</c>: MCP tool integrity over the admin API.</summary>
internal static class McpCommands
{
    public static Command Create()
    {
        var mcp = new Command("mcp", "Review and approve the tools of the MCP servers behind Warden");
        AdminOptions.AddTo(mcp);
        mcp.Subcommands.Add(ToolsCommand());
        mcp.Subcommands.Add(ApproveCommand());
        return mcp;
    }

    private static Command ToolsCommand()
    {
        var command = new Command("tools", "List every upstream tool with its pin state (pending, approved, changed) and poisoning findings");
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var list = await client.GetAsync<JsonElement>("admin/v1/mcp/tools", ct);
            if (json)
            {
                AgentCommands.Print(list);
                return;
            }

            var table = new Table().AddColumns("TOOL", "STATE", "HASH", "APPROVED BY", "POISONING", "CHANGED");
            foreach (var t in list.GetProperty("tools").EnumerateArray())
            {
                var poison = string.Join(' ', t.GetProperty("poisonFindings").EnumerateArray().Select(p => p.GetString()));
                var changed = t.TryGetProperty("diff", out var d) && d.ValueKind == JsonValueKind.Object ? string.Join(", ", d.EnumerateObject().Select(p => p.Name)) : "";
                table.AddRow(
                    new Text(t.GetProperty("name").GetString() ?? ""),
                    new Text(t.GetProperty("state").GetString() ?? ""),
                    new Text((t.GetProperty("definitionHash").GetString() ?? "")[..12]),
                    new Text(t.TryGetProperty("approvedBy", out var by) ? by.GetString() ?? "-" : "-"),
                    new Text(poison.Length == 0 ? "-" : poison),
                    new Text(changed.Length == 0 ? "-" : changed));
            }

            AnsiConsole.Write(table);
            var unreachable = list.GetProperty("unreachable").EnumerateArray().Select(u => u.GetString()).ToArray();
            if (unreachable.Length > 0)
            {
                AnsiConsole.MarkupLine($"[yellow]unreachable: {Markup.Escape(string.Join(", ", unreachable))}[/]");
            }
        }));
        return command;
    }

    private static Command ApproveCommand()
    {
        var name = new Argument<string>("tool") { Description = "The tool as upstream.tool, e.g. github.create_issue" };
        var hash = new Option<string?>("--hash") { Description = "Approve only if the definition still has this hash (from 'warden mcp tools --json')" };
        var command = new Command("approve", "Approve (pin) the definition of a tool as last seen; a changed tool is refused until approved again") { name, hash };
        command.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var tool = parse.GetValue(name)!;
            var body = parse.GetValue(hash) is { } h ? new Dictionary<string, string> { ["hash"] = h } : null;
            var approved = await client.PostAsync<JsonElement>($"admin/v1/mcp/tools/{Uri.EscapeDataString(tool)}/approve", body, ct);
            if (json)
            {
                AgentCommands.Print(approved);
                return;
            }

            AnsiConsole.MarkupLine($"approved [bold]{Markup.Escape(tool)}[/] (definition {Markup.Escape(approved.GetProperty("approvedHash").GetString() ?? "")})");
        }));
        return command;
    }
}
