using System.CommandLine;
using Spectre.Console;
using Warden.Server.Admin;

namespace Warden.Cli.Commands;

/// <summary><c>warden keys ...</c>: token signing keys.</summary>
internal static class KeysCommands
{
    public static Command Create()
    {
        var keys = new Command("keys", "Manage token signing keys");
        AdminOptions.AddTo(keys);
        var rotate = new Command("rotate", "A new key signs from now on; old keys stay in the JWKS until their tokens expire");
        rotate.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var key = await client.PostAsync<SigningKeyView>("admin/v1/keys/rotate", null, ct);
            if (json)
            {
                AgentCommands.Print(key);
                return;
            }

            AnsiConsole.MarkupLine($"New signing key [bold]{Markup.Escape(key.Kid)}[/] is active.");
        }));
        var list = new Command("list", "List signing keys");
        list.SetAction((parse, ct) => AdminOptions.RunAsync(parse, async (client, json) =>
        {
            var all = await client.GetAsync<List<SigningKeyView>>("admin/v1/keys", ct);
            if (json)
            {
                AgentCommands.Print(all);
                return;
            }

            var table = new Table().AddColumns("KID", "ALG", "CREATED", "RETIRED", "LEAVES JWKS");
            foreach (var k in all)
            {
                table.AddRow(new Text(k.Kid), new Text(k.Algorithm), new Text(k.CreatedAt.ToString("u")), new Text(k.RetiredAt?.ToString("u") ?? "active"), new Text(k.ExpiresAt?.ToString("u") ?? "-"));
            }

            AnsiConsole.Write(table);
        }));
        keys.Subcommands.Add(rotate);
        keys.Subcommands.Add(list);
        return keys;
    }
}
