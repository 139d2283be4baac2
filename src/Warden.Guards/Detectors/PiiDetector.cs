using System.Buffers;
using System.Text;

namespace Warden.Guards.Detectors;

/// <summary>
/// Personal data with Presidio's type names. Structured identifiers are validated (Luhn, mod-97, SSN rules,
/// Verhoeff, Base58Check, IP parsing); weaker shapes (phone numbers, bare 9-digit numbers) need a context word nearby.
/// Names and places come from <see cref="NameFinder"/>, organisations from <see cref="PiiOrganizations"/> (by their name)
/// and <see cref="PiiOrganizationCues"/> (by their context). Overlaps keep the higher-confidence finding.
/// </summary>
internal sealed class PiiDetector(double threshold) : IGuardDetector
{
    private static readonly string[] StreetKeyList =
        [" Street", " St", " Avenue", " Ave", " Road", " Rd", " Boulevard", " Blvd", " Lane", " Ln", " Drive", " Dr", " Court", " Ct", " Way", " Place",
         " Pl", " Square", " Sq", " Terrace", " Ter", " Parkway", " Pkwy", " Circle", " Cir", " Highway", " Hwy", " Trail", " Trl", " Crescent",
         " Close", " Alley", " Row", " Plaza", " Loop", " Path", " Pike", " Run", " Walk", " Crossing", " Point", " Ridge", " Hill", " View", " Park",
         " Gardens", " Heights", " Mews", " Green", " Grove", " Rise", "straße", "strasse", "str.", "weg ", "allee", "platz", "gasse", "ring ", "damm",
         "gracht", "laan", "straat", "vägen", "gatan", " rue ", " avenue ", " boulevard ", " place ", " chemin ", " allée ", " impasse ", " quai ",
         "Calle ", "Avenida ", "Avda. ", "Av. ", "Via ", "Viale ", "Piazza ", "Corso ", "Rua ", "Travessa ", "Plaza ", "Paseo ",
         "Rue ", "Avenue ", "Boulevard ", "Place ", "Chemin ", "Quai ", "Impasse ", "Allée ", "Route ", "Straße", " Strasse", " Str", " Allee",
         " Platz", " Weg", " Gasse", " Damm", " Chaussee", "ul.", "Ul.", "ulic", " al.", "alej", "alei", " pl.", "Pl.", "plac", "osiedl", "Laan ", "Plein ", "Kade ", "Dreef ", "Singel "];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetWords = WordsOf(StreetKeyList);

    private static readonly SearchValues<string> OtherStreetKeys = OthersOf(StreetKeyList);

    private static readonly SearchValues<string> NonAsciiStreetKeys = OthersOf(StreetKeyList, ascii: false);

    private static readonly string[] OrgKeyList =
        [" Inc", " LLC", " Ltd", " Limited", " Corp", " Company", " Co", " GmbH", " AG", " SA", " PLC", " plc", " BV", " NV", " AB", " Group", " Holdings",
         " Partners", " Associates", " Bank", " University", " Institute", " Foundation", " Hospital", " Labs", " Technologies", " Systems",
         " Solutions", " Industries", " Enterprises", " Consulting", " Ventures", " Capital", " Corporation", " Airlines", " Airways", " College",
         " Academy", " Museum", " Ministry", " Department", " Association", " Clinic", " Pharmaceuticals", " Motors",
         " Logistics", " Bros", " Research", " Insurance", " Agency", " Transit", " Analytics", " Orchestra", " Society",
         " Federation", " Council", " Committee", " Commission", " Authority", " Library", " Studios", " Publishing", " LLP", " Pty", " Pvt", " AS", " ASA", " Oy", " Oyj", " SpA", " Srl", "S.A.", " and ", " & ", "-and ", "-& "];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrgWords = WordsOf(OrgKeyList);

    private static readonly SearchValues<string> OtherOrgKeys = OthersOf(OrgKeyList);

    private static readonly SearchValues<string> PostalKeys = SearchValues.Create(["zip", "postal", "postcode", "plz"], StringComparison.OrdinalIgnoreCase);

    public string Name => DetectorNames.Pii;

    public string Version => "3.8";

    public void Scan(string text, GuardScanContext context, ICollection<GuardFinding> findings)
    {
        if (text.Length < 2)
        {
            return;
        }

        var scan = new PiiScan(text, Name, Version);

        // Prefilter: every structured shape, date, street number and postcode contains a digit (or '@'), so the
        // regexes only run on the few words around digits instead of the whole text.
        var tight = ScanRegions.AroundDigits(text, 0, 1);
        if (tight.Count > 0)
        {
            ScanRegions.Matches(PiiPatterns.Structured(), text, tight, scan, static (s, i, n) => StructuredIds.Classify(s, i, n));
            var dates = ScanRegions.AroundDateDigits(text, 2, 2);
            if (dates.Count > 0)
            {
                ScanRegions.Matches(PiiPatterns.Date(), text, dates, scan, static (s, i, n) => PiiDates.Emit(s, i, n), RegionShapes.MayHoldDate);
            }

            var wide = ScanRegions.AroundDigits(text, 3, 1); // three words before: "zip code is 2200"
            if (text.AsSpan().ContainsAny(PostalKeys) || ScanRegions.HasLetterBeforeDigit(text))
            {
                ScanRegions.Matches(PiiPatterns.PostalCode(), text, wide, scan, static (s, i, n) => PiiPlaces.Postal(s, i, n), RegionShapes.MayHoldPostcode);
            }

            ScanRegions.Matches(PiiPatterns.StateZip(), text, wide, scan, static (s, i, n) => PiiPlaces.StateZip(s, i, n), RegionShapes.MayHoldStateZip);
            ScanRegions.Matches(PiiPatterns.NationalId(), text, tight, scan, static (s, i, n) => StructuredIds.NationalId(s, i, n));
            var streets = ScanRegions.AroundKeyWords(text, StreetWords, OtherStreetKeys, false, 6, 5, Ascii.IsValid(text) ? null : NonAsciiStreetKeys);
            ScanRegions.Matches(PiiPatterns.StreetAddress(), text, streets, scan, static (s, i, n) => PiiPlaces.Street(s, i, n));
            PiiStreets.GenericStreets(scan);
            PiiStreets.Intersections(scan);
            PiiAddressBlocks.Find(scan);
            PiiAddressBlocks.LabelledPhones(scan);
            PiiPhoneCues.Find(scan);
        }

        PiiAgesAndDays.Find(scan);
        PiiStreets.NamedStreets(scan);

        NameFinder.Find(text, scan.Emit);
        PiiArticlePlaces.Find(scan);
        PiiHeaderNames.Find(scan);
        PiiGroups.Find(scan);
        PiiTitles.Find(scan);
        PiiUrls.Find(scan);
        PiiHandles.Find(scan);
        PiiFieldLabels.Find(scan);
        ScanRegions.Matches(PiiPatterns.Organization(), text, ScanRegions.AroundKeyWords(text, OrgWords, OtherOrgKeys, true, 5, 3), scan, static (s, i, n) => PiiOrganizations.BySuffix(s, i, n));
        PiiOrganizationCues.ByCue(scan);
        PiiInstitutions.Find(scan);
        PiiOrganizationRoles.Find(scan);
        PiiOrganizationHeads.Find(scan);
        PiiAcronyms.Find(scan);
        PiiSurnames.Repeats(scan);
        PiiNameParticles.Find(scan);
        PiiNameSuffixes.Find(scan);
        PiiNameLists.Find(scan);
        PiiSignatureBlocks.OrganizationLines(scan);
        PiiSignatureBlocks.LabelOrganizations(scan);
        PiiOrganizationRoles.Repeats(scan);
        scan.Resolve(threshold, findings);
    }

    /// <summary>Capitalised key words after a space (" Street" → "Street"), found by <see cref="ScanRegions.AroundKeyWords"/>.</summary>
    private static bool IsCapitalWordKey(string k) => k.Length > 2 && k[0] == ' ' && char.IsAsciiLetterUpper(k[1]) && k.AsSpan(1).TrimEnd(' ').ContainsAnyExcept(' ') && !k.AsSpan(1).TrimEnd(' ').Contains(' ');

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordsOf(string[] keys) =>
        new HashSet<string>(keys.Where(IsCapitalWordKey).Select(k => k.Trim()), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Non-ASCII keys ("straße", "allée") would take the multi-string search off its vectorised path, so they are
    // searched separately, and only in texts that contain non-ASCII characters.
    private static SearchValues<string> OthersOf(string[] keys, bool ascii = true) =>
        SearchValues.Create(keys.Where(k => !IsCapitalWordKey(k) && Ascii.IsValid(k) == ascii).ToArray(), StringComparison.Ordinal);
}

/// <summary>Candidate findings of one PII scan and the overlap resolution between them.</summary>
internal sealed class PiiScan(string text, string detector, string version)
{
    private readonly List<GuardFinding> _found = [];

    public string Text { get; } = text;

    /// <summary>The candidates emitted so far, before the overlap resolution.</summary>
    public IReadOnlyList<GuardFinding> Found => _found;

    public void Emit(string type, int start, int end, double score) => _found.Add(new GuardFinding(detector, type, start, end, score, version));

    /// <summary>
    /// The strongest <c>PERSON</c> candidate ending at each offset (of equal scores, the first emitted), from the candidates
    /// so far. A pass that emits persons itself keeps the index current with <see cref="IndexPerson"/>.
    /// </summary>
    public Dictionary<int, GuardFinding> PersonsByEnd()
    {
        var byEnd = new Dictionary<int, GuardFinding>();
        foreach (var f in _found)
        {
            IndexPerson(byEnd, f);
        }

        return byEnd;
    }

    /// <summary>Adds <paramref name="f"/> to a <see cref="PersonsByEnd"/> index if it is a person stronger than the one ending there.</summary>
    public static void IndexPerson(Dictionary<int, GuardFinding> byEnd, GuardFinding f)
    {
        if (f.Type == "PERSON" && (!byEnd.TryGetValue(f.End, out var g) || f.Score > g.Score))
        {
            byEnd[f.End] = f;
        }
    }

    private List<GuardFinding>? _fills;

    /// <summary>
    /// A span whose parts other findings may already name (a whole address around a street and a city): after the
    /// overlap resolution, only its uncovered stretches are reported, so the parts keep their own types.
    /// </summary>
    public void EmitFill(string type, int start, int end, double score) => (_fills ??= []).Add(new GuardFinding(detector, type, start, end, score, version));

    /// <summary>The fills emitted so far (whole addresses), before the overlap resolution.</summary>
    public IReadOnlyList<GuardFinding> Fills => _fills ?? (IReadOnlyList<GuardFinding>)[];

    /// <summary>Higher score wins an overlap; ties keep the earlier-emitted (more specific) detector.</summary>
    public void Resolve(double threshold, ICollection<GuardFinding> findings)
    {
        if (_found.Count == 0 && _fills is null)
        {
            return;
        }

        var order = new int[_found.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => _found[a].Score != _found[b].Score ? _found[b].Score.CompareTo(_found[a].Score) : a.CompareTo(b));

        // Characters already covered by an accepted finding: an overlap test costs the candidate's length, not the
        // number of accepted findings.
        var taken = ArrayPool<bool>.Shared.Rent(Text.Length);
        Array.Clear(taken, 0, Text.Length);
        var accepted = new List<GuardFinding>();
        foreach (var i in order)
        {
            var f = _found[i];
            if (f.Score >= threshold && f.End > f.Start && !taken.AsSpan(f.Start, f.End - f.Start).Contains(true))
            {
                taken.AsSpan(f.Start, f.End - f.Start).Fill(true);
                accepted.Add(f);
            }
        }

        if (_fills is not null)
        {
            foreach (var f in _fills)
            {
                if (f.Score >= threshold)
                {
                    AddUncovered(f, taken, accepted);
                }
            }
        }

        ArrayPool<bool>.Shared.Return(taken);
        accepted.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        foreach (var f in accepted)
        {
            findings.Add(f);
        }
    }

    private void AddUncovered(GuardFinding fill, bool[] taken, List<GuardFinding> accepted)
    {
        var p = fill.Start;
        while (p < fill.End)
        {
            while (p < fill.End && (taken[p] || !char.IsLetterOrDigit(Text[p])))
            {
                p++;
            }

            var e = p;
            while (e < fill.End && !taken[e])
            {
                e++;
            }

            // Trim separators left at the end of the stretch (", ", a line break before the next part).
            var te = e;
            while (te > p && !char.IsLetterOrDigit(Text[te - 1]) && Text[te - 1] != '.')
            {
                te--;
            }

            if (te > p)
            {
                taken.AsSpan(p, te - p).Fill(true);
                accepted.Add(fill with { Start = p, End = te });
            }

            p = e;
        }
    }

    /// <summary>Whether one of <paramref name="words"/> (lower case) occurs in the <paramref name="span"/> characters after <paramref name="index"/>.</summary>
    public bool After(int index, string[] words, int span) => Holds(index, Math.Min(Text.Length, index + span), words);

    /// <summary>True when one of <paramref name="words"/> occurs (case-insensitively) in the <paramref name="span"/> characters before <paramref name="index"/>.</summary>
    /// <remarks>The window is lower-cased once, so each word is an ordinal search; the word lists are lower case.</remarks>
    public bool Near(int index, string[] words, int span = 40) => Holds(Math.Max(0, index - span), index, words);

    // The window [from, to) lower-cased once, so each word is an ordinal search.
    private bool Holds(int from, int to, string[] words)
    {
        Span<char> window = stackalloc char[to - from];
        Text.AsSpan(from, to - from).ToLowerInvariant(window);
        foreach (var w in words)
        {
            if (window.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
