"""Names to people and places: the authority files first, then people found only in the text.

The registry spans the whole corpus, so the same person across documents is one row."""
import difflib
import re

from .authority import name_key, unspaced
from .genre import genre
from .text import slug


def name_case(text):
    """`KIM IL SUNG` -> `Kim Il Sung`, `S H T Y K O V` -> `Shtykov`; mixed case is kept as printed."""
    text = unspaced(text)
    if text != text.upper():
        return text
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in text.split())


INITIALS_RE = re.compile(r"^(?:(?:[A-Z]|Yu|Ya|Ye|Yo|Zh|Kh|Ts|Ch|Sh)\.\s*)+|(?:\s+[A-Z]\.?)+\.?$")   # `I. V. STALIN`, `Yu. V. Andropov`, `STALIN I. V.`


UNDOTTED_INITIALS_RE = re.compile(r"^[A-Z]{2}$")
SURNAME_RE = re.compile(r"^[A-Z][a-z]{1,4}$")                          # `Wu`, `Qiao`, `Deng`: a one-syllable surname
GIVEN_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:[ \-][A-Za-z][a-z]+)?$")      # `Xiuquan`, `Heon-yeong`, `Pyong Nam`
TRAILING_INITIALS_RE = re.compile(r"\s+(?:[A-Z]\.\s?){0,2}[A-Z]\.?$")


def names_a_post(text):
    """`Chinese Ambassador to the Soviet Union`, `Assistant Foreign Minister`: an editor's bracket that
    says what someone was, not who."""
    g = genre()
    words = {w.lower().strip(".,") for w in text.split()}
    return bool(words & set(g["positions"])) or bool(words & g["titles_set"] - {"comrade", "cde", "mr", "mrs"})


def without_posts(name):
    """`Deputy Director Li Xianglun` -> `Li Xianglun`: the posts before a name found in the text."""
    g = genre()
    words = name.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in set(g["positions"]) | g["titles_set"]:
        words = words[1:]
    return " ".join(words)


class PeopleRegistry:
    def __init__(self, authority):
        self.auth = authority
        self.found = {}        # uncurated id -> {"id", "name"}
        self.found_keys = {}   # name_key -> uncurated id
        self.extra_aliases = {}  # person id -> {alias: kind}, forms seen that the authority lacks
        self.place_keys = set()  # name keys of the places the corpus names where only a place stands (origins)

    def lookup(self, surface):
        """A person id for a name form, or None; never creates."""
        key = name_key(surface)
        pid = self.auth.person_keys.get(key) or self.found_keys.get(key)
        if pid:
            return pid
        bare = INITIALS_RE.sub("", surface).strip()
        if bare != surface:
            key = name_key(bare)
            pid = self.auth.person_keys.get(key) or self.found_keys.get(key)
            if pid:
                return pid
            ids = self.auth.surnames.get(key)
            if ids and len(ids) == 1:
                return next(iter(ids))
        words = TRAILING_INITIALS_RE.sub("", bare).split()
        if len(words) == 2 and UNDOTTED_INITIALS_RE.match(words[1]) and not words[0].isupper():
            words = words[:1]           # `Stalin IV`: initials printed without their stops
        surname = None
        if len(words) == 1 and words[0] != surface:
            surname = words[0]          # `STALIN I.V.`: the surname, then initials
        elif len(words) >= 2 and words[-1].isupper() and not words[0].isupper():
            surname = words[-1]         # `Iosif Vissarionovich STALIN`: given names, then the surname in capitals
        elif len(words) >= 2 and words[0].isupper() and not any(w.isupper() for w in words[1:]):
            surname = words[0]          # `STALIN Iosif Vissarionovich`: the surname first, in capitals
        if surname:
            ids = self.auth.surnames.get(name_key(surname))
            if ids and len(ids) == 1:
                return next(iter(ids))
        if len(words) >= 2 and surface.isupper():
            # `GRECHKO TARASOV`: two who sign on one line, each a surname the authority knows; the
            # first named is the sender
            ids = [self.auth.surnames.get(name_key(w)) for w in words]
            if all(i and len(i) == 1 for i in ids) and len({next(iter(i)) for i in ids}) == len(ids):
                return next(iter(ids[0]))
        return None

    def _completed(self, surface, bracket):
        """(person id, whole name) when the brackets complete the printed name rather than identify
        it: `Liu [Shaoqi]`, `Peng [Dehuai]` (the editor supplied the given name) is the known Liu
        Shaoqi; `Wu [Xiuquan]`, a one-syllable surname and a given name nobody knows apart, is
        the person Wu Xiuquan. (None, None) otherwise: `FILIPPOV [Stalin]` identifies."""
        if not bracket or " " in surface or bracket.count(" ") > 1:
            return None, None
        whole = f"{surface} {bracket}"
        key = name_key(whole)
        pid = self.auth.person_keys.get(key) or self.found_keys.get(key)
        if pid:
            return pid, whole
        if SURNAME_RE.match(surface) and GIVEN_NAME_RE.match(bracket) \
                and not self.lookup(surface) and not self.lookup(bracket):
            return None, whole
        return None, None

    def register(self, ref):
        """Learn from a name as printed: an identification in brackets adds the printed form to
        the person named in the brackets; a name nobody knows becomes a person (curated = 0)."""
        surface = ref.surface.text
        bracket = ref.bracket.text if ref.bracket and not names_a_post(ref.bracket.text) else None
        pid, whole = self._completed(surface, bracket)
        if whole:
            if not pid:
                self._create(whole)
            return
        pid = self.lookup(surface)
        bid = self.lookup(bracket) if bracket else None
        if bid and not pid:
            self._add_alias(bid, surface, bracket)
        elif bracket and not bid:
            if pid:
                self._add_alias(pid, bracket, surface)
            else:
                pid = self._create(name_case(bracket))
                self._add_alias(pid, surface, bracket)
        elif not pid and not bid and name_key(surface) not in self.auth.place_keys and name_key(surface) not in self.place_keys:
            # `to MOSCOW, to Cdes. STALIN, ...`, `your telegram 5757 to Washington`: a known place is no one
            self._create(name_case(surface))

    def resolve(self, ref, warn=None):
        """A NameRef to a person id; the brackets' identification wins over the printed name."""
        surface = ref.surface.text
        bracket = ref.bracket.text if ref.bracket and not names_a_post(ref.bracket.text) else None
        pid, whole = self._completed(surface, bracket)
        if whole:
            if not pid:
                self.register(ref)
            return pid or self.lookup(whole)
        pid = self.lookup(surface)
        bid = self.lookup(bracket) if bracket else None
        if pid and bid and pid != bid and warn:
            warn("identity-conflict", f"'{surface}' is '{pid}' but the brackets say '{bracket}' ({bid}); kept '{bid}'")
        if not (bid or pid):
            self.register(ref)
            return self.lookup(bracket) if bracket and self.lookup(bracket) else self.lookup(surface)
        return bid or pid

    def _create(self, name):
        printed, name = name, without_posts(name)       # `Deputy Director Li Xianglun`: Li Xianglun
        known = self.found_keys.get(name_key(name)) or self.auth.person_keys.get(name_key(name))
        if known:
            self.found_keys[name_key(printed)] = known
            return known
        pid = slug(name)
        if pid in self.auth.people:
            pid = pid + "-person"
        self.found[pid] = {"id": pid, "name": name}
        self.found_keys[name_key(name)] = pid
        self.found_keys[name_key(printed)] = pid
        return pid

    def _add_alias(self, pid, form, other):
        form = name_case(form)
        similar = difflib.SequenceMatcher(None, name_key(form), name_key(other or "")).ratio() >= 0.6
        self.extra_aliases.setdefault(pid, {})[form] = "spelling" if similar else "codename"
        self.found_keys.setdefault(name_key(form), pid)

    def forms(self):
        """Every name form known -> person id (for finding mentions)."""
        out = dict()
        for pid, e in self.auth.people.items():
            out[e["name"]] = pid
            for a in e["aliases"]:
                out[a["alias"]] = pid
        for pid, e in self.found.items():
            out[e["name"]] = pid
        for pid, forms in self.extra_aliases.items():
            for f in forms:
                out[f] = pid
        return out

    def rows(self, used):
        """people and person_aliases rows for every person the corpus mentions (`used` ids)."""
        people, aliases = [], []
        for pid in sorted(used):
            if pid in self.auth.people:
                e = self.auth.people[pid]
                forms = [(a["alias"], a["kind"]) for a in e["aliases"]]
                row = {"id": pid, "name": e["name"], "description": e["description"],
                       "wikidata": e["wikidata"], "curated": 1}
            else:
                e = self.found[pid]
                forms = []
                row = {"id": pid, "name": e["name"], "description": None, "wikidata": None, "curated": 0}
            seen = {name_key(row["name"])}
            for form, kind in forms + sorted(self.extra_aliases.get(pid, {}).items()):
                if name_key(form) not in seen:
                    seen.add(name_key(form))
                    aliases.append({"person_id": pid, "alias": form, "kind": kind})
            row["aliases"] = "; ".join(a["alias"] for a in aliases if a["person_id"] == pid)
            people.append(row)
        return people, aliases


class PlacesRegistry:
    def __init__(self, authority):
        self.auth = authority
        self.found = {}

    def lookup(self, surface):
        return self.auth.place_keys.get(name_key(surface)) or (
            slug(surface) if slug(surface) in self.found else None)

    def register(self, surface):
        if not self.lookup(surface):
            self.found[slug(surface)] = {"id": slug(surface), "name": name_case(surface)}

    def resolve(self, surface):
        if not self.lookup(surface):
            self.register(surface)
        return self.lookup(surface)

    def forms(self):
        out = {}
        for pid, e in self.auth.places.items():
            out[e["name"]] = pid
            for v in e["variants"]:
                out[v] = pid
        for pid, e in self.found.items():
            out[e["name"]] = pid
        return out

    def rows(self, used, seen_forms):
        """places rows for the `used` ids; `seen_forms`: id -> the forms printed in the corpus."""
        rows = []
        for pid in sorted(used):
            if pid in self.auth.places:
                e = self.auth.places[pid]
                variants = list(e["variants"])
                row = {"id": pid, "name": e["name"], "kind": e["kind"], "description": e["description"],
                       "latitude": e["latitude"], "longitude": e["longitude"], "curated": 1}
            elif pid in self.found:
                e = self.found[pid]
                variants = []
                row = {"id": pid, "name": e["name"], "kind": None, "description": None,
                       "latitude": None, "longitude": None, "curated": 0}
            else:
                continue
            keys = {name_key(v) for v in variants}
            for f in seen_forms.get(pid, []):
                if name_key(f) not in keys and name_key(f) != name_key(row["name"]):
                    keys.add(name_key(f))
                    variants.append(f)
            row["variants"] = "; ".join(variants)
            rows.append(row)
        return rows
