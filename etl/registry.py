"""The corpus-wide registries (people, places, terms) built from every document's facts,
in a canonical order, before any document is resolved; and the one mention finder."""
import hashlib
import json
import re

from .resolve_mentions import MentionFinder
from .resolve_people import PeopleRegistry, PlacesRegistry
from .records import NameRef, Span
from .authority import name_key


def _is_place_like(text):
    return bool(re.match(r"^[A-Z][\w\-' ]+$", text)) and not re.search(r"\d", text)


class Registry:
    def __init__(self, authority):
        self.auth = authority
        self.people = PeopleRegistry(authority)
        self.places = PlacesRegistry(authority)
        self.found_terms = {}       # term -> expansion, from brackets in the text
        self._names, self._terms, self._places = set(), set(), set()
        self._finder = None

    def add_facts(self, facts):
        self._names.update(tuple(n) for n in facts["names"])
        self._terms.update(tuple(t) for t in facts["terms"])
        self._places.update(facts["places"])

    def complete(self):
        """Register everything gathered: identifications first, then bare names, each sorted."""
        ref = lambda s, b: NameRef(Span(s, 0, 0, len(s)), Span(b, 0, 0, len(b)) if b else None)  # noqa: E731
        for surface in sorted(self._places):
            if _is_place_like(surface):
                self.places.register(surface)
        self.people.place_keys = {name_key(f) for f in self.places.forms()}
        for surface, bracket in sorted(n for n in self._names if n[1]):
            self.people.register(ref(surface, bracket))
        for surface, _ in sorted(n for n in self._names if not n[1]):
            self.people.register(ref(surface, ""))
        for term, exp in sorted(self._terms):
            if self.people.lookup(exp) or self.people.lookup(term) or self.places.lookup(exp):
                continue
            if term not in self.auth.terms:
                self.found_terms.setdefault(term, exp)
        names = {f: ("place", p) for f, p in self.places.forms().items()}
        names.update({f: ("person", p) for f, p in self.people.forms().items()})
        terms = {t: t for t in list(self.auth.terms) + list(self.found_terms)}
        self._finder = MentionFinder(names, terms)
        return self

    @property
    def finder(self):
        return self._finder

    def known(self):
        """How many people and places the registries know; resolving a document whose names
        were all gathered as facts does not change it."""
        return len(self.people.found) + len(self.places.found)

    def signature(self):
        """A checksum of everything the registries know: equal signatures resolve documents alike."""
        state = {
            "people": sorted(self.people.found), "aliases": sorted((p, sorted(f.items())) for p, f in self.people.extra_aliases.items()),
            "places": sorted(self.places.found), "terms": sorted(self.found_terms.items()),
        }
        return hashlib.sha256(json.dumps(state, sort_keys=True).encode()).hexdigest()

    def term_row(self, term):
        if term in self.auth.terms:
            e = self.auth.terms[term]
            return {"term": term, "expansion": e["expansion"], "description": e["description"], "curated": 1}
        return {"term": term, "expansion": self.found_terms.get(term), "description": None, "curated": 0}

    def person_name(self, pid):
        if pid in self.auth.people:
            return self.auth.people[pid]["name"]
        return self.people.found.get(pid, {}).get("name", pid)
