using System.Text.RegularExpressions;

namespace Warden.Guards.Detectors;

/// <summary>Shape patterns for structured PII; checksums and context decide afterwards. Bounded quantifiers plus timeouts.</summary>
internal static partial class PiiPatterns
{
    private const RegexOptions Opts = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>
    /// Every structured shape in one pass. The group names document the alternatives; the detector enumerates
    /// allocation-free <c>ValueMatch</c>es and <see cref="StructuredIds"/> decides the type from the matched characters.
    /// </summary>
    [GeneratedRegex(
        @"(?<EMAIL_ADDRESS>\b[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@[A-Za-z0-9][A-Za-z0-9\-]{0,62}(?:\.[A-Za-z0-9\-]{1,63}){0,5}\.[A-Za-z]{2,24}\b)"
        + @"|(?<IBAN_CODE>\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b)"
        + @"|(?<MAC_ADDRESS>\b[0-9A-Fa-f]{2}(?:[:\-][0-9A-Fa-f]{2}){5}\b)"
        + @"|(?<IP_ADDRESS>\b(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\b(?!\.\d))"
        + @"|(?<IPV6>(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{0,4}(?:::?[0-9A-Fa-f]{1,4}){0,6}(?![\w:]))"
        + @"|(?<CRYPTO>\b(?:bc1[a-z0-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|0x[a-fA-F0-9]{40})\b)"
        + @"|(?<US_SSN>\b\d{3}[- ]\d{2}[- ]\d{4}\b)"
        + @"|(?<CREDIT_CARD>\b\d{4}(?:[ \-]?\d{4}){2}(?:[ \-]?\d{1,7})?\b|\b\d{4}[ \-]?\d{6}[ \-]?\d{5}\b)"
        + @"|(?<PHONE_NUMBER>(?<![\w+])(?:(?:\+|00)\d{1,3}[ .\-]{0,2}(?:\(0\)[ ]?)?(?:\(\d{1,5}\)[ .\-]?)?\d{1,5}(?:[ .\-]\d{1,8}){1,5}|(?:\(\d{1,5}\)[ .\-]?)?\d{2,5}(?:[ .\-]\d{2,5}){1,4}|0\d{1,4}[ \-]\d{5,8}|\(0\d{1,4}\)[ ]?\d{6,8})(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w])|(?<![\w+])\+\d{8,14}\b|\(\d{3}\)\d{3}-\d{4}\b|\b\d{3}-\d{3}-\d{4}\b)"
        + @"|(?<UK_NHS>\b\d{3}[ \-]?\d{3}[ \-]?\d{4}\b)"
        + @"|(?<ES_NIF>\b[XYZ0-9]\d{7}[A-Z]\b)",
        Opts, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Structured();

    /// <summary>National ids checked afterwards: UK NINO (prefix rules), Indian Aadhaar (Verhoeff) and PAN.</summary>
    [GeneratedRegex(
        @"(?<UK_NINO>\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b)"
        + @"|(?<IN_AADHAAR>\b[2-9]\d{3}[ \-]?\d{4}[ \-]?\d{4}\b)"
        + @"|(?<IN_PAN>\b[A-Z]{3}[ABCFGHLJPT][A-Z]\d{4}[A-Z]\b)",
        Opts, matchTimeoutMilliseconds: 2000)]
    public static partial Regex NationalId();

    [GeneratedRegex(
        @"\b(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}|(?:19|20)\d{2}[/.\-]\d{1,2}[/.\-]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"
        + @"|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s\d{1,2}(?:st|nd|rd|th)?(?:,?\s(?:19|20)\d{2})?"
        + @"|\d{1,2}[\-/ ](?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)[\-/ ](?:19|20)\d{2}|\d{1,2}-(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)-\d{2}"
        + @"|\d{1,2}(?:st|nd|rd|th)?\s(?:of\s)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:,?\s(?:19|20)\d{2})?"
        + @"|(?:jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s(?:19|20)\d{2}"
        + @"|\d{1,2}(?:\.|er)?\s(?:de\s)?(?:januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)(?:,?\s(?:de\s)?(?:19|20)\d{2})?"
        + @"|(?:19|20)\d{2}s?|(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?[ap]\.?m\b\.?)\b",
        Opts | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Date();

    // One to three spaces, tabs or no-break spaces between the words of a name-first European street ("Rue  du Rhône 14").
    private const string Blank = "[ \\t\u00A0]{1,3}";

    // A Polish street ("ul. Miła 4", "przy ulicy Kwiatowej 23", "al. Jana Pawła II 12", "pl. Grunwaldzki 3/5"): one to four
    // capitalised words (an initial such as "J." may sit between) and a house number of one to three digits (a four-digit
    // year is none), with an optional letter and an optional "/flat" part. An abbreviated street word ("ul.", "al.", "pl.") is
    // part of the address, as Presidio writes it; a written-out one, in lower case ("przy ulicy", "na placu", "osiedle"), is
    // prose and stays outside the span. "et al.", "Al." (a first name), "os." (the module), a file extension ("run.pl.") and
    // capitalised "Plac" / "Ulica" are no street words; a number followed by a decimal point, colon, slash or more digits
    // ends nothing.
    private const string PolishStreet =
        @"(?:(?<![\p{L}\p{N}._/\\\-])(?:[Uu]l|(?<!\bet" + Blank + @")al|[Pp]l)\." + Blank
        + @"|(?<=(?<![\p{L}\p{N}._/\\\-])(?:ulic[aęyą]|ale(?:j[aęą]|i)|plac(?:u|em)?|osiedl[eu])" + Blank + @"))"
        + @"\p{Lu}[\p{L}'\-]{1,30}(?:" + Blank + @"(?:\p{Lu}[\p{L}'\-]{1,30}|\p{Lu}\.))" + "{0,3}" + @",?" + Blank + @"\d{1,3}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\p{L}\p{N}])(?![.:,/]?\d)";

    [GeneratedRegex(
        @"\b\d{1,6}[A-Za-z]?,?\s(?:[A-Z][A-Za-z'\-]{1,25}\s){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Square|Sq|Terrace|Ter|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Trail|Trl|Crescent|Close|Alley|Row|Plaza|Loop|Path|Pike|Run|Walk|Crossing|Point|Ridge|Hill|Hills|View|Park|Gardens|Heights|Mews|Green|Grove|Rise)\b\.?(?:\s(?:NW|NE|SW|SE)\b)?(?:,?\s(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#)\s?\d{1,5}[A-Za-z]?)?"
        + @"|\b(?:(?!(?:Aan|Op|In|Bij|Naar|Van|Uit|Over|Voor|Langs|Met|En|Of)\s)\p{Lu}[a-zäöüëï]{2,30}\s(?:van\s(?:de[nr]?\s)?|de\s|den\s|ter\s|'t\s))?"
        + @"(?:[A-ZÄÖÜ][a-zäöüß\-]{2,30}(?:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|gracht|laan|straat|vägen|gatan))\s\d{1,5}[a-zA-Z]?\b"
        + @"|\b(?:Laan|Weg|Plein|Kade|Dreef|Singel|Straat|Hof)\svan\s(?:de[nr]?\s)?\p{Lu}[\p{L}'\-]{1,30}(?:\s\p{Lu}[\p{L}'\-]{1,30})?\s\d{1,4}[a-zA-Z]?\b"
        + @"|\b\d{1,5},?\s(?:rue|avenue|boulevard|place|chemin|allée|impasse|quai)\s(?:de\s(?:la\s|l')?|d[eu']\s?|des\s|la\s|les\s)?[A-ZÉ][\w'\-]{1,30}(?:\s[A-ZÉ][\w'\-]{1,30}){0,3}"
        + @"|\b(?:Calle|Avenida|Avda\.|Av\.|Via|Viale|Piazza|Corso|Rua|Travessa|Plaza|Paseo)\s(?:d[eio]l?\s|de\sla\s)?[A-Z][\w'\-]{1,30}(?:\s[A-Z][\w'\-]{1,30}){0,3},?\s(?:n\.?[º°]\s?|número\s|numero\s)?\d{1,5}"
        + @"|\b(?:\d{1,5}" + Blank + @")?(?:[Rr]ue|Avenue|Boulevard|Chemin|Quai|Impasse|Allée|(?:Place|Route)(?=" + Blank + "(?:de|du|des)" + Blank + "|" + Blank + "d'))" + Blank
        + @"(?:de" + Blank + "(?:la" + Blank + "|l')?|d[eu]" + Blank + "|d'|des" + Blank + "|la" + Blank + "|le" + Blank + "|les" + Blank + @")?\p{Lu}[\p{L}'\-]{1,30}"
        + @"(?:" + Blank + "(?:(?:de|du|des)" + Blank + @"|d')?\p{Lu}[\p{L}'\-]{1,30}){0,3},?" + Blank + @"\d{1,3}[a-z]?\b(?![.:/]?\d)"
        + @"|\b\p{Lu}[a-zäöüß]{2,30}er" + Blank + @"(?:Straße|Strasse|Str\.|Allee|Platz|Weg|Gasse|Damm|Chaussee)" + Blank + @"\d{1,5}[a-z]?\b"
        + @"|" + PolishStreet,
        Opts, matchTimeoutMilliseconds: 2000)]
    public static partial Regex StreetAddress();

    [GeneratedRegex(
        @"\b(?:[A-Z][A-Za-z&'\-]{1,30}\s){0,3}(?:University|Bank|Institute|College|Academy|Museum|Ministry|Department)\sof\s\p{Lu}[\p{L}'\-]{1,30}(?:\s\p{Lu}[\p{L}'\-]{1,30}){0,2}\b"
        + @"|\b(?:St\.\s)?(?:[A-Z][A-Za-z&'\-]{1,30}\s){1,4}(?:Inc|LLC|LLP|Ltd|Limited|Corp|Corporation|Company|Co|GmbH|AG|SA|S\.A|SAS|SARL|SpA|Srl|PLC|plc|BV|NV|AB|AS|ASA|Oy|Oyj|Pty|Pvt|Group|Holdings|Partners|Associates|Bank|University|Institute|Foundation|Hospital|Clinic|College|Academy|Museum|Association|Labs|Technologies|Systems|Solutions|Industries|Enterprises|Consulting|Ventures|Capital|Airlines|Airways|Pharmaceuticals|Motors|Logistics|Bros|Research|Insurance|Agency|Transit|Analytics|Orchestra|Society|Federation|Council|Committee|Commission|Authority|Library|Studios|Publishing)\b\.?"
        + @"|\b[A-Z][A-Za-z]{1,30}(?:,\s|\s|-)(?:and|&)\s[A-Z][A-Za-z]{1,30}\b\.?",
        Opts, matchTimeoutMilliseconds: 2000)]
    public static partial Regex Organization();

    [GeneratedRegex(
        @"\b(?:zip(?:\s?code)?|postal\s?code|postcode|plz)(?:\s?:|\sis)?\s?(?<v>\d{4}\s?(?-i:[A-Z]{2})(?!\p{L})|\d{3}\s\d{2}(?!\s?\d)\b|\d{4,5}(?:-\d{4})?|\d{2}-\d{3}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b|\b(?<v>[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2})\b",
        Opts | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 2000)]
    public static partial Regex PostalCode();

    /// <summary>A US state code followed by a ZIP code ("CA 94043"), or an Australian state and postcode ("TAS 7000").</summary>
    [GeneratedRegex(
        @"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC),?\s\d{5}(?:-\d{4})?\b|\b(?:NSW|VIC|QLD|TAS|SA|WA|NT|ACT)\s\d{4}\b",
        Opts, matchTimeoutMilliseconds: 2000)]
    public static partial Regex StateZip();
}
