using Npgsql;

namespace Warden.Storage.Tests.Infrastructure;

/// <summary>Drops a test database. Also compiled into Warden.Server.Tests (linked), so both suites clean up the same way.</summary>
public static class PostgresDrop
{
    /// <summary>
    /// DROP ... WITH (FORCE) as the test role fails with 42501 while an autovacuum worker (a superuser process) happens
    /// to be working in that database; the worker is done within moments, so try again for up to ~10 s.
    /// </summary>
    public static async Task DropDatabaseAsync(NpgsqlConnection admin, string name)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 50)
            {
                await Task.Delay(200);
            }
        }
    }
}
