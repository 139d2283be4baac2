using Warden.Policy.Compilation;
using Warden.Policy.Yaml;

namespace Warden.Policy.Testing;

/// <summary>Parses one request written in YAML or JSON (JSON is read as YAML), for <c>warden policy explain</c>.</summary>
public static class PolicyInput
{
    /// <summary>Parses the input; returns every error and no request when it is malformed.</summary>
    public static (PolicyRequest? Request, IReadOnlyList<PolicyDiagnostic> Errors) Parse(PolicySource source, PolicyLoadOptions? options = null)
    {
        options ??= PolicyLoadOptions.Default;
        var diagnostics = new DiagnosticBag();
        var roots = SafeYamlReader.Read(source.Name, source.Content, options.MaxDepth, options.MaxDocumentBytes, diagnostics);
        if (diagnostics.HasErrors)
        {
            return (null, diagnostics.Items);
        }

        if (roots.Count != 1)
        {
            diagnostics.Add(PolicyErrorIds.InvalidInput, new SourcePosition(source.Name, 1, 1), $"expected exactly one input document, found {roots.Count}");
            return (null, diagnostics.Items);
        }

        var request = new InputReader(diagnostics).Read(roots[0]);
        return diagnostics.HasErrors ? (null, diagnostics.Items) : (request, []);
    }
}
