namespace Warden.Guards.Detectors;

/// <summary>
/// Well-known companies and brands without a legal suffix ("Microsoft", "Deloitte", "Morgan Stanley") as
/// <c>ORGANIZATION</c>. A hand-written list of large firms; names that are also everyday words or common surnames on
/// their own ("Apple", "Shell", "Target", "Visa", "Ford", "Dell") are left out, so "a visa dispute" and "Harrison Ford"
/// stay what they are. Matched with their capitalisation, as whole words.
/// </summary>
internal static class PiiCompanies
{
    public const double Score = 0.8;

    private static readonly string[] Names =
    [
        "Microsoft", "Google", "Alphabet", "Amazon Web Services", "Facebook", "Meta Platforms", "Instagram", "WhatsApp", "Netflix", "Nvidia", "NVIDIA",
        "Intel", "IBM", "Oracle Corporation", "Salesforce", "Adobe", "SAP", "Cisco", "Qualcomm", "Broadcom", "Samsung", "Sony", "Panasonic",
        "Toshiba", "Hitachi", "Huawei", "Xiaomi", "Lenovo", "Alibaba", "Tencent", "Baidu", "ByteDance", "TikTok", "Uber", "Lyft", "Airbnb", "Spotify",
        "PayPal", "eBay", "Twitter", "LinkedIn", "Snapchat", "Pinterest", "Reddit", "Dropbox", "Atlassian", "GitHub", "GitLab",
        "OpenAI", "Anthropic", "DeepMind", "Tesla", "SpaceX", "Boeing", "Airbus", "Lockheed Martin", "Raytheon", "General Electric", "Siemens",
        "Bosch", "Philips", "Nokia", "Ericsson", "Volkswagen", "BMW", "Mercedes-Benz", "Daimler", "Audi", "Porsche", "Toyota", "Honda", "Nissan",
        "Hyundai", "Renault", "Peugeot", "Stellantis", "Volvo", "Ferrari", "General Motors", "Chrysler", "Deloitte", "KPMG", "PwC",
        "PricewaterhouseCoopers", "Ernst & Young", "Accenture", "McKinsey", "Boston Consulting Group", "Bain & Company", "Gartner",
        "Goldman Sachs", "Morgan Stanley", "JPMorgan", "JP Morgan", "Citigroup", "Citibank", "Wells Fargo", "Bank of America",
        "Barclays", "HSBC", "Deutsche Bank", "Credit Suisse", "UBS", "BNP Paribas", "Santander", "ING", "Rabobank", "Nordea", "Danske Bank",
        "BlackRock", "Vanguard", "Charles Schwab", "American Express", "Mastercard", "MasterCard", "Allianz", "AXA",
        "Prudential", "MetLife", "Berkshire Hathaway", "Bloomberg", "Reuters", "Thomson Reuters", "Moody's", "Standard & Poor's",
        "Experian", "Equifax", "TransUnion", "Walmart", "Costco", "Carrefour", "Tesco", "Aldi", "Lidl", "IKEA", "Ikea", "Zara",
        "Nike", "Adidas", "Puma", "Unilever", "Procter & Gamble", "Nestlé", "Nestle", "Danone", "Coca-Cola", "PepsiCo", "Pepsi",
        "McDonald's", "Starbucks", "KFC", "Burger King", "Heineken", "Pfizer", "Moderna", "Novartis", "Roche", "AstraZeneca", "GlaxoSmithKline",
        "GSK", "Sanofi", "Bayer", "Merck", "Johnson & Johnson", "AbbVie", "Medtronic", "ExxonMobil", "Exxon", "Chevron", "BP", "TotalEnergies",
        "Gazprom", "Equinor", "Siemens Energy", "Verizon", "T-Mobile", "Vodafone", "Telefónica", "Deutsche Telekom", "Orange S.A.",
        "Comcast", "Disney", "Warner Bros", "Paramount", "Universal Music", "FedEx", "UPS", "DHL", "Maersk", "Lufthansa", "Ryanair", "easyJet",
        "Qatar Airways", "Delta Air Lines", "United Airlines", "American Airlines", "Expedia", "Tripadvisor", "Yelp",
        "Snowflake", "Databricks", "Stripe", "Shopify", "Squarespace", "Wix", "Autodesk", "Intuit", "Workday", "ServiceNow",
        "VMware", "Red Hat", "Canonical", "Mozilla", "Wikipedia", "Wikimedia", "Yahoo", "Bing", "AOL", "Nintendo", "Ubisoft", "Electronic Arts",
        "Activision", "Blizzard", "Epic Games", "Rakuten", "Mitsubishi", "Fujitsu", "Nikon", "Kodak", "Xerox", "Hewlett-Packard",
        "HP Inc", "Dell Technologies", "Logitech", "Western Digital", "Seagate", "Micron", "AMD", "Arm Holdings", "TSMC", "Foxconn", "LG Electronics",
        "Morningstar", "Nasdaq", "Zillow", "Glassdoor",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Whole = new HashSet<string>(Names, StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Starts = new HashSet<string>(
        Names.Select(n => n.IndexOf(' ') is var k and > 0 ? n[..k] : n), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Length of the known company name that starts at word <paramref name="i"/> (in words), or 0.</summary>
    public static int Match(string text, List<(int Start, int End)> words, int i)
    {
        var first = words[i];
        if (!Starts.Contains(text.AsSpan(first.Start, first.End - first.Start)))
        {
            return 0;
        }

        for (var len = Math.Min(4, words.Count - i); len >= 1; len--)
        {
            var e = words[i + len - 1].End;
            // "Procter & Gamble", "McDonald's": the name's own punctuation is part of the span.
            if (e - first.Start <= 40 && Whole.Contains(text.AsSpan(first.Start, e - first.Start))
                && (e >= text.Length || !char.IsLetterOrDigit(text[e]) && !(text[e] == '-' && e + 1 < text.Length && char.IsLetter(text[e + 1]))))
            {
                return len;
            }
        }

        return 0;
    }
}
