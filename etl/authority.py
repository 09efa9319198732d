"""Editorial knowledge from YAML: people, places, terms (seeds/authority/) and the catalog (seeds/catalog.yml).

A malformed file stops the build with `path:line: message`."""
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import InputError


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """A YAML loader that remembers the line of every mapping as `__line__`."""


def _construct_mapping(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _construct_bool(loader, node):
    """Only `true` and `false` are truth values: `No`, `On` or `Yes` unquoted (a Korean surname,
    a word) stay the words printed."""
    value = loader.construct_scalar(node)
    return {"true": True, "false": False}.get(value.lower(), value)


_LineLoader.add_constructor("tag:yaml.org,2002:bool", _construct_bool)


def read_yaml(path):
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise InputError(path, 1, f"not UTF-8 text ({e.reason})")
    except OSError as e:
        raise InputError(path, 0, f"cannot read: {e.strerror}")
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        raise InputError(path, line, f"malformed YAML: {getattr(e, 'problem', None) or e}")


LETTER_SPACED_RE = re.compile(r"^(?:\w ){3,}\w$")


def unspaced(name):
    """`S H T Y K O V` -> `SHTYKOV`: a name printed letter-spaced, closed up; others as they are."""
    return name.replace(" ", "") if LETTER_SPACED_RE.match(name) else name


def name_key(name):
    """How names are compared: case, dots and spacing do not matter (`S H T Y K O V` is Shtykov)."""
    return unspaced(re.sub(r"[.\s]+", " ", name.casefold().replace("’", "'")).strip())


@dataclass
class Authority:
    people: dict = field(default_factory=dict)    # id -> entry
    person_keys: dict = field(default_factory=dict)  # name_key -> id
    surnames: dict = field(default_factory=dict)  # name_key -> set of ids
    places: dict = field(default_factory=dict)
    place_keys: dict = field(default_factory=dict)
    terms: dict = field(default_factory=dict)     # term -> entry
    catalog: dict = field(default_factory=dict)   # relative file name -> entry


def _require(entry, keys, path, what):
    if not isinstance(entry, dict):
        raise InputError(path, 1, f"each {what} must be a mapping")
    for k in keys:
        if not entry.get(k):
            raise InputError(path, entry.get("__line__", 1), f"{what} entry lacks '{k}'")


def _list_of(data, path, what):
    if data is None:
        return []
    if not isinstance(data, list):
        raise InputError(path, 1, f"expected a list of {what}")
    return data


def load_people(auth, path):
    for e in _list_of(read_yaml(path), path, "people"):
        _require(e, ["id", "name"], path, "person")
        pid = str(e["id"])
        if pid in auth.people:
            raise InputError(path, e["__line__"], f"person id '{pid}' appears twice")
        aliases = []
        for a in e.get("aliases") or []:
            if isinstance(a, str):
                a = {"alias": a, "kind": "alias"}
            if not isinstance(a, dict) or not a.get("alias"):
                raise InputError(path, e["__line__"], f"person '{pid}': each alias needs 'alias' (and 'kind')")
            aliases.append({"alias": str(a["alias"]), "kind": str(a.get("kind") or "alias")})
        entry = {"id": pid, "name": str(e["name"]), "description": e.get("description"),
                 "wikidata": e.get("wikidata"), "aliases": aliases}
        auth.people[pid] = entry
        for form in [entry["name"]] + [a["alias"] for a in aliases]:
            key = name_key(form)
            other = auth.person_keys.get(key)
            if other and other != pid:
                raise InputError(path, e["__line__"], f"name '{form}' belongs to both '{other}' and '{pid}'")
            auth.person_keys[key] = pid
        for a in aliases:
            if a["kind"] == "surname":
                auth.surnames.setdefault(name_key(a["alias"]), set()).add(pid)


def load_places(auth, path):
    for e in _list_of(read_yaml(path), path, "places"):
        _require(e, ["id", "name"], path, "place")
        pid = str(e["id"])
        if pid in auth.places:
            raise InputError(path, e["__line__"], f"place id '{pid}' appears twice")
        variants = [str(v) for v in (e.get("variants") or [])]
        for coord in ("latitude", "longitude"):
            if e.get(coord) is not None and not isinstance(e[coord], (int, float)):
                raise InputError(path, e["__line__"], f"place '{pid}': {coord} must be a number")
        auth.places[pid] = {"id": pid, "name": str(e["name"]), "kind": e.get("kind"),
                            "variants": variants, "latitude": e.get("latitude"),
                            "longitude": e.get("longitude"), "description": e.get("description")}
        for form in [str(e["name"])] + variants:
            auth.place_keys[name_key(form)] = pid


def load_terms(auth, path):
    for e in _list_of(read_yaml(path), path, "terms"):
        _require(e, ["term", "expansion"], path, "term")
        auth.terms[str(e["term"])] = {"term": str(e["term"]), "expansion": str(e["expansion"]),
                                      "description": e.get("description")}


def load_catalog(auth, path):
    data = read_yaml(path) or {}
    if not isinstance(data, dict):
        raise InputError(path, 1, "expected a mapping of seed file name -> facts")
    for name, facts in data.items():
        if name == "__line__":
            continue
        if not isinstance(facts, dict):
            raise InputError(path, 1, f"catalog entry '{name}' must be a mapping")
        date = facts.get("date")
        if date is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(date)):
            raise InputError(path, facts.get("__line__", 1), f"catalog entry '{name}': date must be ISO (YYYY-MM-DD)")
        auth.catalog[str(name)] = {k: (str(v) if v is not None else None) for k, v in facts.items() if k != "__line__"}


def load_authority(seeds_dir):
    seeds_dir = Path(seeds_dir)
    auth = Authority()
    folder = seeds_dir / "authority"
    for name, loader in (("people.yml", load_people), ("places.yml", load_places), ("terms.yml", load_terms)):
        if (folder / name).exists():
            loader(auth, folder / name)
    if (seeds_dir / "catalog.yml").exists():
        load_catalog(auth, seeds_dir / "catalog.yml")
    return auth
