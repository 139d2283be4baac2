using System.CommandLine;

namespace Warden.Cli.Commands;

/// <summary>Options shared by every command that talks to a running server.</summary>
internal static class AdminOptions
{
    public static readonly Option<string> Server = new("--server")
    {
        Description = "Warden server URL (default: $WARDEN_SERVER or http://127.0.0.1:8080)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("WARDEN_SERVER") ?? "http://127.0.0.1:8080",
    };

    public static readonly Option<string?> Token = new("--token")
    {
        Description = "Admin token (default: $WARDEN_TOKEN, else <data-dir>/admin.token)",
        Recursive = true,
    };

    public static readonly Option<string> DataDir = new("--data-dir")
    {
        Description = "Where to find admin.token when no token is given (default ./warden-data)",
        Recursive = true,
        DefaultValueFactory = _ => "./warden-data",
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print JSON for scripts instead of tables",
        Recursive = true,
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(Server);
        command.Options.Add(Token);
        command.Options.Add(DataDir);
        command.Options.Add(Json);
    }

    public static AdminClient Client(ParseResult parse)
    {
        var token = parse.GetValue(Token) ?? Environment.GetEnvironmentVariable("WARDEN_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            var path = Path.Combine(parse.GetValue(DataDir)!, "admin.token");
            if (!File.Exists(path))
            {
                throw new CliException($"no admin token: pass --token, set WARDEN_TOKEN, or run from where {path} exists (it is written by 'warden serve' on first start).");
            }

            token = File.ReadAllText(path).Trim();
        }

        return new AdminClient(parse.GetValue(Server)!, token.Trim());
    }

    /// <summary>Runs an admin action, mapping failures to a message on stderr and exit code 1.</summary>
    public static async Task<int> RunAsync(ParseResult parse, Func<AdminClient, bool, Task> action)
    {
        try
        {
            using var client = Client(parse);
            await action(client, parse.GetValue(Json));
            return 0;
        }
        catch (CliException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return 1;
        }
    }
}
