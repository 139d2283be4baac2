# Public-only numbers from an out-of-fold score file written by `warden guard train --oof DIR`:
#   python3 data/guard/oof_public.py DIR/prompt-attack.oof.jsonl [shipped-threshold]
# Negatives are the public benign rows (each public corpus is held out whole, so its scores come from a model that
# never saw it). The threshold is the lowest score keeping public benign FPR <= 1% (and 0.5%); recall is reported
# per public attack corpus at that threshold, and at the shipped threshold when given.
import json, sys
from collections import defaultdict

rows = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
pub = [r for r in rows if not r["source"].startswith("warden:")]
neg = sorted((r["score"] for r in pub if not r["label"]), reverse=True)
def corpus(r): return r["source"].split(" ")[0]

def at_fpr(fpr):
    k = int(len(neg) * fpr)
    t = neg[min(k, len(neg) - 1)] + 1e-9
    return t

def report(t, name):
    by = defaultdict(lambda: [0, 0])
    for r in pub:
        if r["label"]:
            by[corpus(r)][0] += r["score"] >= t
            by[corpus(r)][1] += 1
    tp = sum(v[0] for v in by.values()); n = sum(v[1] for v in by.values())
    fp = sum(s >= t for s in neg)
    parts = ", ".join(f"{c.split('/')[-1]} {v[0]}/{v[1]} ({100*v[0]/v[1]:.1f}%)" for c, v in sorted(by.items()))
    print(f"{name} (t={t:.4f}): all {tp}/{n} ({100*tp/n:.1f}%); {parts}; public benign FP {fp}/{len(neg)} ({100*fp/len(neg):.2f}%)")
    bneg = defaultdict(lambda: [0, 0])
    for r in pub:
        if not r["label"]:
            bneg[corpus(r)][0] += r["score"] >= t
            bneg[corpus(r)][1] += 1
    print("   benign by corpus: " + ", ".join(f"{c.split('/')[-1]} {v[0]}/{v[1]}" for c, v in sorted(bneg.items())))

report(at_fpr(0.01), "public recall@1%FPR")
report(at_fpr(0.005), "public recall@0.5%FPR")
if len(sys.argv) > 2:
    report(float(sys.argv[2]), "at shipped threshold")
