using System.CommandLine;
using System.Text.Json;
using Warden.Policy;
using Warden.Policy.Testing;

namespace Warden.Cli.Commands;

/// <summary>
/// <c>warden policy lint|test|explain</c>: offline policy tools for CI. Thin by design: parsing, validation and
/// evaluation live in Warden.Policy so the server and the command line decide identically.
/// </summary>
internal static class PolicyCommands
{
    public static Command Create()
    {
        var policy = new Command("policy", "Lint, test and explain policy files offline.");
        policy.Subcommands.Add(CreateLint());
        policy.Subcommands.Add(CreateTest());
        policy.Subcommands.Add(CreateExplain());
        return policy;
    }

    private static Argument<FileInfo[]> FilesArgument() => new("file")
    {
        Description = "Policy file(s) (YAML). Several files are validated together as one policy set.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static Command CreateLint()
    {
        var files = FilesArgument();
        var lint = new Command("lint", "Validate policy files; print every error as file:line:col: WRD3xxx message. Exit 1 on errors.");
        lint.Arguments.Add(files);
        lint.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var set = await LoadAsync(pr.GetValue(files)!, ct);
            if (set is null)
            {
                return 1;
            }

            Console.Out.WriteLine($"ok: {set.RuleCount} rules, policy {set.Version.Hash}");
            return 0;
        });
        return lint;
    }

    private static Command CreateTest()
    {
        var files = FilesArgument();
        var cases = new Option<FileInfo>("--cases") { Description = "Test cases file (YAML): input, expect, optional rule.", Required = true };
        var test = new Command("test", "Run test cases against policy files. Exit 1 on any failure or lint error.");
        test.Arguments.Add(files);
        test.Options.Add(cases);
        test.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var set = await LoadAsync(pr.GetValue(files)!, ct);
            var casesFile = pr.GetValue(cases)!;
            var (suite, errors) = PolicyTestSuite.Load(await ReadAsync(casesFile, ct));
            PrintErrors(errors);
            if (set is null || suite is null)
            {
                return 1;
            }

            var results = suite.Run(set);
            foreach (var result in results)
            {
                Console.Out.WriteLine(result.Passed
                    ? $"PASS {result.Case.Name}"
                    : $"FAIL {result.Case.Name} ({casesFile.Name}:{result.Case.Line}): {result.Failure}");
            }

            var failed = results.Count(r => !r.Passed);
            Console.Out.WriteLine($"{results.Count - failed} passed, {failed} failed");
            return failed == 0 ? 0 : 1;
        });
        return test;
    }

    private static Command CreateExplain()
    {
        var files = FilesArgument();
        var input = new Option<FileInfo>("--input") { Description = "The request to decide (YAML or JSON).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the explanation as JSON." };
        var explain = new Command("explain", "Show the decision for one input and why it was taken.");
        explain.Arguments.Add(files);
        explain.Options.Add(input);
        explain.Options.Add(json);
        explain.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var set = await LoadAsync(pr.GetValue(files)!, ct);
            var (request, errors) = PolicyInput.Parse(await ReadAsync(pr.GetValue(input)!, ct));
            PrintErrors(errors);
            if (set is null || request is null)
            {
                return 1;
            }

            var explanation = set.Evaluate(request).Explain();
            if (pr.GetValue(json))
            {
                using var stdout = Console.OpenStandardOutput();
                using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
                {
                    explanation.WriteJson(writer);
                }

                Console.Out.WriteLine();
            }
            else
            {
                Console.Out.Write(explanation.ToText());
            }

            return 0;
        });
        return explain;
    }

    private static async Task<PolicySet?> LoadAsync(FileInfo[] files, CancellationToken ct)
    {
        var sources = new List<PolicySource>();
        foreach (var file in files)
        {
            sources.Add(await ReadAsync(file, ct));
        }

        var result = PolicySet.Load(sources);
        PrintErrors(result.Errors);
        if (result.Errors.Count > 0)
        {
            Console.Error.WriteLine($"{result.Errors.Count} error(s)");
        }

        return result.Policy;
    }

    private static async Task<PolicySource> ReadAsync(FileInfo file, CancellationToken ct)
    {
        try
        {
            return await PolicySource.FromFileAsync(file.FullName, PolicyLoadOptions.DefaultMaxDocumentBytes, ct) with { Name = file.ToString() };
        }
        catch (IOException ex)
        {
            // An unreadable file becomes a document the loader rejects, so it is reported like any other error.
            Console.Error.WriteLine($"{file}:0:0: {PolicyErrorIds.FileUnreadable} cannot read the file: {ex.Message}");
            return new PolicySource(file.ToString(), "{unreadable");
        }
    }

    private static void PrintErrors(IEnumerable<PolicyDiagnostic> errors)
    {
        foreach (var error in errors)
        {
            Console.Out.WriteLine(error.ToString());
        }
    }
}
