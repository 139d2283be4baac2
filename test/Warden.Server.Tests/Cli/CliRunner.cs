using Warden.Cli;

namespace Warden.Server.Tests.Cli;

/// <summary>Runs the warden command in process with the console captured (tests using it share the "Console" collection).</summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(string? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (oldOut, oldErr, oldIn) = (Console.Out, Console.Error, Console.In);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        if (stdin is not null)
        {
            Console.SetIn(new StringReader(stdin));
        }

        try
        {
            var exit = await WardenCli.Create().Parse(args).InvokeAsync();
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            Console.SetIn(oldIn);
        }
    }
}
