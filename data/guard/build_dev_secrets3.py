# Round 5: secrets inside code, config, .env, YAML, JSON, shell and docs, plus look-alikes (hashes, UUIDs, base64
# images, env lookups, test placeholders, identifiers). Other wrappers than build_dev_gen.py. Written before the
# round-5 changes and measured first.
# Run from data/guard: python3 build_dev_secrets3.py  -> dev/secrets.gen3.dev.jsonl
import random, string
import jsonl
R = random.Random(20261130)
AN = string.ascii_letters + string.digits


def rnd(n, alphabet=AN):
    return "".join(R.choice(alphabet) for _ in range(n))


def row(template, typ, value):
    template = template.replace("{{", "{").replace("}}", "}")
    s = template.index("{}")
    text = template.replace("{}", value, 1)
    return {"text": text, "spans": [{"type": typ, "start": s, "end": s + len(value)}] if typ else []}


KEYS = [
    ("AWS_ACCESS_KEY", lambda: "AKIA" + rnd(16, string.ascii_uppercase + string.digits)),
    ("AWS_SECRET_KEY", lambda: rnd(40, AN + "+/")),
    ("GITHUB_TOKEN", lambda: "ghp_" + rnd(36)),
    ("GITLAB_TOKEN", lambda: "glpat-" + rnd(20, AN + "_-")),
    ("SLACK_TOKEN", lambda: f"xoxb-{R.randrange(10**11, 10**12)}-{R.randrange(10**11, 10**12)}-{rnd(24)}"),
    ("STRIPE_KEY", lambda: "sk_live_" + rnd(24)),
    ("OPENAI_API_KEY", lambda: "sk-proj-" + rnd(48, AN + "_-")),
    ("ANTHROPIC_API_KEY", lambda: "sk-ant-api03-" + rnd(93, AN + "_-") + "AA"),
    ("GOOGLE_API_KEY", lambda: "AIza" + rnd(35, AN + "_-")),
    ("HUGGINGFACE_TOKEN", lambda: "hf_" + rnd(34)),
    ("SENDGRID_API_KEY", lambda: "SG." + rnd(22, AN + "_-") + "." + rnd(43, AN + "_-")),
    ("NPM_TOKEN", lambda: "npm_" + rnd(36)),
    ("GENERIC_SECRET", lambda: rnd(32, "0123456789abcdef")),
    ("GENERIC_SECRET", lambda: rnd(28, AN)),
    ("PASSWORD", lambda: rnd(6, string.ascii_letters) + R.choice("!#%&*") + rnd(4, string.digits)),
]

WRAPPERS = {
    "AWS_ACCESS_KEY": ["AWS_ACCESS_KEY_ID={}", "aws_access_key_id: {}", "const accessKeyId = '{}';", "  \"AccessKeyId\": \"{}\","],
    "AWS_SECRET_KEY": ["AWS_SECRET_ACCESS_KEY={}", "aws_secret_access_key = {}", "  secretAccessKey: \"{}\"", "export AWS_SECRET_ACCESS_KEY=\"{}\""],
    "GITHUB_TOKEN": ["GH_TOKEN={}", "git clone https://x-access-token:{}@github.com/acme/app.git", "  token: {}", "headers = {{\"Authorization\": \"token {}\"}}"],
    "GITLAB_TOKEN": ["GITLAB_PAT={}", "private_token: {}", "curl --header \"PRIVATE-TOKEN: {}\" https://gitlab.example.com/api/v4/projects"],
    "SLACK_TOKEN": ["SLACK_BOT_TOKEN={}", "client = WebClient(token=\"{}\")", "slack:\n  bot_token: {}"],
    "STRIPE_KEY": ["stripe.api_key = \"{}\"", "STRIPE_SECRET_KEY={}", "{{\"stripe\": {{\"secret\": \"{}\"}}}}"],
    "OPENAI_API_KEY": ["OPENAI_API_KEY={}", "client = OpenAI(api_key=\"{}\")", "openai:\n  key: {}"],
    "ANTHROPIC_API_KEY": ["ANTHROPIC_API_KEY=\"{}\"", "anthropic.Anthropic(api_key='{}')"],
    "GOOGLE_API_KEY": ["<meta name=\"maps-key\" content=\"{}\">", "GOOGLE_MAPS_KEY={}", "const firebaseConfig = {{ apiKey: \"{}\" }};"],
    "HUGGINGFACE_TOKEN": ["HF_TOKEN={}", "login(token=\"{}\")"],
    "SENDGRID_API_KEY": ["SENDGRID_API_KEY='{}'", "sg = SendGridAPIClient('{}')"],
    "NPM_TOKEN": ["//registry.npmjs.org/:_authToken={}", "NPM_TOKEN={}"],
    "GENERIC_SECRET": ["SESSION_SECRET={}", "\"client_secret\": \"{}\",", "jwt_secret: \"{}\"", "app.config['SECRET_KEY'] = '{}'",
                       "API_KEY={}", "  apiKey: {}", "webhook_signing_secret = \"{}\"", "<add key=\"ApiToken\" value=\"{}\" />"],
    "PASSWORD": ["DB_PASSWORD={}", "spring.datasource.password={}", "  password: \"{}\"", "mysql -u root -p'{}' shop",
                 "\"password\": \"{}\"", "PGPASSWORD={} psql -h db -U app"],
}

NEGATIVES = [
    "AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}",
    "api_key = os.environ[\"OPENAI_API_KEY\"]",
    "password: \"{{ vault_db_password }}\"",
    "token = get_token_from_keychain()",
    "DB_PASSWORD=changeme",
    "\"checksum\": \"sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"",
    "commit 3f9c2b1e8d7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e",
    "\"id\": \"7c9e6679-7425-40de-944b-e07fc1f90ae7\"",
    "SECRET_KEY=<generate-with-openssl-rand>",
    "export GITHUB_TOKEN=$(gh auth token)",
    "apiKey: process.env.MAPS_KEY",
    "password_hash = bcrypt.hashpw(password.encode(), salt)",
    "The token bucket refills at 100 tokens per second.",
    "Set STRIPE_KEY in your .env file; never commit it.",
    "client_secret: REPLACE_ME",
    "\"integrity\": \"sha512-q3Z1pJ3nCw0Jb8CiVXGQ3H3Mu8FCQnUVcVbWdn0eRZk1Cu2sYPmU==\"",
    "etag: W/\"5f2a-1a2b3c4d5e6f\"",
    "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\">",
    "secret_santa_budget = 25",
    "auth_method: oauth2",
    "token_type: Bearer",
    "passwordPolicy: minLength=12",
    "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
    "OPENAI_API_KEY=sk-...",
    "access_key: ${{ secrets.ACCESS_KEY }}",
    "api_key: !vault |",
    "password = input(\"Password: \")",
    "tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\")",
    "\"private_key_id\": \"\"",
    "SECRET_KEY = env.str(\"DJANGO_SECRET_KEY\")",
]


def main():
    rows = []
    for _ in range(3):
        for typ, gen in KEYS:
            rows.append(row(R.choice(WRAPPERS[typ]), typ, gen()))
    for n in NEGATIVES:
        rows.append({"text": n, "spans": []})
    R.shuffle(rows)
    jsonl.write("dev/secrets.gen3.dev.jsonl", rows)
    print(len(rows), "rows")


main()
