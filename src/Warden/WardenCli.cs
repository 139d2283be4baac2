using System.CommandLine;
using Warden.Cli.Commands;

namespace Warden.Cli;

/// <summary>The <c>warden</c> command tree.</summary>
internal static class WardenCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Warden: identities, policy, guards and audit for AI agents.");
        root.Subcommands.Add(ServeCommand.Create());
        var agent = AgentCommands.Create();
        agent.Aliases.Add("agents");
        agent.Subcommands.Add(GovernanceCommands.Findings());
        agent.Subcommands.Add(GovernanceCommands.Usage());
        root.Subcommands.Add(agent);
        root.Subcommands.Add(KeysCommands.Create());
        root.Subcommands.Add(PolicyCommands.Create());
        root.Subcommands.Add(GuardCommands.Create());
        root.Subcommands.Add(DemoUpstreamCommand.Create());
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(ApprovalCommands.Create());
        root.Subcommands.Add(GovernanceCommands.Elevation());
        root.Subcommands.Add(GovernanceCommands.Review());
        root.Subcommands.Add(McpCommands.Create());
        return root;
    }

    public static Task<int> RunAsync(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Piped output is for scripts and logs: no colour codes, and tables that are not wrapped at 80 columns.
            Spectre.Console.AnsiConsole.Profile.Capabilities.Ansi = false;
            Spectre.Console.AnsiConsole.Profile.Width = 240;
        }

        return Create().Parse(args).InvokeAsync();
    }
}
