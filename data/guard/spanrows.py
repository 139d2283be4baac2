# Shared by the generated PII dev files (build_dev_gen.py, build_dev_gen2.py, build_dev_pii3.py).


def row(template, values):
    """A {"text", "spans"} row: each {} slot of the template takes one (type or None, text) value; typed values become spans."""
    text, spans, parts = "", [], template.split("{}")
    for k, part in enumerate(parts):
        text += part
        if k < len(values):
            t, v = values[k]
            if t:
                spans.append({"type": t, "start": len(text), "end": len(text) + len(v)})
            text += v
    return {"text": text, "spans": spans}
