# Shared by the harmful-request generators of rounds 10, 12 and 13: one seeded row collector. A row is
# {"text", "label": "harmful"|"benign", "kind"}; a benign row's kind is always "safe-alarming", because every benign
# row these scripts write is a look-alike of a harmful one.
import random


class HarmRows:
    """Collects rows in order and owns the generator's seeded random source."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.rows = []

    def add(self, text, harmful, kind):
        self.rows.append({"text": text, "label": "harmful" if harmful else "benign",
                          "kind": kind if harmful else "safe-alarming"})

    def fill(self, frames, slots, k, harmful, kind):
        """Adds k rows (or every pair, if fewer) from distinct frame x slot pairs, sampled without replacement."""
        pairs = [(f, x) for f in frames for x in slots]
        for f, x in self.rng.sample(pairs, min(k, len(pairs))):
            self.add(f.format(x=x), harmful, kind)
