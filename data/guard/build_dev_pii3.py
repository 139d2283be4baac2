# Round 5: a third generated PII dev file with other phrasing than build_dev_gen*.py: Presidio-style sentences
# ("My name is ...", "I live at ..."), multilingual support-ticket / form text, full street addresses with postcode
# and city (US, UK, DE, FR, ES, IT, NL), names from cultures outside the detector's Bogus gazetteers, dates written
# many ways, national phone formats, plus hard negatives. Written BEFORE the round-5 changes and measured first.
# Run from data/guard: python3 build_dev_pii3.py  -> dev/pii.gen3.dev.jsonl
import random, string
import jsonl
from spanrows import row
R = random.Random(20261130)


def luhn(prefix, length):
    d = [int(c) for c in prefix] + [R.randrange(10) for _ in range(length - len(prefix) - 1)]
    for check in range(10):
        tot = 0
        for i, x in enumerate(reversed(d + [check])):
            if i % 2 == 1:
                x = x * 2 - 9 if x * 2 > 9 else x * 2
            tot += x
        if tot % 10 == 0:
            return "".join(map(str, d + [check]))


def iban(cc, length):
    bban = "".join(R.choice(string.digits) for _ in range(length - 4))
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    v = f"{cc}{chk:02d}{bban}"
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)) if R.random() < 0.6 else v


# Given and family names chosen from West/East African, Pacific, South/Central Asian, Amharic, Persian, Hawaiian
# and Caribbean naming traditions, avoiding the common European/US names the gazetteers are built from.
GIVEN = ["Chinonso", "Adaeze", "Tesfaye", "Siosaia", "Kalani", "Oluwaseun", "Nkechi", "Thandiwe", "Makoa", "Ayaan", "Farzaneh",
         "Bongani", "Tavita", "Kofi", "Ebere", "Nandini", "Zhaoyang", "Temitope", "Wanjiru", "Anahera", "Dawit", "Shirin", "Keoni",
         "Folasade", "Ruslanbek", "Aigerim", "Tupac", "Yared", "Ngozi", "Lokelani"]
FAMILY = ["Okonkwo", "Nwosu", "Bekele", "Tupou", "Kahale", "Adeyemi", "Mbeki", "Kamakau", "Chaudhry", "Tehrani", "Zulu", "Faleolo",
          "Boateng", "Eze", "Raghunathan", "Mwangi", "Ngata", "Haile", "Karimi", "Akana", "Oyelaran", "Nurmagambetov", "Quispe",
          "Tadesse", "Obi", "Kealoha", "Abiodun", "Seitkali", "Mamani", "Gebremariam"]
LOCATION = ["Addis Ababa", "Kuala Lumpur", "Ouagadougou", "Ulaanbaatar", "Port Moresby", "Nuku'alofa", "Accra", "Kigali", "Almaty",
            "Lusaka", "Windhoek", "Bishkek", "Colombo", "Kathmandu", "Montevideo", "Asunción", "Tbilisi", "Yerevan", "Ghana",
            "Kenya", "Mongolia", "Peru", "Uruguay", "Nepal", "Sri Lanka", "New Zealand", "Ethiopia", "Kazakhstan"]
ORG = ["Meridian Logistics Ltd", "Kestrel Analytics GmbH", "Bluewater Fisheries Inc.", "Azura Pharma S.A.", "Harbourview Dental LLC",
       "Tamarind Software Pvt Ltd", "Nordlys Energi AS", "Greenfield Credit Union", "Solace Health Partners", "Ironbark Mining Corp"]


def person():
    g, f = R.choice(GIVEN), R.choice(FAMILY)
    r = R.random()
    if r < 0.15:
        return f"{f.upper()}, {g}"
    if r < 0.3:
        return f"{g} {R.choice(string.ascii_uppercase)}. {f}"
    if r < 0.4:
        return f"{g} {R.choice(GIVEN)} {f}"
    return f"{g} {f}"


def email():
    g, f = R.choice(GIVEN).lower(), R.choice(FAMILY).lower()
    return R.choice([f"{g}.{f}", f"{g[0]}{f}{R.randrange(1, 99)}", f"{f}_{g}"]) + "@" + R.choice(["mailhub.test", "correo.example", "post.example.org", "inbox.example.co.uk"])


def phone():
    a = R.randrange
    return R.choice([
        f"({a(201, 989)}) {a(200, 999)}-{a(1000, 9999)}", f"{a(201, 989)}-{a(200, 999)}-{a(1000, 9999)}",
        f"+1 {a(201, 989)} {a(200, 999)} {a(1000, 9999)}", f"020 7946 {a(1000, 9999)}", f"07700 900{a(100, 999)}",
        f"+33 6 {a(10, 99)} {a(10, 99)} {a(10, 99)} {a(10, 99)}", f"06 {a(10, 99)} {a(10, 99)} {a(10, 99)} {a(10, 99)}",
        f"+49 151 {a(1000000, 9999999)}", f"030 {a(1000000, 9999999)}", f"+39 3{a(10, 99)} {a(100, 999)} {a(1000, 9999)}",
        f"+31 6 {a(10000000, 99999999)}", f"+34 9{a(10, 99)} {a(10, 99)} {a(10, 99)} {a(10, 99)}", f"+1-{a(201, 989)}-{a(200, 999)}-{a(1000, 9999)}"])


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date():
    a = R.randrange
    d, m, y = a(1, 29), a(1, 13), a(1950, 2024)
    sfx = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return R.choice([
        f"{MONTHS[m - 1]} {d}{sfx}, {y}", f"{d} {MONTHS[m - 1]} {y}", f"{m:02d}/{d:02d}/{y % 100:02d}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}", f"the {d}{sfx} of {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1][:3]} {d}, {y}", f"{d}-{MONTHS[m - 1][:3]}-{y}",
        f"{MONTHS[m - 1]} {y}", f"{m}/{d}/{y}"])


def address():
    """(street, rest) where rest is the city/postcode part; both labelled as one STREET_ADDRESS span by the caller."""
    a = R.randrange
    return R.choice([
        (f"{a(10, 9999)} {R.choice(['Maple', 'Juniper', 'Sycamore', 'Kingfisher', 'Old Mill', 'Cedar Hollow'])} {R.choice(['Street', 'Avenue', 'Road', 'Lane', 'Drive', 'Blvd'])}",
         f"{R.choice(['Springfield', 'Fairview', 'Riverside', 'Greenville', 'Madison'])}, {R.choice(['IL', 'OH', 'TX', 'OR', 'GA'])} {a(10000, 99999)}"),
        (f"Flat {a(1, 40)}, {a(1, 200)} {R.choice(['Wellington', 'Albion', 'Chester', 'Marlborough'])} {R.choice(['Road', 'Street', 'Gardens', 'Crescent'])}",
         f"{R.choice(['Leeds', 'Bristol', 'Norwich', 'Reading'])} {R.choice(['LS6', 'BS8', 'NR2', 'RG1'])} {a(1, 9)}{R.choice(['AB', 'QT', 'HX', 'NW'])}"),
        (f"{R.choice(['Lindenstraße', 'Bahnhofstraße', 'Gartenweg', 'Mozartstraße', 'Schillerplatz'])} {a(1, 120)}",
         f"{a(10000, 99999)} {R.choice(['Berlin', 'Leipzig', 'Kassel', 'Bremen', 'Freiburg'])}"),
        (f"{a(1, 150)} {R.choice(['rue de la Paix', 'avenue Victor Hugo', 'boulevard Voltaire', 'rue des Lilas', 'place Bellecour'])}",
         f"{a(10000, 95999)} {R.choice(['Paris', 'Lyon', 'Nantes', 'Toulouse', 'Lille'])}"),
        (f"{R.choice(['Calle de Alcalá', 'Calle Mayor', 'Avenida de la Constitución', 'Paseo de Gracia'])} {a(1, 200)}",
         f"{a(10000, 52999):05d} {R.choice(['Madrid', 'Sevilla', 'Barcelona', 'Zaragoza'])}"),
        (f"{R.choice(['Via Roma', 'Via Garibaldi', 'Corso Vittorio Emanuele', 'Viale Europa'])} {a(1, 200)}",
         f"{a(10000, 98999)} {R.choice(['Torino', 'Bologna', 'Milano', 'Firenze'])}"),
        (f"{R.choice(['Keizersgracht', 'Prinsengracht', 'Dorpsstraat', 'Stationsweg'])} {a(1, 400)}",
         f"{a(1000, 9999)} {R.choice(['AB', 'KL', 'XR', 'TE'])} {R.choice(['Amsterdam', 'Utrecht', 'Haarlem', 'Delft'])}"),
    ])


def full_address():
    s, rest = address()
    return f"{s}, {rest}"


def ip():
    if R.random() < 0.3:
        return ":".join(f"{R.randrange(0, 65536):x}" for _ in range(8))
    return ".".join(str(R.randrange(1, 255)) for _ in range(4))


def card():
    n = luhn(R.choice(["4", "51", "55", "6011"]), 16)
    return R.choice([" ".join(n[i:i + 4] for i in range(0, 16, 4)), "-".join(n[i:i + 4] for i in range(0, 16, 4)), n])


def ssn():
    a, g, s = R.randrange(101, 665), R.randrange(10, 99), R.randrange(1000, 9999)
    return f"{a}-{g}-{s}"


P, E, PH, D, A, L, O = "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "DATE_TIME", "STREET_ADDRESS", "LOCATION", "ORGANIZATION"
# Round 14: an honorific before a name is its own TITLE span, as in Presidio's data (the PERSON span is the name alone).
T = "TITLE"
TEMPLATES = [
    lambda: row("My name is {} and I live at {}.", [(P, person()), (A, full_address())]),
    lambda: row("Hello, I'm {}, born on {}. You can call me at {}.", [(P, person()), (D, date()), (PH, phone())]),
    lambda: row("Please ship the package to {} at {}.", [(P, person()), (A, full_address())]),
    lambda: row("{} was admitted on {} with chest pain; next of kin {} ({}).", [(P, person()), (D, date()), (P, person()), (PH, phone())]),
    lambda: row("Dear {},\nYour appointment is confirmed for {}. Reply to {} to reschedule.", [(P, person()), (D, date()), (E, email())]),
    lambda: row("Contact: {} | Tel: {} | Email: {}", [(P, person()), (PH, phone()), (E, email())]),
    lambda: row("Name: {}\nDOB: {}\nAddress: {}", [(P, person()), (D, date()), (A, full_address())]),
    lambda: row("I moved from {} to {} in {}.", [(L, R.choice(LOCATION)), (L, R.choice(LOCATION)), (D, str(R.randrange(1990, 2024)))]),
    lambda: row("Card number {} expires {}; cardholder {}.", [("CREDIT_CARD", card()), (D, f"{R.randrange(1, 13):02d}/{R.randrange(26, 31)}"), (P, person())]),
    lambda: row("Mein Name ist {}, ich wohne in der {}. Telefon: {}", [(P, person()), (A, full_address()), (PH, phone())]),
    lambda: row("Je m'appelle {} et j'habite au {}. Mon numéro : {}.", [(P, person()), (A, full_address()), (PH, phone())]),
    lambda: row("Me llamo {}, nací el {} y vivo en {}.", [(P, person()), (D, date()), (L, R.choice(LOCATION))]),
    lambda: row("Il signor {} risiede in {}.", [(P, f"{R.choice(GIVEN)} {R.choice(FAMILY)}"), (A, full_address())]),
    lambda: row("Mijn naam is {} en mijn IBAN is {}.", [(P, person()), ("IBAN_CODE", iban("NL", 18))]),
    lambda: row("Transfer EUR 250 to {} ({}), reference invoice 4471.", [("IBAN_CODE", iban(R.choice(["DE", "FR", "ES"]), R.choice([22, 27, 24]))), (P, person())]),
    lambda: row("The login from {} for user {} was blocked at 03:14.", [("IP_ADDRESS", ip()), (E, email())]),
    lambda: row("{} works at {} in {}.", [(P, person()), (O, R.choice(ORG)), (L, R.choice(LOCATION))]),
    lambda: row("Signed, {}, {}", [(P, person()), (D, date())]),
    lambda: row("From: {} <{}>\nSubject: my claim", [(P, person()), (E, email())]),
    lambda: row("SSN {} belongs to {}, who was born {}.", [("US_SSN", ssn()), (P, person()), (D, date())]),
    lambda: row("{} {} said the refund would arrive by {}.", [(T, "Ms."), (P, R.choice(FAMILY)), (D, date())]),
    lambda: row("According to {} {}, the samples were sent to {}.", [(T, "Dr."), (P, f"{R.choice(GIVEN)} {R.choice(FAMILY)}"), (O, R.choice(ORG))]),
    lambda: row("Billing address: {}. Phone {}.", [(A, full_address()), (PH, phone())]),
    lambda: row("We met {} and {} in {} last {}.", [(P, person()), (P, person()), (L, R.choice(LOCATION)), (D, R.choice(MONTHS))]),
    lambda: row("{} wrote: \"send the keys to {}\"", [(P, f"{R.choice(GIVEN)} {R.choice(FAMILY)}"), (A, full_address())]),
    lambda: row("Patient: {}, DOB {}, MRN 55-1029. Allergies: none.", [(P, person()), (D, date())]),
    lambda: row("Olá, sou {} e meu e-mail é {}.", [(P, person()), (E, email())]),
    lambda: row("Could you update my number to {}? Thanks, {}", [(PH, phone()), (P, f"{R.choice(GIVEN)}")]),
]

NEGATIVES = [
    "The quarterly report is due on the last business day; see section 4.2 for the template.",
    "Version 3.14.2 fixes the crash reported in ticket 8812 and bumps the timeout to 30 s.",
    "Order 4471-2209 shipped in 3 boxes weighing 12.5 kg in total.",
    "The Great Barrier Reef Foundation Report lists 1,500 species.",
    "Please Contact Support If The Problem Persists.",
    "Set the retry count to 5 and the backoff to 250 ms in config.yaml.",
    "Room 101 is booked from 10:00 to 11:30 for the Design Review.",
    "The function returns 404 when the resource is missing and 200 otherwise.",
    "Our Spring Sale ends Sunday: 20% off all Winter Jackets.",
    "Chapter 12 covers Linear Regression and Gradient Descent.",
    "Use SHA-256 and AES-128-GCM; never MD5.",
    "The model scored 87.5 on the benchmark, up from 81.2.",
    "Kubernetes Deployment Strategies: Blue Green and Canary.",
    "Item SKU 220-4471-88 is out of stock until restock.",
    "He ran 42 km in 3:05:11, a personal best.",
    "The Annual General Meeting approved Resolution 7.",
    "Read the Terms of Service before using the Public API.",
    "Temperature rose by 2.3 degrees over 150 years.",
    "Build 20240611 passed all 1,204 tests.",
    "Great Work Everyone On The Launch!",
    "Insert Coin To Continue",
    "Machine Learning Engineer, Remote, Full Time",
    "The Lord of the Rings has 3 volumes and 62 chapters.",
    "Apply the patch, then Restart Service and Clear Cache.",
    "Error Code 0x80070005 means Access Denied.",
    "Quarterly Revenue Growth was 4.5 percent.",
    "Step 3: Open Settings, then Privacy, then Advanced.",
    "Friendly Reminder: Standup Moves To Room B.",
    "Python 3.12 and Node 20 are supported on Ubuntu 22.04.",
    "Each box holds 24 bottles of 330 ml.",
]


def main():
    rows = []
    for _ in range(8):
        for t in TEMPLATES:
            rows.append(t())
    for n in NEGATIVES:
        rows.append({"text": n, "spans": []})
    R.shuffle(rows)
    jsonl.write("dev/pii.gen3.dev.jsonl", rows)
    print(len(rows), "rows")


main()
