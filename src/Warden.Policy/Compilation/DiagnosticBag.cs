using Warden.Policy.Yaml;

namespace Warden.Policy.Compilation;

/// <summary>Collects every error of a load; validation never stops at the first one.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<PolicyDiagnostic> _items = [];

    public IReadOnlyList<PolicyDiagnostic> Items => _items;

    public bool HasErrors => _items.Count > 0;

    public void Add(string id, SourcePosition at, string message) =>
        _items.Add(new PolicyDiagnostic(id, message, at.File, at.Line, at.Column));

    public void Add(string id, YamlNode at, string message) => Add(id, at.Position, message);

    public void AddRange(IEnumerable<PolicyDiagnostic> diagnostics) => _items.AddRange(diagnostics);
}
