using System.Text.Json;
using System.Text.RegularExpressions;
using Warden.Guards.Detectors;

namespace Warden.Guards.Tests;

/// <summary>
/// The region checks that let the PII date, postcode and state-ZIP regexes skip regions: each must accept every region
/// its regex matches in (or findings would change), and must reject the number-heavy regions it exists to skip.
/// </summary>
public sealed class RegionShapesTests
{
    public static TheoryData<string> DateRegions() =>
    [
        "born 14 March 2020", "on 3.4.21 at", "2021-04-03 14:30", "Mar 3, 2021", "in 1998 we", "the 1990s", "at 5pm", "10:30 a.m. sharp",
        "until 11 PM", "14th of March", "1er mai 2020", "3 de mayo de 2020", "14. März 2020", "21 luglio 2019", "12-mar-20", "8-Jan-2021",
        "7 août", "vom 3. Okt 2020",
    ];

    [Theory]
    [MemberData(nameof(DateRegions))]
    public void MayHoldDate_AcceptsDates(string region)
    {
        Assert.True(PiiPatterns.Date().IsMatch(region), region);
        Assert.True(RegionShapes.MayHoldDate(region));
    }

    [Theory]
    [InlineData("| Q1 | 1,204,000 | 4.2% |")]
    [InlineData("TIMEOUT_SECONDS = 30\n\ndef fetch_invoices(customer_id:")]
    [InlineData("(phone +44 20 7946 0958);")]
    [InlineData("Street, London NW1 6XE by")]
    public void MayHoldDate_RejectsNumbersWithoutDateShape(string region)
    {
        Assert.DoesNotMatch(PiiPatterns.Date(), region);
        Assert.False(RegionShapes.MayHoldDate(region));
    }

    [Theory]
    [InlineData("London NW1 6XE")]
    [InlineData("postcode SW1A 1AA")]
    [InlineData("zip code is 2200")]
    [InlineData("PLZ: 10115 Berlin")]
    [InlineData("EC1A 1BB")]
    public void MayHoldPostcode_AcceptsPostcodes(string region)
    {
        Assert.True(PiiPatterns.PostalCode().IsMatch(region), region);
        Assert.True(RegionShapes.MayHoldPostcode(region));
    }

    [Theory]
    [InlineData("| Q1 | 1,204,000 | 4.2% |")]
    [InlineData("order #88412 never")]
    public void MayHoldPostcode_RejectsOtherNumbers(string region) => Assert.False(RegionShapes.MayHoldPostcode(region));

    [Theory]
    [InlineData("Mountain View, CA 94043")]
    [InlineData("Hobart TAS 7000")]
    [InlineData("Springfield, IL, 62701")]
    public void MayHoldStateZip_AcceptsStateAndZip(string region)
    {
        Assert.True(PiiPatterns.StateZip().IsMatch(region), region);
        Assert.True(RegionShapes.MayHoldStateZip(region));
    }

    [Fact]
    public void NonAsciiRegions_AreAlwaysScanned()
    {
        // \d matches other scripts' digits and case-insensitive letters reach beyond ASCII (the Kelvin sign is a 'k').
        Assert.True(RegionShapes.MayHoldDate("١٢ x"));
        Assert.True(RegionShapes.MayHoldPostcode("١٢ x"));
        Assert.True(RegionShapes.MayHoldStateZip("١٢ x"));
    }

    /// <summary>
    /// The checks are supersets of their patterns on every region the detector builds from the development files: a
    /// pattern change that adds a shape the check does not know fails here.
    /// </summary>
    [Fact]
    public void EveryMatchingDevRegion_PassesItsCheck()
    {
        var checkedRegions = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoFiles.Root, "data", "guard", "dev"), "*.jsonl"))
        {
            foreach (var line in File.ReadLines(file))
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var doc = JsonDocument.Parse(line);
                if (!doc.RootElement.TryGetProperty("text", out var t) || t.GetString() is not { } text)
                {
                    continue;
                }

                checkedRegions += Check(text, ScanRegions.AroundDateDigits(text, 2, 2), PiiPatterns.Date(), RegionShapes.MayHoldDate);
                var wide = ScanRegions.AroundDigits(text, 3, 1);
                checkedRegions += Check(text, wide, PiiPatterns.PostalCode(), RegionShapes.MayHoldPostcode);
                checkedRegions += Check(text, wide, PiiPatterns.StateZip(), RegionShapes.MayHoldStateZip);
            }
        }

        Assert.True(checkedRegions > 100, $"only {checkedRegions} matching regions in the dev files");
    }

    private static int Check(string text, List<(int Start, int End)> regions, Regex regex, RegionFilter filter)
    {
        var matching = 0;
        foreach (var (s, e) in regions)
        {
            var region = text.AsSpan(s, e - s);
            if (regex.IsMatch(region))
            {
                matching++;
                Assert.True(filter(region), $"{regex} matches but the check skips: {region}");
            }
        }

        return matching;
    }
}
