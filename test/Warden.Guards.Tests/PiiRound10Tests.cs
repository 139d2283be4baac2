using System.Text;

namespace Warden.Guards.Tests;

/// <summary>
/// Round 10: gaps found by scoring public data (Presidio's synthetic evaluation set, detect-secrets' test vectors).
/// Every input here is hand-written; each rule has a look-alike that must not fire.
/// </summary>
public sealed class PiiRound10Tests
{
    private static List<GuardFinding> Pii(string text) => DetectorProbe.Pii(text);

    private static List<GuardFinding> Secrets(string text) => DetectorProbe.Secrets(text);

    private static bool Covered(List<GuardFinding> found, string text, string part)
    {
        var at = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{part}' is not in the input");
        return found.Any(f => f.Start <= at && at + part.Length <= f.End);
    }

    [Theory]
    [InlineData("Please send it to 4417 Koivukuja 12 Apt. 9\nLAHTI, 15140 tomorrow.", "4417|Koivukuja 12|Apt. 9|LAHTI|15140", "tomorrow")]
    [InlineData("My new address is PSC 4410, Box 2231\nAPO AE 09012", "PSC 4410|Box 2231|APO AE 09012", "")]
    [InlineData("The office is at ul. Lipowa 17 Suite 3, Gdynia now.", "ul. Lipowa 17|Suite 3|Gdynia", "now")]
    [InlineData("Billing address: Tanvi Rao\n    80213 Rua das Flores 88 Apt. 14\n   Porto", "80213|Rua das Flores 88|Apt. 14|Porto", "")]
    [InlineData("She lives at 376 Andrássy út 21. Suite 5 Szeged.", "376|Andrássy út 21|Suite 5|Szeged", "")]
    public void AddressAfterCue_IsCoveredWhole(string text, string parts, string outside)
    {
        var found = Pii(text);
        foreach (var part in parts.Split('|'))
        {
            Assert.True(Covered(found, text, part), $"'{part}' not covered in: {text}");
        }

        if (outside.Length > 0)
        {
            Assert.False(Covered(found, text, outside));
        }
    }

    [Theory]
    [InlineData("The meeting is at 5 pm in room 4.")]
    [InlineData("Your interview is on June 22, 2000.")]
    [InlineData("My address book has 300 contacts and 12 groups.")]
    [InlineData("The build is on 4 machines since Monday.")]
    [InlineData("Please return to 10 minutes of silence.")]
    public void NumbersAfterAddressCues_AreNotAddresses(string text) =>
        Assert.DoesNotContain(Pii(text), f => f.Type == "STREET_ADDRESS");

    [Fact]
    public void AddressLines_WithoutCue_AreCovered()
    {
        const string text = "Amara Diallo\n\n1207 Lindenweg 5\n Suite 12\n Brno";
        var found = Pii(text);
        Assert.True(Covered(found, text, "1207"));
        Assert.True(Covered(found, text, "Suite 12"));
        Assert.DoesNotContain(Pii("Shopping list\n5 apples and 3 pears\n2 loaves"), f => f.Type == "STREET_ADDRESS");
    }

    [Fact]
    public void AddressBlock_KeepsTheStreetAndCityFindingsInside()
    {
        const string text = "Please ship to Gartenweg 34, 68039 Kassel.";
        var found = Pii(text);
        Assert.Contains(found, f => f.Type == "STREET_ADDRESS" && text[f.Start..f.End] == "Gartenweg 34");
        Assert.Contains(found, f => f.Type == "LOCATION" && text[f.Start..f.End] == "68039 Kassel");
    }

    [Theory]
    [InlineData("This 79 year old man reports chest pain.", "79")]
    [InlineData("I'm Noor, 31 y/o, from Leeds.", "31")]
    [InlineData("My sister just turned 60 last week.", "60")]
    [InlineData("Patient aged 42 was discharged.", "42")]
    [InlineData("a 7-year-old boy", "7")]
    public void Ages_AreFound(string text, string value) =>
        Assert.Contains(Pii(text), f => f.Type == "AGE" && text[f.Start..f.End] == value);

    [Theory]
    [InlineData("Turn 90 degrees to the left.")]
    [InlineData("The 300 year old oak fell.")]
    [InlineData("Turn 2 pages back.")]
    [InlineData("The 5-year plan starts now.")]
    public void NumbersThatAreNotAges_AreNotAges(string text) => Assert.DoesNotContain(Pii(text), f => f.Type == "AGE");

    [Theory]
    [InlineData("We fly out on Tuesday morning.", "Tuesday")]
    [InlineData("see you next friday then", "friday")]
    public void WeekdaysUsedAsDates_AreDates(string text, string value) =>
        Assert.Contains(Pii(text), f => f.Type == "DATE_TIME" && text[f.Start..f.End] == value);

    [Fact]
    public void DeadlineWeekday_WithoutDateCue_IsNotReported() =>
        Assert.DoesNotContain(Pii("Upgrade the agents before Friday."), f => f.Type == "DATE_TIME");

    [Fact]
    public void FourDigitZip_AfterZipLabel_IsFound()
    {
        Assert.Contains(Pii("ZIP: 3520"), f => f.Start == 5 && f.End == 9);
        Assert.Empty(Pii("Order 3520 shipped."));
    }

    [Fact]
    public void SpeakerLabels_InATranscript_AreNames()
    {
        const string text = "Ubul: What a day.\nMarta: Remember me?\nUbul: Of course.";
        Assert.Contains(Pii(text), f => f.Type == "PERSON" && text[f.Start..f.End] == "Ubul");
        Assert.DoesNotContain(Pii("Subject: quarterly report\nFrom: the team\nStatus: done"), f => f.Type == "PERSON");
    }

    [Fact]
    public void CapitalisedPlace_AfterPreposition_IsALocation()
    {
        const string text = "Mr. Leiva flew to LEPPEN on Tuesday.";
        Assert.Contains(Pii(text), f => f.Type == "LOCATION" && text[f.Start..f.End] == "LEPPEN");
        Assert.DoesNotContain(Pii("We switched the exporter to JSON output in the new build."), f => f.Type == "LOCATION");
    }

    [Fact]
    public void QuotedTitle_IsNotAName()
    {
        const string text = "His favourite was \"Tube Snake Boogie\" by the band.";
        Assert.DoesNotContain(Pii(text), f => f.Type == "PERSON");
    }

    [Fact]
    public void NameAfterANameQuestion_IsFound()
    {
        const string text = "What's your last name? Magnusson";
        Assert.Contains(Pii(text), f => f.Type == "PERSON" && text[f.Start..f.End] == "Magnusson");
    }

    [Fact]
    public void AddressPasses_StayLinear_OnBlankLinesBulletsAndCues()
    {
        var text = string.Concat(Enumerable.Repeat("\n\n - ??? \naddress is at ", 20_000)) + new string(' ', 100_000) + "12 Main St";
        var ms = Linearity.Milliseconds(() => Pii(text));
        Assert.True(ms < 2000, $"took {ms:F0} ms of CPU");
    }

    private static string B64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Fact]
    public void Jwt_WithoutSignature_IsFound_AndGarbageHeader_IsNot()
    {
        var token = B64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + B64Url("{\"sub\":\"4711\",\"name\":\"Ada\",\"iat\":1700000000}");
        Assert.Contains(Secrets("token: " + token), f => f.Type == "JWT");

        var fake = B64Url("{\"nothing\":\"here at all\"}") + "." + B64Url("{\"sub\":\"4711\",\"name\":\"Ada\"}") + ".c2lnbmF0dXJlc2lnbmF0dXJl";
        Assert.DoesNotContain(Secrets(fake), f => f.Type == "JWT");
    }

    [Fact]
    public void StripePublishableKey_IsNotASecret_ButSecretKeyIs()
    {
        Assert.Empty(Secrets("pk_live_Rb7dQm2XkT9wLp4sZc8vNh3J"));
        Assert.Contains(Secrets("sk_live_Rb7dQm2XkT9wLp4sZc8vNh3J"), f => f.Type == "STRIPE_KEY");
    }

    [Fact]
    public void GitLabServiceAccountToken_IsFound() =>
        Assert.Contains(Secrets("token glsoat-Xk29_qLmZ7vRt4pWn8sD3fGh"), f => f.Type == "GITLAB_TOKEN");

    [Fact]
    public void PasswordAssignedFromAVariable_IsNotASecret()
    {
        Assert.Empty(Secrets("$password = $input;"));
        Assert.NotEmpty(Secrets("password = \"Zq8#vL2mP4\""));
    }
}
