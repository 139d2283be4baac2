using Warden.Policy.Compilation;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Warden.Policy.Yaml;

/// <summary>
/// Reads YAML through YamlDotNet's event parser (never its object deserializer) so that hostile input is bounded:
/// size is checked before parsing, nesting depth is capped, and anchors/aliases are refused outright because
/// expanding them is how "billion laughs" documents exhaust memory.
/// </summary>
internal static class SafeYamlReader
{
    /// <summary>Parses every document of a YAML stream; returns none of them if any error was found in this source.</summary>
    public static IReadOnlyList<YamlNode> Read(string file, string text, int maxDepth, long maxLength, DiagnosticBag diagnostics)
    {
        if (text.Length > maxLength)
        {
            diagnostics.Add(PolicyErrorIds.TooLarge, new SourcePosition(file, 1, 1),
                $"the document is {text.Length} characters, over the limit of {maxLength}; split it into several files");
            return [];
        }

        var documents = new List<YamlNode>();
        var before = diagnostics.Items.Count;
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                var state = new ReadState(file, maxDepth, diagnostics);
                var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, state, 0);
                parser.Consume<DocumentEnd>();
                if (root is not null && !(root is YamlScalar s && s.IsNull))
                {
                    documents.Add(root);
                }
            }
        }
        catch (TooDeepException)
        {
            // Already reported; nothing more can be read from this source safely.
        }
        catch (YamlException ex)
        {
            diagnostics.Add(PolicyErrorIds.Syntax, new SourcePosition(file, (int)ex.Start.Line, (int)ex.Start.Column),
                $"YAML syntax error: {Clean(ex.Message)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner can end in an invalid internal state on some malformed input instead of raising a
            // YamlException (found by RandomText_NeverThrows_AndNeverHalfLoads); it is still a syntax error.
            diagnostics.Add(PolicyErrorIds.Syntax, new SourcePosition(file, 1, 1), "YAML syntax error: the document is not well-formed YAML");
        }

        return diagnostics.Items.Count > before ? [] : documents;
    }

    private static YamlNode ReadNode(IParser parser, ReadState state, int depth)
    {
        var ev = parser.Current ?? throw new YamlException("unexpected end of input");
        var at = Position(state.File, ev.Start);
        if (ev is AnchorAlias)
        {
            state.Diagnostics.Add(PolicyErrorIds.AliasNotAllowed, at, "YAML aliases (*name) are not allowed in policies; repeat the value instead");
            parser.MoveNext();
            return new YamlScalar(at, string.Empty, isPlain: true);
        }

        if (ev is NodeEvent { Anchor.IsEmpty: false })
        {
            state.Diagnostics.Add(PolicyErrorIds.AliasNotAllowed, at, "YAML anchors (&name) are not allowed in policies; repeat the value instead");
        }

        switch (ev)
        {
            case Scalar scalar:
                parser.MoveNext();
                return new YamlScalar(at, scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any);
            case SequenceStart:
                EnsureDepth(state, at, depth);
                parser.MoveNext();
                var items = new List<YamlNode>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(parser, state, depth + 1));
                }

                return new YamlSequence(at, items);
            case MappingStart:
                EnsureDepth(state, at, depth);
                parser.MoveNext();
                return ReadMapping(parser, state, depth, at);
            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }

    private static YamlMapping ReadMapping(IParser parser, ReadState state, int depth, SourcePosition at)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, state, depth + 1);
            var value = ReadNode(parser, state, depth + 1);
            if (keyNode is not YamlScalar key)
            {
                state.Diagnostics.Add(PolicyErrorIds.WrongType, keyNode, "mapping keys must be plain strings");
                continue;
            }

            if (key.IsPlain && key.Value == "<<")
            {
                state.Diagnostics.Add(PolicyErrorIds.AliasNotAllowed, key, "YAML merge keys (<<) are not allowed in policies");
                continue;
            }

            if (!seen.Add(key.Value))
            {
                state.Diagnostics.Add(PolicyErrorIds.DuplicateKey, key, $"'{key.Value}' appears twice in this mapping; keep one");
                continue;
            }

            entries.Add(new KeyValuePair<YamlScalar, YamlNode>(key, value));
        }

        return new YamlMapping(at, entries);
    }

    private static void EnsureDepth(ReadState state, SourcePosition at, int depth)
    {
        if (depth >= state.MaxDepth)
        {
            state.Diagnostics.Add(PolicyErrorIds.TooDeep, at, $"nesting is deeper than {state.MaxDepth} levels; policies never need this");
            throw new TooDeepException();
        }
    }

    private static SourcePosition Position(string file, Mark mark) => new(file, (int)mark.Line, (int)mark.Column);

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (…): "; the position is reported separately.
        var i = message.LastIndexOf("): ", StringComparison.Ordinal);
        return i >= 0 ? message[(i + 3)..] : message;
    }

    private sealed record ReadState(string File, int MaxDepth, DiagnosticBag Diagnostics);

    private sealed class TooDeepException : Exception;
}
