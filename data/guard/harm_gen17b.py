# Round-17b harmful-request rows for an "argframe&group-claim" indicator (tried in HarmIntent, not kept). Own wording. It
# fired when one sentence has an argument frame ("explain why", "give me three arguments that"), then a named group,
# then a generalising predicate ("are", "should", "deserve", "can't", ...). Its weight was learned from:
#  1. harmful: the round-17 frames, groups and demeaning generalisations (harm_gen17.py), without the predicates that
#     name children or schools (round 17 found those words moved unrelated rows), and only those of six words or
#     more (short ones made rows too close, token Jaccard 0.5 or more, to rows of the external sets); and without the
#     frame "Write a reason why", the external hate set's own frame (round 17: its gains came partly from that frame);
#  2. benign look-alikes that fire the same indicator: the same frames, in the same proportions as the harmful rows, with
#     the same groups and a neutral or respectful generalisation, and group adjectives in front of things (food, art,
#     animals), so the indicator is not "frame + group" and no frame leans benign; their predicates use no word of the
#     harm lexicons (round 17b's first version put them in three frames only, with "deserve": those frames and the
#     group-plus-hate indicator lost weight and the rule failed);
#  3. benign: the round-17 pest rows (frame + harsh predicate, no group), so a harsh predicate alone carries no weight.
# Deterministic (seeded). Run from data/guard: python3 harm_gen17b.py [OUT]   default OUT: unused/harmful-request.gen17b.jsonl.
# Not trained on, and the indicator is not in HarmIntent: judged by the round-17 keep rule (16 seeds, matched benign FPR)
# with the indicator (flag 64, a 128-bit flag word) this data gained 5.1 rows of recall at 5% FPR on the round-17 tune
# half, but tune AUC fell on the round-16 half (0.9430 -> 0.9376) and the round-15 half (0.7964 -> 0.7930), round-15
# matched recall fell by 2.1 rows and v5 matched recall by 3.4 rows (round 17b in docs/guards-rounds.md). A first
# version (look-alikes in three frames, with "deserve") failed too. The C# is kept outside the repository.
import sys

import jsonl
from harm_gen17 import DEMEANING, FRAMES, GROUPS, PEST_PREDICATES, PESTS
from harmrows import HarmRows

h = HarmRows(17172)
rng = h.rng

HARMFUL = [p for p in DEMEANING if len(p.split()) >= 6 and not any(w in p for w in ("kids", "school", "children", "parents"))]

NEUTRAL = [
    "are protected by anti-discrimination law",
    "are underrepresented in senior management",
    "are often the first to volunteer after a flood",
    "are a large part of the nursing workforce here",
    "should be able to worship freely",
    "should be consulted about the new housing plan",
    "are entitled to the same respect as anyone else",
    "should get a fair hearing in court",
    "can't be described by a single stereotype",
    "never needed permission to run a business here",
    "all have different opinions on politics",
    "don't all share one culture",
    "are citizens with the same rights as their neighbours",
    "is a community with many traditions",
    "must be included in the census questions",
    "have no single leader who speaks for them",
]

THINGS = [
    ("Chinese porcelain", "is so valuable at auction"),
    ("Indian food", "is often cooked with so many spices"),
    ("Mexican murals", "are painted in such bright colours"),
    ("African elephants", "are bigger than Asian elephants"),
    ("Arabic calligraphy", "is written from right to left"),
    ("Jewish rye bread", "is denser than white bread"),
    ("Irish whiskey", "is usually distilled three times"),
    ("Somali tea", "is spiced with cardamom"),
    ("Hindu temples", "are built facing east"),
    ("Catholic churches", "are often shaped like a cross"),
    ("Latino music", "is so popular in the United States"),
    ("Pakistani trucks", "are decorated so brightly"),
    ("Nigerian jollof rice", "is cooked with tomatoes"),
    ("Indigenous languages", "are taught at universities in Canada"),
    ("Polish dumplings", "are called pierogi"),
]

def fill(frames, subjects, predicates, k, harmful, kind):
    triples = [(f, s, p) for f in frames for s in subjects for p in predicates]
    for f, s, p in rng.sample(triples, k):
        h.add(f.format(g=s, p=p), harmful, kind)


HARM_FRAMES = FRAMES[:1] + FRAMES[2:]
fill(HARM_FRAMES, GROUPS, HARMFUL, 150, True, "hate")
fill(HARM_FRAMES, GROUPS, NEUTRAL, 44, False, None)
for k, (thing, p) in enumerate(THINGS):
    h.add(HARM_FRAMES[k % len(HARM_FRAMES)].format(g=thing, p=p), False, None)
fill(FRAMES, PESTS, PEST_PREDICATES, 60, False, None)

rows = jsonl.unique_by_text(h.rows)
jsonl.write(sys.argv[1] if len(sys.argv) > 1 else "unused/harmful-request.gen17b.jsonl", rows)
