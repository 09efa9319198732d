"""Deterministic synthetic telegrams in the genre's shapes, for benchmarks and load tests.

    python -m bench.generate N OUT_DIR [--seed S]

Names come from the authority files; headers, dates, nested messages and numbered lists
vary the way the collection does. The same N and seed always write the same files."""
import argparse
import random
import shutil
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
AUTHORITY = ROOT / "seeds" / "authority"

ISSUERS = ["SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY",
           "MINISTRY OF FOREIGN AFFAIRS OF THE USSR", "EIGHTH ADMINISTRATION OF THE GENERAL STAFF"]
SENTENCES = [
    "The enemy is subjecting us to furious bombardment near {place}.",
    "Our comrades unanimously consider the proposal of the enemy to be provocative.",
    "The negotiations at {place} have reached a difficult stage.",
    "The {term} of {place} must be strengthened before the winter.",
    "The losses of the past week were heavy, especially in the area of {place}.",
    "We consider that the present situation at the front is stable.",
    "The delegation will report the results of the talks upon their conclusion.",
]
REQUESTS = [
    "It is necessary to send {n} regiments of antiaircraft artillery to {place}.",
    "To strengthen the {term} of {place} and of the important industrial sites.",
    "To send already trained bomber units for night actions.",
    "It is necessary to deliver {n} thousand tons of fuel by the end of the month.",
    "To improve the command of the {term} so that it directs the air battles correctly.",
]
MONTHS = "January February March April May June July August September October November December".split()


def _load(name):
    return yaml.safe_load((AUTHORITY / name).read_text(encoding="utf-8")) or []


class Generator:
    def __init__(self, seed=0):
        self.rng = random.Random(seed)
        people = _load("people.yml")
        self.names = [p["name"].upper() for p in people]
        self.codenames = {p["name"].upper(): a["alias"].upper() for p in people for a in p.get("aliases", [])
                          if a.get("kind") == "codename"}
        self.places = [p["name"] for p in _load("places.yml") if p.get("kind") == "city"] or ["Pyongyang"]
        self.terms = [t["term"] for t in _load("terms.yml")] or ["PVO"]

    def _date(self):
        r = self.rng
        return r.randint(1950, 1953), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)

    def _fill(self, s):
        r = self.rng
        return s.format(place=r.choice(self.places), term=r.choice(self.terms), n=r.randint(2, 20))

    def _paragraphs(self, k):
        return [" ".join(self._fill(self.rng.choice(SENTENCES)) for _ in range(self.rng.randint(1, 3))) for _ in range(k)]

    def _message(self, sender, recipient, date, with_list):
        r = self.rng
        y, mo, d, h, mi = date
        lines = [f"To Comrade {recipient}.", ""]
        for p in self._paragraphs(r.randint(1, 4)):
            lines += [p, ""]
        if with_list:
            lines += ["We therefore propose to implement the following urgent measures:", ""]
            for i in range(1, r.randint(2, 4) + 1):
                lines.append(f"- {i}. {self._fill(r.choice(REQUESTS))}")
                if r.random() < 0.3:
                    for letter in "ab":
                        lines.append(f"  - {letter}) {self._fill(r.choice(REQUESTS))}")
            lines += ["", "I ask you to review the opinions indicated above.", ""]
        lines.append(f"With greetings! {sender}, {h}:{mi:02d}, {d}.{mo}.{y % 100:02d}")
        return lines

    def telegram(self, i):
        r = self.rng
        sender, recipient = r.sample(self.names, 2)
        y, mo, d, h, mi = self._date()
        shape = i % 3
        out = []
        if shape == 0:
            copies = ", ".join(n.title() for n in r.sample(self.names, 3))
            out += [f"## {r.choice(ISSUERS)}", "", f"CIPHERED TELEGRAM No. {10000 + i}", "", f"Copies: {copies} (2)", "",
                    f"From {r.choice(self.places).upper()} Received {h}:{mi:02d} {d}.{mo}.{y}", "", 'Series "G" T', ""]
        elif shape == 1:
            out += [f"TELEGRAM No. {500000 + i}/sh", "", "Extremely Urgent", "",
                    f"From {r.choice(self.places).upper()} Sent {h}:{mi:02d} {d}.{mo}.{y}", ""]
        else:
            out += [f"CIPHERED TELEGRAM No. {20000 + i}", "",
                    f"From Correspondent {r.randint(1, 40)} Sent {d}.{mo}.{y % 100:02d} {h}:{mi:02d} Received {d}.{mo} {min(h + 2, 23)}:{mi:02d}", ""]
        to = self.codenames.get(recipient, recipient)
        out += [f"## To Comrade {to}", ""]
        if r.random() < 0.6:
            inner_sender, inner_to = r.sample(self.names, 2)
            qd = max(d - 1, 1)
            out += [f"I send to you for familiarization the text of the telegram of Comrade {inner_sender} of "
                    f"{h}:00 {qd} {MONTHS[mo - 1]} of this year:", ""]
            inner = self._message(inner_sender, inner_to, (y, mo, qd, h, 0), with_list=r.random() < 0.7)
            inner[0] = '"' + inner[0]
            inner[-1] = inner[-1] + '"'
            out += inner + [""]
            out += [f"We received your telegram of {d} {MONTHS[mo - 1]} of this year and agree with it.", ""]
        else:
            for p in self._paragraphs(r.randint(2, 5)):
                out += [p, ""]
            if r.random() < 0.5:
                out += ["We ask you:", ""] + [f"{k}) {self._fill(r.choice(REQUESTS))}" for k in range(1, 4)] + [""]
        out += [sender, "", f"No. {r.randint(100, 9999)}", "", f"{d}.{mo}.{y % 100:02d}", ""]
        return "\n".join(out)


def generate(n, out_dir, seed=0, with_authority=True):
    """Write n telegrams under out_dir (1,000 a folder) beside a copy of the authority files."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if with_authority:
        shutil.copytree(AUTHORITY, out_dir / "authority", dirs_exist_ok=True)
    g = Generator(seed)
    for i in range(n):
        folder = out_dir / f"batch-{i // 1000:04d}"
        folder.mkdir(exist_ok=True)
        (folder / f"synthetic-{i:06d}.txt").write_text(g.telegram(i), encoding="utf-8")
    return out_dir


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out_dir")
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    generate(a.n, a.out_dir, a.seed)


if __name__ == "__main__":
    main()
