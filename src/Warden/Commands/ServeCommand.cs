using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Warden.Core.Errors;
using Warden.Server.Configuration;
using Warden.Server.Hosting;

namespace Warden.Cli.Commands;

/// <summary><c>warden serve</c>: runs the server.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Listen URLs, ';'-separated (default http://127.0.0.1:8080)" };
        var dataDir = new Option<string?>("--data-dir") { Description = "State directory: SQLite database, key files, admin token (default ./warden-data)" };
        var config = new Option<FileInfo?>("--config") { Description = "YAML configuration file; validated as a whole before anything starts" };
        var database = new Option<string?>("--database") { Description = "sqlite (default), sqlite:/path/file.db, or postgres://user:pass@host:port/db" };
        var command = new Command("serve", "Run the Warden server") { urls, dataDir, config, database };
        command.SetAction(async (parse, ct) =>
        {
            var result = LoadConfig(parse.GetValue(config), parse.GetValue(urls), parse.GetValue(dataDir), parse.GetValue(database));
            if (result.Config is null)
            {
                await WriteInvalidConfigAsync(result.Errors, "nothing was started");
                return 2;
            }

            try
            {
                await using var app = WardenHost.Build(result.Config);
                await WardenHost.InitializeAsync(app, ct);
                await app.StartAsync(ct);
                await app.WaitForShutdownAsync(ct);
                return 0;
            }
            catch (WardenException ex)
            {
                await Console.Error.WriteLineAsync($"error: {ex.Error.Describe()}");
                return 1;
            }
            catch (IOException ex) when (ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                await Console.Error.WriteLineAsync($"error: WRD8150: cannot listen: {ex.Message}. Choose another --urls.");
                return 1;
            }
        });
        return command;
    }

    /// <summary>Prints every configuration error to standard error, one per line, after a line that says what was not done.</summary>
    internal static async Task WriteInvalidConfigAsync(IReadOnlyList<string> errors, string consequence)
    {
        await Console.Error.WriteLineAsync($"The configuration is invalid ({errors.Count} error(s)); {consequence}:");
        foreach (var e in errors)
        {
            await Console.Error.WriteLineAsync("  " + e);
        }
    }

    /// <summary>Defaults, then the config file, then command-line flags.</summary>
    internal static ConfigResult LoadConfig(FileInfo? file, string? urls, string? dataDir, string? database)
    {
        var defaults = new WardenConfig();
        var result = file is null ? new ConfigResult(defaults, []) : ConfigLoader.LoadFile(file.FullName, defaults);
        if (result.Config is null)
        {
            return result;
        }

        var c = result.Config;
        if (urls is not null)
        {
            c = c with { Urls = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) };
        }

        if (dataDir is not null)
        {
            c = c with { DataDirectory = dataDir };
        }

        if (database is not null)
        {
            c = c with { Database = database };
        }

        var errors = new List<string>();
        if (c.Urls.Count == 0 || c.Urls.Any(u => !Uri.TryCreate(u, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https")))
        {
            errors.Add("--urls: WRD8131 every URL must be an absolute http(s) URL, e.g. http://127.0.0.1:8080");
        }

        var storage = Warden.Storage.StorageConnection.Validate(new Warden.Storage.StorageOptions { Database = c.Database, DataDirectory = c.DataDirectory });
        errors.AddRange(storage.Select(e => $"database: {e.Describe()}"));
        return errors.Count > 0 ? new ConfigResult(null, errors) : new ConfigResult(c, []);
    }
}
