# A second generated PII dev file, written in round 4 AFTER the PII fixes and evaluated once without further tuning,
# so it is an unseen check of the detector (own templates, other names, formats and hard negatives).
# Run from data/guard: python3 build_dev_gen2.py  -> dev/pii.gen2.dev.jsonl
import json, random, string
from spanrows import row
R = random.Random(20251122)

def luhn_complete(prefix, length):
    d = [int(c) for c in prefix] + [R.randrange(10) for _ in range(length - len(prefix) - 1)]
    for check in range(10):
        tot = 0
        for i, x in enumerate(reversed(d + [check])):
            if i % 2 == 1: x = x * 2 - 9 if x * 2 > 9 else x * 2
            tot += x
        if tot % 10 == 0: return "".join(map(str, d + [check]))

def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes: out.append(s[i:i+n]); i += n
    return sep.join(out)

def iban(cc, length):
    bban = "".join(R.choice(string.digits) for _ in range(length - 4))
    chk = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
    v = f"{cc}{chk:02d}{bban}"
    return " ".join(v[i:i+4] for i in range(0, len(v), 4)) if R.random() < 0.5 else v

D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],[5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
P = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],[4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
INV = [0,4,3,2,1,5,6,7,8,9]
def aadhaar():
    d = [R.randrange(2, 10)] + [R.randrange(10) for _ in range(10)]
    c = 0
    for i, x in enumerate(reversed(d)): c = D[c][P[(i + 1) % 8][x]]
    s = "".join(map(str, d + [INV[c]]))
    return f"{s[:4]} {s[4:8]} {s[8:]}"
FIRST = ["Noah", "Ingrid", "Kwame", "Yuki", "Carmen", "Dmitri", "Leila", "Oscar", "Mei", "Arjun", "Beatriz", "Henrik", "Zanele", "Luca", "Nadia", "Samuel"]
LAST = ["Andersson", "Mensah", "Yamamoto", "Fernandez", "Petrov", "Rahimi", "Jensen", "Chen", "Reddy", "Costa", "Larsen", "Dlamini", "Bianchi", "Haddad", "Morgan", "Walsh"]
CITY = ["Oslo", "Dublin", "Barcelona", "Melbourne", "Nairobi", "Osaka", "Montreal", "Munich", "Prague", "Lima"]
def name(): return f"{R.choice(FIRST)} {R.choice(LAST)}"
def email(): return f"{R.choice(FIRST).lower()}_{R.choice(LAST).lower()}@{R.choice(['example.net', 'mailbox.test', 'uni.example.edu'])}"
def phone():
    return R.choice([
        f"+1 ({R.randrange(201,989)}) {R.randrange(200,999)}-{R.randrange(1000,9999)}", f"{R.randrange(201,989)}.{R.randrange(200,999)}.{R.randrange(1000,9999)}",
        f"+44 161 {R.randrange(100,999)} {R.randrange(1000,9999)}", f"+61 4{R.randrange(10,99)} {R.randrange(100,999)} {R.randrange(100,999)}",
        f"+34 6{R.randrange(10,99)} {R.randrange(100,999)} {R.randrange(100,999)}", f"+91-{R.randrange(70000,99999)}-{R.randrange(10000,99999)}",
        f"+33 6 {R.randrange(10,99)} {R.randrange(10,99)} {R.randrange(10,99)} {R.randrange(10,99)}"])
def date():
    return R.choice([f"{R.choice(['March', 'June', 'September', 'December'])} {R.randrange(1,28)}, {R.randrange(1960,2010)}",
                     f"{R.randrange(1,28):02d}/{R.randrange(1,12):02d}/{R.randrange(1960,2010)}", f"{R.randrange(1960,2010)}-{R.randrange(1,12):02d}-{R.randrange(1,28):02d}"])
def card():
    n = luhn_complete(*R.choice([("4", 16), ("53", 16), ("37", 15)]))
    return group(n, [4, 6, 5], " ") if len(n) == 15 else group(n, [4, 4, 4, 4], R.choice([" ", "-"]))

T = [
 ("Hi, this is {} - my cell is {} if the courier gets lost.", lambda: [("PERSON", name()), ("PHONE_NUMBER", phone())]),
 ("Forward the contract to {} (cc {}).", lambda: [("EMAIL_ADDRESS", email()), ("EMAIL_ADDRESS", email())]),
 ("Patient {}, date of birth {}, allergic to penicillin.", lambda: [("PERSON", name()), ("DATE_TIME", date())]),
 ("Charge the deposit to card {} and email the receipt.", lambda: [("CREDIT_CARD", card())]),
 ("Wire the refund to {} by Monday.", lambda: [("IBAN_CODE", iban(*R.choice([("DE", 22), ("ES", 24), ("FR", 27), ("NL", 18)])))]),
 ("{} flew from {} to {} last week.", lambda: [("PERSON", name()), ("LOCATION", R.choice(CITY)), ("LOCATION", R.choice(CITY))]),
 ("Suspicious requests came from {} and {}.", lambda: [("IP_ADDRESS", ".".join(str(R.randrange(1, 255)) for _ in range(4))), ("IP_ADDRESS", ".".join(str(R.randrange(1, 255)) for _ in range(4)))]),
 ("Applicant SSN {}, phone {}.", lambda: [("US_SSN", f"{R.randrange(100,665):03d}-{R.randrange(10,99):02d}-{R.randrange(1000,9999):04d}"), ("PHONE_NUMBER", phone())]),
 ("Please verify Aadhaar {} for the KYC check.", lambda: [("IN_AADHAAR", aadhaar())]),
 # Round 14: the honorific is its own TITLE span, as in Presidio's data (same random draws as before).
 ("Thanks {} {}! Your interview is on {}.", lambda: (lambda t: [("TITLE", t), ("PERSON", R.choice(LAST)), ("DATE_TIME", date())])(R.choice(["Dr.", "Ms.", "Mr."]))),
]
NEG = [
 lambda: f"ISBN 978-{R.randrange(0,9)}-{R.randrange(100,999)}-{R.randrange(10000,99999)}-{R.randrange(0,9)} is out of print.",
 lambda: f"Release {R.randrange(1,20)}.{R.randrange(0,12)}.{R.randrange(0,40)} fixes the login bug.",
 lambda: f"The job finished at {R.randrange(10,23)}:{R.randrange(10,59)} after {R.randrange(100,9999)} retries.",
 lambda: f"Revenue grew to {R.randrange(1000,9999)}.{R.randrange(10,99)} million in Q{R.randrange(1,4)}.",
 lambda: f"Coordinates {R.randrange(10,80)}.{R.randrange(1000,9999)}, {R.randrange(10,170)}.{R.randrange(1000,9999)} mark the trailhead.",
 lambda: f"Ticket INC{R.randrange(1000000,9999999)} was closed by the night shift.",
 lambda: f"Batch {R.randrange(100,999)}-{R.randrange(100,999)}-{R.randrange(1000,9999)} failed quality control.",
 lambda: f"We ordered {R.randrange(1900,2099)} chairs for the conference hall.",
 lambda: f"The recipe needs {R.randrange(2,9)} eggs and {R.randrange(100,900)} grams of flour.",
 lambda: f"Build {R.randrange(10000,99999)} passed {R.randrange(100,999)} of {R.randrange(1000,1999)} tests.",
]
rows = []
for i in range(100):
    t, f = T[i % len(T)]
    rows.append(row(t, f()))
for i in range(50):
    rows.append({"text": NEG[i % len(NEG)](), "spans": []})
with open("dev/pii.gen2.dev.jsonl", "w", encoding="utf-8") as out:
    for r in rows: out.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows), "rows")
