using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// User names after a label ("username: kofi_92", "Benutzername ist Eb3re", "login = j.doe"). Not a Presidio type, but
/// PII-masking datasets label them; without a label a handle cannot be told from an ordinary word.
/// </summary>
internal static class PiiHandles
{
    private static readonly string[] CueList =
        ["username", "user name", "user id", "userid", "user-id", "login", "handle", "screen name", "benutzername", "nom d'utilisateur", "usuario",
         "nome utente", "gebruikersnaam", "nome de usuário", "pseudo"];

    private static readonly SearchValues<string> Cues = SearchValues.Create(CueList, StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = new HashSet<string>(
        ["the", "and", "for", "with", "your", "you", "our", "this", "that", "not", "required", "empty", "invalid", "missing", "field", "page", "form",
         "button", "screen", "failed", "attempts", "attempt", "here", "below", "above", "name", "and", "password", "email", "address", "will", "must",
         "should", "can", "cannot", "was", "has", "have", "been", "being", "into", "from", "null", "none", "true", "false", "admin", "root", "user"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Cues);
            if (k < 0)
            {
                return;
            }

            var p = i + k;
            i = p + 1;
            if (p > 0 && char.IsLetter(text[p - 1]))
            {
                continue; // "relogin", "mishandle"
            }

            var e = CueEnd(text, p);
            if (e < 0 || (e < text.Length && char.IsLetter(text[e])))
            {
                continue; // "logins", "handled"
            }

            // Label then a separator (":", "=", "is", "ist", "est", "es") then the value.
            var v = e;
            var labelled = false;
            while (v < text.Length && text[v] is ' ' or ':' or '=' or '"' or '\'')
            {
                labelled |= text[v] is ':' or '=';
                v++;
            }

            foreach (var verb in (ReadOnlySpan<string>)["is ", "was ", "ist ", "est ", "es ", "è "])
            {
                if (text.AsSpan(v).StartsWith(verb, StringComparison.OrdinalIgnoreCase))
                {
                    v += verb.Length;
                    labelled = true;
                    break;
                }
            }

            var ve = v;
            while (ve < text.Length && (char.IsLetterOrDigit(text[ve]) || text[ve] is '_' or '.' or '-') && ve - v < 40)
            {
                ve++;
            }

            while (ve > v && text[ve - 1] is '.' or '-')
            {
                ve--;
            }

            var value = text.AsSpan(v, ve - v);
            var marked = value.ContainsAny("0123456789_.") || (value.Length > 1 && value[1..].ContainsAnyInRange('A', 'Z'));
            if (value.Length >= 3 && value.Length <= 32 && (labelled || marked) && !NotNames.Contains(value) && (ve == text.Length || text[ve] != '@'))
            {
                scan.Emit("USERNAME", v, ve, marked ? 0.65 : 0.55);
                i = ve;
            }
        }
    }

    private static int CueEnd(string text, int p)
    {
        foreach (var cue in CueList)
        {
            if (text.AsSpan(p).StartsWith(cue, StringComparison.OrdinalIgnoreCase))
            {
                return p + cue.Length;
            }
        }

        return -1;
    }
}
