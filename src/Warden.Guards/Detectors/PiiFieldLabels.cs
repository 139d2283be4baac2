using System.Buffers;

namespace Warden.Guards.Detectors;

/// <summary>
/// Values under an explicit field label, in forms, key-value lists, JSON / YAML objects and CSV-ish lines:
/// "Last Name: Ucha, Mastrogiacomo", "SSN: 464501286", "\"instructor\": \"Iso\"", "postal_code = 1183 TM", "Stadt: Heilbronn".
/// A table maps each label (normalised: lower case, "_" / "-" / camel case read as spaces) to a kind of value; the label
/// may carry up to two qualifier words ("Home Address", "Customer Last Name") but no other word ("IP Address" is not an
/// address). The value runs from the separator (":" or "=") to the closing quote, the line end, or a comma before the next
/// label, and must have the shape of its kind (capitalised name words, digits of an SSN, ...); placeholders ("N/A",
/// "[City]", "&lt;name&gt;", "TBD") and status words ("pending", "Open") give nothing. Only ":" and "=" start a look, and
/// each reads at most <see cref="MaxLabel"/> characters back and <see cref="MaxValue"/> forward, so the pass is linear.
/// </summary>
internal static class PiiFieldLabels
{
    private enum Kind : byte
    {
        Name,
        Role,
        Place,
        Region,
        Country,
        Postcode,
        Ssn,
        DriverLicense,
        Birth,
        Phone,
        Street,
    }

    private const int MaxLabel = 48;

    private const int MaxValue = 120;

    private static readonly Dictionary<string, Kind> Table = Build();

    private static readonly Dictionary<string, Kind>.AlternateLookup<ReadOnlySpan<char>> Labels = Table.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, Kind> Build()
    {
        var t = new Dictionary<string, Kind>(StringComparer.Ordinal);
        void Add(Kind k, params string[] labels)
        {
            foreach (var l in labels)
            {
                t[l] = k;
            }
        }

        Add(Kind.Name, "first name", "last name", "given name", "given names", "family name", "full name", "middle name", "maiden name", "surname",
            "surnames", "last names", "first names", "forename", "forenames", "legal name", "birth name", "fname", "lname", "firstname", "lastname",
            "fullname", "givenname", "familyname", "cardholder name", "card holder name", "account holder", "account holder name", "patient name",
            "customer name", "employee name", "student name", "applicant name", "candidate name", "guest name", "passenger name", "contact name",
            "nachname", "vorname", "vornamen", "familienname", "geburtsname", "nom", "prénom", "prenom", "nom de famille", "nom complet", "apellido",
            "apellidos", "nombre", "nombres", "nombre completo", "primer apellido", "segundo apellido", "cognome", "nome", "nome completo", "sobrenome", "achternaam", "voornaam",
            "voornamen", "familienaam", "nazwisko", "imię", "imie", "efternamn", "förnamn", "etternavn", "fornavn", "efternavn", "sukunimi", "etunimi",
            "příjmení", "jméno", "prezime", "soyadı", "soyadi");
        Add(Kind.Role, "instructor", "teacher", "tutor", "lecturer", "author", "designer", "reviewer", "assignee", "supervisor",
            "contact person", "emergency contact", "next of kin", "guardian", "spouse", "beneficiary", "doctor", "physician", "nurse", "mentor",
            "coach", "landlord", "tenant", "witness", "referee", "attending physician", "sales rep", "dozent", "ansprechpartner", "lehrer",
            "formateur", "enseignant", "profesor", "docente", "insegnante", "docent", "leraar");
        Add(Kind.Region, "state", "estado");
        Add(Kind.Place, "city", "town", "village", "province", "county", "bundesland", "provincia", "provincie", "województwo", "département",
            "departement", "canton", "kanton", "municipality", "place of birth", "birthplace", "birth place",
            "city of birth", "hometown", "stadt", "ort", "wohnort", "geburtsort", "ville", "commune", "lieu de naissance", "ciudad",
            "localidad", "municipio", "lugar de nacimiento", "città", "citta", "comune", "luogo di nascita", "cidade",
            "woonplaats", "plaats", "stad", "gemeente", "geboorteplaats", "miasto", "miejscowość", "kommune");
        Add(Kind.Country, "country", "nationality", "citizenship", "country of birth", "country of residence", "land", "staat",
            "staatsangehörigkeit", "pays", "nationalité", "país", "nacionalidad", "paese", "nazionalità", "nationaliteit", "kraj", "obywatelstwo");
        Add(Kind.Postcode, "zip", "zip code", "zipcode", "postcode", "post code", "postal code", "postalcode", "plz", "postleitzahl", "code postal",
            "código postal", "codigo postal", "codice postale", "kod pocztowy", "eircode", "postnummer", "pin code");
        Add(Kind.Ssn, "ssn", "social security number", "social security no", "social security", "social security nr", "social number",
            "social insurance number", "sin", "national insurance number", "ni number", "nino", "sozialversicherungsnummer", "numéro de sécurité sociale",
            "numero de securite sociale", "número de seguridad social", "numero de seguridad social", "bsn", "burgerservicenummer", "pesel",
            "personnummer", "henkilötunnus", "tax id", "taxpayer id", "steuer id", "steueridentifikationsnummer");
        Add(Kind.DriverLicense, "drivers license", "driver license", "drivers licence", "driver licence", "driving licence", "driving license",
            "drivers license number", "driver license number", "driving licence number", "driver licence number", "dl number", "dl no",
            "license number", "licence number", "führerschein", "führerscheinnummer", "permis de conduire", "licencia de conducir", "patente di guida",
            "rijbewijs", "rijbewijsnummer", "prawo jazdy");
        Add(Kind.Birth, "date of birth", "dob", "d o b", "birth date", "birthdate", "birthday", "born", "born on", "geburtsdatum", "geburtstag",
            "date de naissance", "fecha de nacimiento", "data di nascita", "data de nascimento", "geboortedatum", "data urodzenia", "födelsedatum");
        Add(Kind.Phone, "phone", "phone number", "telephone", "telephone number", "tel", "mobile", "mobile number", "cell", "cell phone", "cellphone",
            "fax", "landline", "telefon", "telefonnummer", "handy", "handynummer", "mobil", "téléphone", "telephone portable", "portable", "teléfono",
            "telefono", "móvil", "movil", "celular", "cellulare", "telefoon", "telefoonnummer", "mobiel", "telefon komórkowy");
        Add(Kind.Street, "address", "street", "street address", "address line", "address line 1", "address line 2", "address line1", "address line2", "address1", "address2",
            "adresse", "anschrift", "straße", "strasse", "dirección", "direccion", "domicilio", "indirizzo", "endereço", "endereco", "morada",
            "adres", "straat", "ulica", "adress", "gatuadress");
        return t;
    }

    // Words allowed before a label ("Home Address", "Customer Last Name", "Applicant's City"); any other word makes it another field.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Qualifiers = new HashSet<string>(
        ["home", "work", "secondary", "primary", "billing", "shipping", "mailing", "postal", "current", "permanent", "previous", "legal", "your", "my",
         "his", "her", "their", "customer", "client", "patient", "employee", "user", "applicant", "applicants", "candidate", "student", "contact",
         "member", "guest", "residential", "business", "delivery", "personal", "private", "new", "old", "alternate", "alternative", "mother",
         "mothers", "father", "fathers", "spouse", "spouses", "emergency", "office", "main"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Values that stand for no value or for a state rather than a person or place.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Placeholders = new HashSet<string>(
        ["n", "a", "na", "n/a", "n.a", "none", "null", "nil", "nan", "tbd", "tbc", "tba", "unknown", "test", "testing", "example", "sample", "name",
         "your", "first", "last", "string", "todo", "xxx", "xx", "x", "redacted", "anonymous", "anon", "admin", "user", "undefined", "empty", "dummy",
         "foo", "bar", "baz", "active", "inactive", "pending", "open", "closed", "draft", "done", "running", "stopped", "failed", "success", "new",
         "enabled", "disabled", "ready", "other", "various", "any", "all", "default", "global", "remote", "online", "offline", "local", "internal",
         "external", "required", "optional", "missing", "hidden", "private", "public", "yes", "no", "true", "false", "same", "see", "below",
         "above", "blank", "unset", "not", "applicable", "provided", "available", "withheld", "confidential", "value", "text", "field", "data",
         "sin", "nein", "oui", "non", "sí", "si", "ja", "keine", "aucun", "ninguno", "nessuno", "geen", "brak", "nicht", "inconnu", "desconocido",
         "sconosciuto", "onbekend", "unbekannt", "mustermann", "musterfrau", "dupont", "doe", "lorem", "ipsum", "tbd.", "approved", "rejected",
         "complete", "completed", "incomplete", "valid", "invalid", "verified", "unverified", "high", "low", "medium", "critical", "ok",
         // Review: assignment states and branch or build words of trackers and pipelines ("Assignee: Unassigned", "City: Main").
         "unassigned", "nobody", "everyone", "everybody", "system", "bot", "automation", "auto", "automatic", "main", "master", "trunk", "me", "you"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Lower-case particles inside a family name ("al Najjar", "van der Berg", "de la Fuente").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = new HashSet<string>(
        ["al", "el", "van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "dos", "das", "la", "le", "ter", "ten", "bin", "ibn", "bint",
         "y", "zu", "af", "ben", "abu", "st"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords = new HashSet<string>(
        ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Frau", "Mme", "Mlle", "M", "Sr", "Sra", "Srta", "Dott", "Dottssa", "Sig", "Sig.ra", "Pan", "Pani"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Separators = SearchValues.Create(":=");

    /// <summary>True when <paramref name="word"/> alone is a field label of the table ("Nachname", "Ciudad"), so it is no speaker.</summary>
    public static bool IsLabel(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLabel)
        {
            return false;
        }

        Span<char> buf = stackalloc char[MaxLabel * 2];
        var n = Normalise(word, buf);
        return n > 0 && Labels.ContainsKey(buf[..n]);
    }

    public static void Find(PiiScan scan)
    {
        var text = scan.Text;
        Span<char> buf = stackalloc char[MaxLabel * 2];
        var i = 0;
        while (i < text.Length)
        {
            var k = text.AsSpan(i).IndexOfAny(Separators);
            if (k < 0)
            {
                return;
            }

            var sep = i + k;
            i = sep + 1;
            if (LabelAt(text, sep, buf) is not { } kind)
            {
                continue;
            }

            var end = Value(scan, sep + 1, kind);
            if (end > i)
            {
                i = end; // the next label starts after this value ("City: Amstelveen, State: NH")
            }
        }
    }

    // The label that ends right before the separator at sep, read back over at most MaxLabel characters of its field.
    private static Kind? LabelAt(string text, int sep, Span<char> buf)
    {
        var e = sep;
        while (e > 0 && sep - e < 3 && text[e - 1] is ' ' or '\t')
        {
            e--;
        }

        if (e > 0 && text[e - 1] is '"' or '\'' or '\u201D' or '*')
        {
            e--;
            while (e > 0 && sep - e < 6 && text[e - 1] == '*')
            {
                e--; // "**Name:**" is handled by the value side; "**City**:" here
            }
        }

        if (e == 0 || !char.IsLetter(text[e - 1]))
        {
            return null; // "10:20", "https://", "a == b"
        }

        var s = e;
        while (s > 0 && e - s < MaxLabel && IsLabelChar(text[s - 1]))
        {
            s--;
        }

        if (s > 0 && e - s >= MaxLabel && IsLabelChar(text[s - 1]))
        {
            return null; // a long run of words, not a field label
        }

        var n = Normalise(text.AsSpan(s, e - s), buf);
        if (n == 0)
        {
            return null;
        }

        // The longest table label that ends the run, with at most two qualifier words before it.
        var label = buf[..n];
        var words = 0;
        var cut = 0;
        while (true)
        {
            if (Labels.TryGetValue(label[cut..], out var kind))
            {
                return kind;
            }

            var sp = label[cut..].IndexOf(' ');
            var word = label.Slice(cut, sp < 0 ? 0 : sp);
            if (sp < 0 || ++words > 2 || !(Qualifiers.Contains(word) || !word.ContainsAnyExceptInRange('0', '9')))
            {
                return null;
            }

            cut += sp + 1;
        }
    }

    private static bool IsLabelChar(char c) => char.IsLetterOrDigit(c) || c is ' ' or '_' or '-' or '\'' or '\u2019' or '.';

    // Lower case; "_", "-", "." and a camel-case step read as one space; apostrophes dropped ("Driver's" -> "drivers");
    // leading list markers and digits-only words are not part of the label.
    private static int Normalise(ReadOnlySpan<char> raw, Span<char> buf)
    {
        var n = 0;
        var space = true;
        for (var j = 0; j < raw.Length && n < buf.Length - 1; j++)
        {
            var c = raw[j];
            if (c is '\'' or '\u2019')
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (!space)
                {
                    buf[n++] = ' ';
                    space = true;
                }

                continue;
            }

            if (!space && char.IsUpper(c) && j > 0 && char.IsLower(raw[j - 1]))
            {
                buf[n++] = ' ';
            }

            buf[n++] = char.ToLowerInvariant(c);
            space = false;
        }

        while (n > 0 && buf[n - 1] == ' ')
        {
            n--;
        }

        return n;
    }

    // Reads the value after a separator, checks its shape and emits it. Returns the end of the value read (or -1).
    private static int Value(PiiScan scan, int from, Kind kind)
    {
        var text = scan.Text;
        var v = from;
        while (v < text.Length && v - from < 4 && text[v] is ' ' or '\t' or '*')
        {
            v++;
        }

        // "Last Name:\n  Potrafke": a value alone on the next line, when nothing follows the label on its own line.
        var nextLine = false;
        if (v < text.Length && text[v] is '\r' or '\n')
        {
            v += text[v] == '\r' && v + 1 < text.Length && text[v + 1] == '\n' ? 2 : 1;
            while (v < text.Length && v - from < 16 && text[v] is ' ' or '\t' or '-' or '*')
            {
                v++;
            }

            nextLine = true;
        }

        if (v >= text.Length)
        {
            return -1;
        }

        int ve;
        var open = text[v];
        if (open is '"' or '\'' or '\u201C' or '\u2018')
        {
            var close = open switch { '\u201C' => '\u201D', '\u2018' => '\u2019', _ => open };
            v++;
            ve = v;
            while (ve < text.Length && ve - v < MaxValue && text[ve] != close && text[ve] != '\n')
            {
                ve++;
            }

            if (ve >= text.Length || text[ve] != close)
            {
                return ve; // unclosed or over-long: not a value
            }
        }
        else
        {
            ve = v;
            while (ve < text.Length && ve - v < MaxValue && text[ve] is not ('\n' or '\r' or ';' or '|' or '\t' or '"' or '}' or ']'))
            {
                if (text[ve] == ',' && NextLabel(text, ve + 1))
                {
                    break;
                }

                if (text[ve] == '.' && ve + 2 < text.Length && text[ve + 1] == ' ' && char.IsUpper(text[ve + 2]) && ve - v >= 3
                    && char.IsLetterOrDigit(text[ve - 1]) && char.IsLetterOrDigit(text[ve - 2]) && char.IsLetterOrDigit(text[ve - 3]))
                {
                    break; // a sentence after the value ("Potrafke. For a test, ...", "OH 68740. Phone ..."); not after an initial ("K. Varga")
                }

                if (text[ve] == ' ' && ve + 1 < text.Length && (text[ve + 1] == ' ' || (text[ve + 1] == '(' && ve + 2 < text.Length && char.IsLetter(text[ve + 2]))))
                {
                    break; // columns aligned with spaces; a remark in brackets ("(verified)")
                }

                ve++;
            }

            if (ve - v >= MaxValue)
            {
                return ve;
            }
        }

        var end = ve;
        while (ve > v && text[ve - 1] is ' ' or '.' or ',' or ':' or '*' or '\'' or '"')
        {
            ve--;
        }

        while (v < ve && text[v] is '*' or ' ')
        {
            v++;
        }

        if (ve <= v || text[v] is '[' or '<' or '{' or '(' or '$' or '%' or '_' or '#' or '-' or '?' or '/' or '\\' or '@' or '&')
        {
            return end; // empty or a placeholder ("[City]", "<name>", "{{postcode}}", "___")
        }

        var value = text.AsSpan(v, ve - v);
        if (nextLine && value.ContainsAny(Separators))
        {
            return -1; // the next line is a field of its own ("Last Name:\nCity: ..."): read its label next
        }

        if (value.Contains("@", StringComparison.Ordinal) || value.Contains("://", StringComparison.Ordinal) || value.Contains("...", StringComparison.Ordinal)
            || value.Contains("{{", StringComparison.Ordinal) || Placeholders.Contains(value))
        {
            return end;
        }

        switch (kind)
        {
            case Kind.Name:
            case Kind.Role:
                Names(scan, v, ve, kind == Kind.Role);
                break;
            case Kind.Place:
                Places(scan, v, ve);
                break;
            case Kind.Country:
                if (IsPlace(value, country: true))
                {
                    scan.Emit("LOCATION", v, ve, 0.7);
                }

                break;
            case Kind.Region:
                if (IsRegion(value))
                {
                    scan.Emit("LOCATION", v, ve, 0.7);
                }

                break;
            case Kind.Postcode:
                if (IsCode(value, 3, 10, 2, lowerOk: false))
                {
                    scan.Emit("LOCATION", v, ve, 0.7);
                }

                break;
            case Kind.Ssn:
                if (IsNumber(value, 7, 13) || IsCode(value, 8, 13, 6, lowerOk: false))
                {
                    scan.Emit("US_SSN", v, ve, 0.95); // above a phone read from the same digits
                }

                break;
            case Kind.DriverLicense:
                if (IsCode(value, 5, 24, 3, lowerOk: false))
                {
                    scan.Emit("US_DRIVER_LICENSE", v, ve, 0.9);
                }

                break;
            case Kind.Birth:
                if (value.Length <= 32 && value.ContainsAnyInRange('0', '9') && !value.ContainsAny("=<>{}"))
                {
                    scan.Emit("DATE_TIME", v, ve, 0.7);
                }

                break;
            case Kind.Phone:
                if (IsNumber(value, 7, 15))
                {
                    scan.Emit("PHONE_NUMBER", v, ve, 0.75);
                }

                break;
            case Kind.Street:
                if (IsStreet(value))
                {
                    scan.EmitFill("STREET_ADDRESS", v, ve, 0.7);
                }

                break;
        }

        return end;
    }

    // After a comma: a run of label characters, then ":" or "=" ("…, State: NH", "…, postal_code=1183").
    private static bool NextLabel(string text, int p)
    {
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        var s = p;
        while (p < text.Length && p - s < 40 && (char.IsLetter(text[p]) || text[p] is ' ' or '_' or '-' or '\''))
        {
            p++;
        }

        return p > s && char.IsLetter(text[s]) && p < text.Length && text[p] is ':' or '=' && char.IsLetter(text[p - 1]);
    }

    // The comma-separated item of a value that starts at p (before ve), without its blanks, and where the next one starts.
    private static (int Start, int End, int Next) Item(string text, int p, int ve)
    {
        var q = text.AsSpan(p, ve - p).IndexOf(',');
        var e = q < 0 ? ve : p + q;
        var s = p;
        while (s < e && text[s] == ' ')
        {
            s++;
        }

        var t = e;
        while (t > s && text[t - 1] == ' ')
        {
            t--;
        }

        return (s, t, e + 1);
    }

    // One or more names separated by commas; each item is one to four name words. Items after a bad one are not read.
    private static void Names(PiiScan scan, int v, int ve, bool role)
    {
        var text = scan.Text;
        var p = v;
        var items = 0;
        while (p < ve)
        {
            var (s, t, next) = Item(text, p, ve);

            // A title before the name stays with the title finders ("Mrs Adaeze Nwosu" -> "Adaeze Nwosu").
            var sp = text.AsSpan(s, t - s).IndexOf(' ');
            if (sp > 0 && TitleWords.Contains(text.AsSpan(s, sp).TrimEnd('.')))
            {
                s += sp + 1;
            }

            if (t <= s || !IsName(text.AsSpan(s, t - s), role || items > 0))
            {
                return;
            }

            scan.Emit("PERSON", s, t, 0.68); // below the 0.7 of a "BEKELE, Dawit" span read as one name
            items++;
            p = next;
        }
    }

    // "Springfield, IL", "Rochester Upnor, ENG": a place, then places or region codes after commas; reading stops at the first other part.
    private static void Places(PiiScan scan, int v, int ve)
    {
        var text = scan.Text;
        var p = v;
        var first = true;
        while (p < ve)
        {
            var (s, t, next) = Item(text, p, ve);

            var part = text.AsSpan(s, t - s);
            if (t <= s || !(IsPlace(part, country: false) || (!first && IsRegion(part))))
            {
                return;
            }

            scan.Emit("LOCATION", s, t, 0.7);
            first = false;
            p = next;
        }
    }

    private static bool IsName(ReadOnlySpan<char> item, bool strict)
    {
        if (item.Length < 2 || item.Length > 60 || Placeholders.Contains(item))
        {
            return false;
        }

        var words = 0;
        var capitals = 0;
        foreach (var r in item.Split(' '))
        {
            var w = item[r];
            if (w.Length == 0 || ++words > 4)
            {
                return false;
            }

            foreach (var c in w)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '\u2019' or '.'))
                {
                    return false;
                }
            }

            if (Particles.Contains(w))
            {
                continue;
            }

            if (!char.IsUpper(w[0]) || Placeholders.Contains(w) || (w.Length > 1 && char.IsUpper(w[1]) && w.Length <= 3 && words == 1 && strict))
            {
                return false;
            }

            // Ordinary capitalised words ("Build", "Team", "Street") are no names; a name label allows one that is also a name ("Hill").
            if ((CommonWords.HeadingSpan.Contains(w) || (strict && CommonWords.CapitalizedSpan.Contains(w))) && !Gazetteer.Instance.Last.Contains(w))
            {
                return false;
            }

            capitals++;
        }

        return capitals > 0;
    }

    // One to four capitalised words of letters ("Amstelveen", "Rochester Upnor", "Saint-Étienne"). A country label takes a
    // known country only.
    private static bool IsPlace(ReadOnlySpan<char> value, bool country)
    {
        if (value.Length < 2 || value.Length > 40)
        {
            return false;
        }

        if (country)
        {
            return Gazetteer.Instance.Country.Contains(value);
        }

        var words = 0;
        foreach (var r in value.Split(' '))
        {
            var w = value[r];
            if (w.Length == 0 || ++words > 4 || !char.IsUpper(w[0]) || Placeholders.Contains(w) || CommonWords.HeadingSpan.Contains(w))
            {
                return false;
            }

            foreach (var c in w)
            {
                if (!char.IsLetter(c) && c is not ('-' or '\'' or '.'))
                {
                    return false;
                }
            }
        }

        return words > 1 || !CommonWords.CapitalizedSpan.Contains(value) || Gazetteer.Instance.Place.Contains(value);
    }

    // A state or province: a known place, or a code of two or three capitals ("NH", "ENG"); "State: Idle" is a state of a machine.
    private static bool IsRegion(ReadOnlySpan<char> value) =>
        value.Length <= 40 && (Gazetteer.Instance.Place.Contains(value) || Gazetteer.Instance.Country.Contains(value)
            || (value.Length is 2 or 3 && !value.ContainsAnyExceptInRange('A', 'Z')));

    // Digits with single separators ("554.575.9355", "464501286", "+44 20 7946 0321").
    private static bool IsNumber(ReadOnlySpan<char> value, int minDigits, int maxDigits)
    {
        var digits = 0;
        var prevSep = true;
        for (var j = 0; j < value.Length; j++)
        {
            var c = value[j];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                prevSep = false;
            }
            else if (c is '-' or '.' or ' ' or '/' or '(' or ')' || (c == '+' && j == 0))
            {
                if (prevSep && c is not ('(' or '+'))
                {
                    return false;
                }

                prevSep = c is not ')';
            }
            else
            {
                return false;
            }
        }

        return digits >= minDigits && digits <= maxDigits;
    }

    // Capitals and digits with single separators ("LOUMA.657200.9.504", "1183 TM", "T12 X8P2"), with at least minDigits digits.
    private static bool IsCode(ReadOnlySpan<char> value, int minLength, int maxLength, int minDigits, bool lowerOk)
    {
        if (value.Length < minLength || value.Length > maxLength)
        {
            return false;
        }

        var digits = 0;
        var prevSep = true;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                prevSep = false;
            }
            else if (char.IsAsciiLetterUpper(c) || (lowerOk && char.IsAsciiLetterLower(c)))
            {
                prevSep = false;
            }
            else if (c is '-' or '.' or ' ')
            {
                if (prevSep)
                {
                    return false;
                }

                prevSep = true;
            }
            else
            {
                return false;
            }
        }

        return digits >= minDigits && !prevSep;
    }

    // Words before a number that is no house number ("Port 8080", "Version 2").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotStreetWords = new HashSet<string>(
        ["port", "version", "build", "line", "page", "step", "row", "column", "col", "id", "item", "release", "node", "slot", "offset", "block",
         "sector", "register", "pin", "channel", "level", "room", "floor"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A house number and a word of letters ("397, Kostverlorenkade", "Hoogstraat 118", "PB 73"); not an IP or a version.
    private static bool IsStreet(ReadOnlySpan<char> value)
    {
        if (value.Length < 4 || value.Length > 90)
        {
            return false;
        }

        var number = false;
        var word = false;
        foreach (var r in value.Split(' '))
        {
            var w = value[r].TrimEnd(',');
            if (w.Length == 0)
            {
                continue;
            }

            if (w.ContainsAnyInRange('0', '9'))
            {
                number |= w.Length <= 8 && char.IsAsciiDigit(w[0]) | char.IsAsciiDigit(w[^1]) && !w.Contains('.') && !w.Contains(':');
            }
            else if (w.Length >= 2 && char.IsLetter(w[0]) && !Placeholders.Contains(w) && !NotStreetWords.Contains(w))
            {
                word = true;
            }
        }

        return number && word;
    }
}
