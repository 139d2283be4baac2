using Warden.Guards.Detectors;
using Warden.Guards.Evaluation;
using Xunit.Abstractions;

namespace Warden.Guards.Tests;

/// <summary>Round 5: names outside the gazetteers, full European addresses, more date forms, and their hard negatives.</summary>
public sealed class PiiRecallRound5Tests(ITestOutputHelper output)
{
    private static List<GuardFinding> Run(string text) => DetectorProbe.Pii(text);

    private static void AssertSpan(string text, string type, string value) =>
        Assert.Contains(Run(text), f => f.Type == type && text[f.Start..f.End] == value);

    [Theory]
    [InlineData("We met Ngozi Kahale at the station.", "Ngozi Kahale")]
    [InlineData("Transfer it to Temitope Oyelaran today.", "Temitope Oyelaran")]
    [InlineData("The form was signed by Aigerim K. Obi yesterday.", "Aigerim K. Obi")]
    [InlineData("Next of kin: BEKELE, Dawit (brother).", "BEKELE, Dawit")]
    [InlineData("Mein Name ist TEHRANI, Ngozi und ich wohne hier.", "TEHRANI, Ngozi")]
    [InlineData("Contact: Anahera Karimi | Tel: 555", "Anahera Karimi")]
    [InlineData("Could you call me back? Thanks, Adaeze", "Adaeze")]
    [InlineData("You can text Haruto after six.", "Haruto")]
    public void NamesOutsideTheGazetteer_AreFound(string text, string value) => AssertSpan(text, "PERSON", value);

    [Theory]
    [InlineData("Please ship to Gartenweg 34, 68039 Kassel.", "STREET_ADDRESS", "Gartenweg 34")]
    [InlineData("Please ship to Gartenweg 34, 68039 Kassel.", "LOCATION", "68039 Kassel")]
    [InlineData("Billing address: 132 rue de la Paix, 48517 Paris.", "STREET_ADDRESS", "132 rue de la Paix")]
    [InlineData("Billing address: 132 rue de la Paix, 48517 Paris.", "LOCATION", "48517 Paris")]
    [InlineData("Keizersgracht 123, 1015 CJ Amsterdam", "LOCATION", "1015 CJ Amsterdam")]
    [InlineData("I live at Flat 2, 150 Wellington Street, Norwich NR2 4AB.", "STREET_ADDRESS", "Flat 2, 150 Wellington Street")]
    [InlineData("Mail it to 49298 Kimberly Shoals Apt. 123, Lake Jennifer, NM 87654.", "STREET_ADDRESS", "49298 Kimberly Shoals Apt. 123")]
    [InlineData("Our office is at 1200 Pennsylvania Avenue NW, Washington.", "STREET_ADDRESS", "1200 Pennsylvania Avenue NW")]
    [InlineData("Shipping to 55 Harbour View Road, Hobart TAS 7000.", "LOCATION", "TAS 7000")]
    [InlineData("I moved from Ouagadougou to Lusaka last year.", "LOCATION", "Ouagadougou")]
    public void AddressesAndPlaces_AreFound(string text, string type, string value) => AssertSpan(text, type, value);

    [Theory]
    [InlineData("He was born 20-Mar-1997 in a small town.", "20-Mar-1997")]
    [InlineData("Hello, born on May 2002, that's me.", "May 2002")]
    [InlineData("We met in Nepal last February.", "February")]
    [InlineData("Call me at 07700 900967 tonight.", "07700 900967")]
    [InlineData("Please call 001-555-123-4567x123 tomorrow.", "001-555-123-4567x123")]
    [InlineData("Wohnhaft hier seit dem 1. März 2019.", "1. März 2019")]
    [InlineData("Nací el 12 de marzo de 1990 en Lima.", "12 de marzo de 1990")]
    [InlineData("Née le 3 juillet 1985 à Lyon.", "3 juillet 1985")]
    [InlineData("Appointment: March 3, 2020 at 10:30 AM.", "March 3, 2020 at 10:30 AM")]
    [InlineData("Logged on 2019-11-02 14:30 by the nurse.", "2019-11-02 14:30")]
    [InlineData("Your username: kofi_92 was locked.", "kofi_92")]
    [InlineData("Mein Benutzername ist Eb3re.Obi.", "Eb3re.Obi")]
    public void DatesAndNationalPhones_AreFound(string text, string value) => Assert.Contains(Run(text), f => text[f.Start..f.End] == value);

    [Theory]
    [InlineData("Please Contact Support If The Problem Persists.")]
    [InlineData("Read the Design Review notes before the Annual Meeting.")]
    [InlineData("Open Settings, then Privacy, then Advanced.")]
    [InlineData("You may 2007 times try again.")]
    [InlineData("Python 3.12 was released in October.")]
    [InlineData("Export the report as CSV, JSON or XML.")]
    [InlineData("The login failed 3 times.")]
    [InlineData("If it breaks, call Support and email Sales.")]
    [InlineData("Username is required and the handle field is empty.")]
    public void TitleCaseAndOrdinaryWords_AreNotPii(string text) => Assert.Empty(Run(text));

    /// <summary>Floors a little under the round-5 numbers in docs/guards-rounds.md, so a regression on these files fails.</summary>
    [Theory]
    [InlineData("pii", "pii.gen3.dev.jsonl", "pii_f2", 0.95)]
    [InlineData("pii", "pii.hand5.dev.jsonl", "pii_f2", 0.88)]
    [InlineData("pii", "pii.fields.dev.jsonl", "pii_f2", 0.95)]
    [InlineData("pii", "pii.gen2.dev.jsonl", "pii_f2", 0.97)]
    [InlineData("secrets", "secrets.gen3.dev.jsonl", "f1", 0.95)]
    [InlineData("secrets", "secrets.hand5.dev.jsonl", "f1", 0.9)]
    public void Round5DevFiles_KeepTheirScores(string detector, string file, string metric, double floor)
    {
        var result = GuardEvaluator.Evaluate(GuardEngine.CreateDefault(), detector, RepoFiles.Dev(file));
        output.WriteLine(result.ToJsonString());
        Assert.True((double)result[metric]! >= floor, $"{file}: {metric} {(double)result[metric]!:F3} < {floor}");
    }

    [Fact]
    public void PiiAndSecrets_StayLinearAndFast()
    {
        var unit = "Hi team, please review the deployment notes for Friday. Contact Maria Lopez at maria@example.org or +1 415 555 0134. ";
        var small = string.Concat(Enumerable.Repeat(unit, 40))[..4096];
        var large = string.Concat(Enumerable.Repeat(unit, 600))[..65536];
        var pii = new PiiDetector(0.5);
        var secrets = new SecretsDetector(0.5);
        var sink = new List<GuardFinding>();
        var ctx = GuardScanContext.For(GuardChannel.User);

        // The machine is shared: the fastest of several interleaved batches, in the thread's CPU time, is the least
        // disturbed estimate.
        TimeSpan Best(string text, int runs) => TimeSpan.FromMilliseconds(Linearity.Milliseconds(() =>
        {
            for (var i = 0; i < runs; i++)
            {
                pii.Scan(text, ctx, sink);
                secrets.Scan(text, ctx, sink);
                sink.Clear();
            }
        }) / runs);

        Best(small, 200);
        Best(large, 10);
        TimeSpan bestSmall = TimeSpan.MaxValue, bestLarge = TimeSpan.MaxValue;
        for (var b = 0; b < 10; b++)
        {
            var s = Best(small, 32);
            var l = Best(large, 2);
            bestSmall = s < bestSmall ? s : bestSmall;
            bestLarge = l < bestLarge ? l : bestLarge;
        }

        var mbPerSecond = 4096 / bestSmall.TotalSeconds / 1e6;
        output.WriteLine($"PII + secrets: 4 KB {bestSmall.TotalMicroseconds:F0} µs ({mbPerSecond:F1} MB/s), 64 KB {bestLarge.TotalMicroseconds:F0} µs");

        // 16 times the text may cost at most ~2.5 times proportionally more (linear, with noise). Throughput itself (the
        // 20 MB/s target) is measured by the benchmarks on a quiet machine, not asserted here: a loaded CI machine once
        // gave 0.4 MB/s of wall time for the same code.
        Assert.True(bestLarge < bestSmall * 40, $"4 KB {bestSmall.TotalMicroseconds:F0} µs, 64 KB {bestLarge.TotalMicroseconds:F0} µs");
    }
}
