# Deterministic generated dev rows for pii and secrets (never trained on), with hard negatives.
# Run from data/guard: python3 build_dev_gen.py  -> dev/pii.gen.dev.jsonl, dev/secrets.gen.dev.jsonl
import json, random, string
from spanrows import row
R = random.Random(20250605)

def luhn_complete(prefix, length):
    d = [int(c) for c in prefix] + [R.randrange(10) for _ in range(length - len(prefix) - 1)]
    for check in range(10):
        s = d + [check]; tot = 0
        for i, x in enumerate(reversed(s)):
            if i % 2 == 1: x = x * 2 - 9 if x * 2 > 9 else x * 2
            tot += x
        if tot % 10 == 0: return "".join(map(str, s))

def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes: out.append(s[i:i+n]); i += n
    return sep.join(out)

def iban(cc, length):
    bban = "".join(R.choice(string.digits) for _ in range(length - 4))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
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

FIRST = ["Maria", "James", "Aisha", "Hiroshi", "Priya", "Lukas", "Sofia", "Mateo", "Chloe", "Olumide", "Anna", "Rahul", "Elena", "Thomas", "Fatima", "Pierre"]
LAST = ["Garcia", "Smith", "Khan", "Tanaka", "Sharma", "Müller", "Rossi", "Silva", "Dubois", "Okafor", "Nowak", "Patel", "Ivanova", "Brown", "Haddad", "Lefebvre"]
CITY = ["London", "Berlin", "Paris", "Madrid", "Tokyo", "Mumbai", "Toronto", "Chicago", "Lisbon", "Vienna", "Seoul", "Sydney"]
def name(): return f"{R.choice(FIRST)} {R.choice(LAST)}"
def email(): return f"{R.choice(FIRST).lower()}.{R.choice(LAST).lower().replace('ü','u')}{R.randrange(100)}@{R.choice(['example.com','mail.test','corp.example.org'])}"
def phone():
    return R.choice([
        f"+1 {R.randrange(201,989)}-{R.randrange(200,999)}-{R.randrange(1000,9999)}", f"({R.randrange(201,989)}) {R.randrange(200,999)}-{R.randrange(1000,9999)}",
        f"+44 20 {R.randrange(7000,7999)} {R.randrange(1000,9999)}", f"+44 7{R.randrange(100,999)} {R.randrange(100000,999999)}",
        f"+49 30 {R.randrange(1000000,99999999)}", f"+49 (0)89 {R.randrange(100000,9999999)}", f"+33 1 {R.randrange(10,99)} {R.randrange(10,99)} {R.randrange(10,99)} {R.randrange(10,99)}",
        f"06 {R.randrange(10,99)} {R.randrange(10,99)} {R.randrange(10,99)} {R.randrange(10,99)}", f"+91 {R.randrange(70000,99999)} {R.randrange(10000,99999)}",
        f"+55 11 9{R.randrange(1000,9999)}-{R.randrange(1000,9999)}", f"+81 3-{R.randrange(1000,9999)}-{R.randrange(1000,9999)}", f"+8613{R.randrange(100000000,999999999)}"])
def card():
    brand = R.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16), ("35", 16)])
    n = luhn_complete(*brand)
    if len(n) == 15: return group(n, [4, 6, 5], R.choice([" ", "-", ""]))
    return group(n, [4, 4, 4, 4], R.choice([" ", "-", ""]))
def ssn():
    while True:
        a, g, s = R.randrange(1, 900), R.randrange(1, 100), R.randrange(1, 10000)
        if a != 666: return f"{a:03d}-{g:02d}-{s:04d}"
def ipv4(): return ".".join(str(R.randrange(1, 255)) for _ in range(4))
def mac(): return ":".join(f"{R.randrange(256):02X}" for _ in range(6))
def hexs(n): return "".join(R.choice("0123456789abcdef") for _ in range(n))
def alnum(n): return "".join(R.choice(string.ascii_letters + string.digits) for _ in range(n))

PII_T = [
 ("Please call {} on {} about the claim.", lambda: [("PERSON", name()), ("PHONE_NUMBER", phone())]),
 ("You can reach me at {} or {}.", lambda: [("EMAIL_ADDRESS", email()), ("PHONE_NUMBER", phone())]),
 ("Card number: {}, expiry 08/29.", lambda: [("CREDIT_CARD", card())]),
 ("Refund to IBAN {} please.", lambda: [("IBAN_CODE", iban(*R.choice([("DE", 22), ("FR", 27), ("GB", 22), ("ES", 24), ("NL", 18), ("IT", 27), ("BE", 16), ("CH", 21)])))]),
 ("Employee SSN: {}", lambda: [("US_SSN", ssn())]),
 ("Blocked login from {} on device {}.", lambda: [("IP_ADDRESS", ipv4()), ("MAC_ADDRESS", mac())]),
 ("My Aadhaar number is {}.", lambda: [("IN_AADHAAR", aadhaar())]),
 ("Write to {} at {}.", lambda: [("PERSON", name()), ("EMAIL_ADDRESS", email())]),
 ("{} was born on {} in {}.", lambda: [("PERSON", name()), ("DATE_TIME", f"{R.randrange(1,28)} {R.choice(['March','July','October','January'])} {R.randrange(1950,2005)}"), ("LOCATION", R.choice(CITY))]),
 ("Send it to {} wallet {}.", lambda: [(None, "my"), ("CRYPTO", "0x" + hexs(40))]),
 # Round 14: the honorific is its own TITLE span, as in Presidio's data.
 ("Dear {} {}, your new number is {}.", lambda: [("TITLE", "Mr."), ("PERSON", R.choice(LAST)), ("PHONE_NUMBER", phone())]),
]
NEG = [
 lambda: f"Order #{R.randrange(10**7, 10**8)} shipped in {R.randrange(2,9)} boxes.",
 lambda: f"Upgrade to version {R.randrange(1,9)}.{R.randrange(0,30)}.{R.randrange(0,99)} before Friday.",
 lambda: f"Request id {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)} failed with status 503.",
 lambda: f"Fixed in commit {hexs(40)} by the build bot.",
 lambda: f"The invoice total is {R.randrange(100,99999)}.{R.randrange(10,99)} EUR for {R.randrange(2,500)} units.",
 lambda: f"Tracking number 1Z{alnum(8).upper()}{R.randrange(10**7,10**8)} is in transit.",
 lambda: f"We processed {R.randrange(1000,99999)} requests in {R.randrange(10,99)} seconds at {R.randrange(10,99)}% CPU.",
 lambda: f"Part number {R.randrange(100,999)}-{R.randrange(1000,9999)}-{R.randrange(10,99)} is out of stock.",
 lambda: f"Set timeout to {R.randrange(1000,99999)} ms and retries to {R.randrange(1,9)}.",
 lambda: f"Use the sample card 1234 5678 9012 3456 only in docs.",
]
pii = []
for i in range(120):
    t, f = PII_T[i % len(PII_T)]
    pii.append(row(t, f()))
for i in range(60):
    pii.append({"text": NEG[i % len(NEG)](), "spans": []})

SEC_T = [
 ("export AWS_ACCESS_KEY_ID={}", lambda: [("AWS_ACCESS_KEY", "AKIA" + "".join(R.choice(string.ascii_uppercase + "234567") for _ in range(16)))]),
 ("aws_secret_access_key = {}", lambda: [("AWS_SECRET_KEY", "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(40)))]),
 ("GITHUB_TOKEN={}", lambda: [("GITHUB_TOKEN", "ghp_" + alnum(36))]),
 ("git clone https://oauth2:{}@gitlab.com/team/repo.git", lambda: [("GITLAB_TOKEN", "glpat-" + alnum(20))]),
 ("SLACK_BOT_TOKEN: {}", lambda: [("SLACK_TOKEN", f"xoxb-{R.randrange(10**11,10**12)}-{R.randrange(10**12,10**13)}-{alnum(24)}")]),
 ("stripe.api_key = \"{}\"", lambda: [("STRIPE_KEY", "sk_live_" + alnum(24))]),
 ("OPENAI_API_KEY={}", lambda: [("OPENAI_API_KEY", "sk-proj-" + alnum(48))]),
 ("ANTHROPIC_API_KEY={}", lambda: [("ANTHROPIC_API_KEY", "sk-ant-api03-" + alnum(40))]),
 ("HF_TOKEN={}", lambda: [("HUGGINGFACE_TOKEN", "hf_" + alnum(34))]),
 ("//registry.npmjs.org/:_authToken={}", lambda: [("NPM_TOKEN", "npm_" + alnum(36))]),
 ("SENDGRID_API_KEY={}", lambda: [("SENDGRID_API_KEY", f"SG.{alnum(22)}.{alnum(43)}")]),
 ("maps key {} in the app", lambda: [("GOOGLE_API_KEY", "AIza" + alnum(35))]),
 ("DATABASE_URL=postgres://app:{}@db.prod.internal:5432/main", lambda: [("URL_CREDENTIALS", alnum(14))]),
 ("DB_PASSWORD=\"{}\"", lambda: [("PASSWORD", alnum(10) + "#" + alnum(3))]),
 ("Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=root;{}", lambda: [("AZURE_SAS_KEY", "SharedAccessKey=" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(43)) + "=")]),
]
SNEG = [
 lambda: "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
 lambda: "OPENAI_API_KEY=<your-key-here>",
 lambda: f"image digest sha256:{hexs(64)}",
 lambda: f"commit {hexs(40)} (HEAD -> main)",
 lambda: f"id: {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
 lambda: "password = os.getenv(\"DB_PASSWORD\")",
 lambda: "api_key: xxxxxxxxxxxxxxxxxxxxxxxx",
 lambda: f"icon: data:image/png;base64,iVBORw0KGgo{alnum(60)}",
 lambda: "token = settings.API_TOKEN",
 lambda: "Reset your password at https://example.com/reset",
]
sec = []
for i in range(90):
    t, f = SEC_T[i % len(SEC_T)]
    sec.append(row(t, f()))
for i in range(40):
    sec.append({"text": SNEG[i % len(SNEG)](), "spans": []})

for path, rows in [("dev/pii.gen.dev.jsonl", pii), ("dev/secrets.gen.dev.jsonl", sec)]:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows: fh.write(json.dumps(r, ensure_ascii=False) + "\n")
