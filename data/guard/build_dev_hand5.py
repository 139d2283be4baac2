# Round 5: a small hand-written check, written AFTER the round-5 detector changes and evaluated once without tuning.
# Entities are marked inline as [[TYPE|value]]; this script strips the marks and writes offsets.
# Run from data/guard: python3 build_dev_hand5.py -> dev/pii.hand5.dev.jsonl and dev/secrets.hand5.dev.jsonl
import re
import jsonl

# Round 14: honorifics and job titles are TITLE spans, as in Presidio's data.
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]")

PII = [
    "Hi team, [[PERSON|Wairimu Kariuki]] will cover for me until [[DATE_TIME|14 February 2025]].",
    "Please send the signed lease to [[PERSON|Oksana Hrytsenko]], [[STREET_ADDRESS|Kastanienallee 7]], [[LOCATION|10435 Berlin]].",
    "Le colis est parti chez [[TITLE|Mme]] [[PERSON|Léa Fontaine]], [[STREET_ADDRESS|8 rue des Carmes]], [[LOCATION|45000 Orléans]].",
    "Customer [[PERSON|Tomasz Wiśniewski]] called from [[PHONE_NUMBER|+48 601 234 567]] about order 88123.",
    "My daughter [[PERSON|Amara]] was born on [[DATE_TIME|July 4th, 2016]] in [[LOCATION|Enugu]].",
    "You can text [[PERSON|Haruto]] at [[PHONE_NUMBER|090-1234-5678]] after six.",
    "Account holder: [[PERSON|Sipho Ndlovu]]; IBAN [[IBAN_CODE|GB82 WEST 1234 5698 7654 32]].",
    "The ticket was opened by [[EMAIL_ADDRESS|k.tanaka@example.jp]] from [[IP_ADDRESS|203.0.113.77]].",
    "[[PERSON|Rangi Parata]] and [[PERSON|Mere Walker]] run a bakery in [[LOCATION|Rotorua]].",
    "I was born [[DATE_TIME|03/11/1979]] and my social is [[US_SSN|321-54-9876]].",
    "Shipping to [[STREET_ADDRESS|55 Harbour View Road]], [[LOCATION|Hobart TAS 7000]].",
    "[[TITLE|Dr.]] [[PERSON|Ifeoma Chukwu]] reviewed the scan on [[DATE_TIME|2023-08-19]].",
    "Zahlung bitte an [[PERSON|Jörg Brandtner]], Tel. [[PHONE_NUMBER|0171 2345678]].",
    "Contacto: [[PERSON|Ximena Huamán]] — [[EMAIL_ADDRESS|ximena.huaman@correo.example.pe]]",
    "The server at [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] logs every request.",
    "Pay with [[CREDIT_CARD|4111 1111 1111 1111]] or call [[PHONE_NUMBER|(617) 555-0199]].",
    "[[PERSON|Priyanka Venkataraman]] moved to [[LOCATION|Pune]] in [[DATE_TIME|2018]].",
    "Regards,\n[[PERSON|Bolat Seitkazy]]\n[[TITLE|Senior Analyst]]",
    "Viele Grüße aus [[LOCATION|Graz]], [[PERSON|Lukas Obermayr]]",
    "Our office is at [[STREET_ADDRESS|1200 Pennsylvania Avenue NW]], [[LOCATION|Washington, DC 20004]].",
    "The meeting notes were shared in the Quarterly Planning channel.",
    "Restart the Payment Gateway before the Friday deploy.",
    "Open Source Summit talks are due next week.",
    "The recipe needs 250 g flour and 3 eggs.",
    "Use the Blue Ocean Strategy framework for Section 4.",
    "Set Max Retries to 7 and Request Timeout to 30 seconds.",
]

SECRETS = [
    "const client = new Octokit({ auth: \"[[GITHUB_TOKEN|ghp_4vTQm9XaLr2ZkP0wYs7NcB1eHdJ6uF3gR8iO]]\" });",
    "[default]\naws_access_key_id = [[AWS_ACCESS_KEY|AKIAZ7Q4R2LM6XP3TNVB]]\naws_secret_access_key = [[AWS_SECRET_KEY|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]]",
    "Authorization: Bearer [[GENERIC_SECRET|d41Fq8ZpN3xW7LkT2mRb9VyC6hJs0GaE]]",
    "signing_key: \"[[GENERIC_SECRET|a9F3kQ7mZ2xP8vR4tL6wN1bY5cH0jD3s]]\"",
    "DATABASE_URL=postgres://app:[[URL_CREDENTIALS|Zq7!mR2vXp9L]]@db.internal:5432/app",
    "\"stripeSecret\": \"[[STRIPE_KEY|sk_live_51Hx9TqL2mZkP8vR4tY7wNb3c]]\"",
    "password_hash: $2b$12$abcdefghijklmnopqrstuv",
    "tokenUrl: https://auth.example.com/oauth/token",
    "key: value",
    "cache_key = f\"user:{user_id}:profile\"",
    "primary_key = \"customer_id\"",
    "keyboard_layout = \"us-intl\"",
    "SECRET_KEY_BASE=[[GENERIC_SECRET|4f9c2a7e1b8d3f6a0c5e9b2d7f1a4c8e3b6d0f9a2c5e8b1d4f7a0c3e6b9d2f5a]]",
    "The bearer of this letter is my brother.",
]


def convert(lines):
    out = []
    for line in lines:
        text, spans, pos = "", [], 0
        for m in MARK.finditer(line):
            text += line[pos:m.start()]
            spans.append({"type": m.group(1), "start": len(text), "end": len(text) + len(m.group(2))})
            text += m.group(2)
            pos = m.end()
        text += line[pos:]
        out.append({"text": text, "spans": spans})
    return out


for name, lines in [("pii", PII), ("secrets", SECRETS)]:
    jsonl.write(f"dev/{name}.hand5.dev.jsonl", convert(lines))
    print(name, len(lines))
