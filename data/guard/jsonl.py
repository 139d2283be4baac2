# Shared by the data scripts: the one JSONL writer (UTF-8, one object per line, non-ASCII kept) and the
# first-occurrence de-duplication by text that the generators apply before writing.
import json


def write(path, rows):
    """Writes each row as one JSON line."""
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def unique_by_text(rows):
    """The rows in order, keeping only the first row of each text."""
    seen, out = set(), []
    for r in rows:
        if r["text"] not in seen:
            seen.add(r["text"])
            out.append(r)
    return out
