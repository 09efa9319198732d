"""Names as printed: `Comrade FILIPPOV [Stalin]`, `Cdes. VASILEVSKY and VYSHINSKY`, `Stalin (2)`."""
import re
from functools import lru_cache

from .genre import genre
from .records import NameRef, Span
from .text import needles

WORD = r"[A-Z\u00C0-\u024F][\w'’]*(?:-[^\W\d_][\w'’]*)*"     # `Heon-yeong`, not the count in `Molotov-1`
INITIALS = r"(?:(?:[A-Z]|Yu|Ya|Ye|Yo|Zh|Kh|Ts|Ch|Sh)\.\s?){1,3}"     # `I. V.`, `Yu. V.` (Yuri Vladimirovich)
NAME = rf"(?:{INITIALS})?{WORD}(?:\s+(?:{INITIALS})?{WORD}){{0,4}}"


@lru_cache(maxsize=None)
def titles_alternation():
    """The genre's forms of address as one regex alternation, longest first (`Comrades|Comrade|...`)."""
    return "|".join(re.escape(t) for t in sorted(genre()["titles"], key=len, reverse=True))


def titles_pattern():
    """Any number of forms of address, each followed by space."""
    return rf"(?:(?i:{titles_alternation()})\s+)*"


def _titled_name(parenthesis):
    """Optional titles, the name, then brackets or parentheses whose content is `parenthesis`
    (a pattern); groups name, br, par."""
    # an identification is a name: `[…]` after a name is an omission, `Szmidt [to Hanoi]` the editor's
    # words, neither who it is
    return titles_pattern() + rf"(?P<name>{NAME})" + rf"(?:\s*\[(?P<br>[A-Z\u00C0-\u00DE][^\]\n]*)\]|\s*\((?P<par>{parenthesis})\))?"


def titled_person():
    """A person as prose names one: optional titles, the name, an identification in brackets
    (`Comrade FILIPPOV [Stalin]`, `Filippov (Stalin)`); groups name, br, par."""
    return _titled_name(r"[A-Z][^)\n]+")


def name_ref_from_match(line, lineno, m):
    """The NameRef of a titled_person() match."""
    name, start = m.group("name"), m.start("name")
    cut = _after_inner_title(name)
    if cut and name[cut:].strip():      # `Foreign Minister Chen [Yi]`: the name after the post's title
        start += cut + len(name[cut:]) - len(name[cut:].lstrip())
        name = name[cut:].strip()
    ref = NameRef(Span(name, lineno, start, start + len(name)))
    br = m.group("br") or m.group("par")
    if br:
        start = m.start("br") if m.group("br") else m.start("par")
        ref.bracket = Span(br.strip(), lineno, start, start + len(br.strip()))
    return ref


@lru_cache(maxsize=None)
def item_re():
    """A name in a list; its parentheses may hold a count of copies (`Stalin (2)`)."""
    return re.compile(_titled_name(r"[^)\n]+"))


WORD_RUN_RE = re.compile(r"[\w'’\-]+")
NON_SPACE_RE = re.compile(r"\S+")


def looks_like_person(name):
    """False for phrases that name an institution, a people or a thing."""
    words = WORD_RUN_RE.findall(name)
    if not words:
        return False
    g = genre()
    if any(w.lower() in g["not_person_set"] or w in g["acronyms_set"] for w in words):
        return False
    return any(len(w) > 1 for w in words)


NAME_PARTICLES = ("de", "van", "von", "der", "la", "le", "da", "du", "del", "di", "bin", "ibn", "al")


def a_full_name(name):
    """`Aurel Duma`, `Corneliu Manescu`: a given name and a surname (or more words), each
    capitalised, no digit, no institution. A catalogue title's full names name people; a single
    word (`Pyongyang`, `Shtykov`) may as well be a place."""
    words = name.split()
    if not 2 <= len(words) <= 4 or any(c.isdigit() for c in name) or "'s" in name or "’s" in name \
            or not looks_like_person(name) or names_an_office(name):
        return False        # `Li Xiannian's Visit`: a title's words, not a name
    return all(w[:1].isupper() or (0 < i < len(words) - 1 and w in NAME_PARTICLES) for i, w in enumerate(words))


def _after_inner_title(name):
    """Offset just past a title inside a matched phrase (`To Comrade X` -> after `Comrade`)."""
    titles = genre()["titles_set"]
    for m in NON_SPACE_RE.finditer(name):
        if m.start() > 0 and m.group().lower().rstrip(".") in titles:
            return m.end()
    return 0


def strip_title(name):
    """`Comrade KIM IL SUNG` -> `KIM IL SUNG`."""
    titles = genre()["titles_set"]
    words = name.split()
    while words and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return " ".join(words)


BRACKET_AFTER_RE = re.compile(r"\s*\[[^\]\n]*\]")
COUNT_RE = re.compile(r"\s*[-–]\s*(\d{1,2})\b")


def parse_name_list(line, lineno, start=0, end=None):
    """Every name in line[start:end], split at commas, `and`, `;`, with exact positions."""
    end = len(line) if end is None else end
    refs = []
    pos = start
    rx = item_re()
    while pos < end:
        m = rx.search(line, pos, end)
        if not m:
            break
        name = m.group("name")
        n_start = m.start("name")
        cut = _after_inner_title(name)
        if cut:
            pos = n_start + cut
            continue
        # a title the regex could not strip (e.g. `Comrade` alone) is not a name
        stripped = strip_title(name)
        if stripped != name:
            n_start += len(name) - len(stripped)
            name = stripped
        if name[-2:] in ("'s", "’s"):
            name = name[:-2]        # `Premier Zhou Enlai’s talk`: the name, not its possessive
        pos = m.end()
        if not m.group("br"):
            note = BRACKET_AFTER_RE.match(line, pos, end)
            pos = note.end() if note else pos      # `Szmidt [to Hanoi]`: the editor's words, no name in them
        if not name or not looks_like_person(name) or line[max(start, n_start - 2):n_start].strip()[-1:].isdigit():
            continue        # `8 MDGS - 1` in a list of copies: an office
        ref = NameRef(Span(name, lineno, n_start, n_start + len(name)))
        count = COUNT_RE.match(line, pos, end)      # `Stalin - 2`, `Molotov-1`
        if count:
            ref.copies, pos = int(count.group(1)), count.end()
        if m.group("br"):
            ref.bracket = Span(m.group("br").strip(), lineno, m.start("br"), m.start("br") + len(m.group("br").strip()))
        elif m.group("par"):
            par = m.group("par").strip()
            if par.isdigit():
                ref.copies = int(par)
            elif re.fullmatch(NAME, par):
                ref.bracket = Span(par, lineno, m.start("par"), m.start("par") + len(par))
        refs.append(ref)
    return refs


ITEM_SEPARATOR_RE = re.compile(r",\s*(?:and\s+)?|;\s*|\s+and\s+")


def names_of_people(line, lineno, start, end):
    """The people in a list whose items may also be offices (`Copy to: All embassies ..., Xinhua
    Bureau in Cuba, the Liaison Office in Gaesong [Kaesong], and Comrade Li`): only the items
    that are names alone, as parse_name_list() gives them."""
    refs = []
    pos = start
    for sep in list(ITEM_SEPARATOR_RE.finditer(line, start, end)) + [None]:
        stop = sep.start() if sep else end
        if only_names(line, pos, stop):
            refs.extend(parse_name_list(line, lineno, pos, stop))
        if sep:
            pos = sep.end()
    return refs


NAMES_TAIL_RE = re.compile(r"[\s\-–\d().,!:;\]x/*]*$")    # after the last name: counts, punctuation, a footnote mark


def _name_end(ref):
    """Where a printed name ends, with its identification in brackets."""
    return max(ref.surface.char_end, ref.bracket.char_end if ref.bracket else 0)


def only_names(line, start, end):
    """True when line[start:end] holds titles and names and nothing else but punctuation and
    a footnote mark (`comrade Filippov [Stalin].x/`, `Comr. Molotov`)."""
    names = parse_name_list(line, 0, start, end)
    if not names:
        return False
    titles = genre()["titles_set"]
    if any(w.lower().rstrip(".") not in titles for w in line[start:names[0].surface.char_start].split()):
        return False
    for before, after in zip(names, names[1:]):     # between two names: commas, `and`, counts
        gap = line[_name_end(before):after.surface.char_start]
        if any(w.lower().rstrip(".") not in titles and w.lower() != "and" for w in re.findall(r"[A-Za-z][\w.]*", gap)):
            return False
    return NAMES_TAIL_RE.match(line, _name_end(names[-1]), end) is not None


def is_copies_entry(line, start, end):
    """An entry of a list of copies: names (`Cde. Molotov, Cde. Beria`), or a short entry after
    a form of address that names no one (`Comr. Copy`, `Comr. 10th department`)."""
    words = line[start:end].split()
    return only_names(line, start, end) or (
        0 < len(words) <= 4 and words[0].lower().rstrip(".") in genre()["titles_set"])


@lru_cache(maxsize=None)
def _titled_names_re():
    # in running prose a title that is also a common word counts only capitalised (`General`, `GENERAL`):
    # not `general Vietnam matters`
    strict = set(genre()["titles_capitalized_in_prose"])
    loose = "|".join(re.escape(t) for t in sorted(genre()["titles"], key=len, reverse=True) if t not in strict)
    first = f"(?:(?i:{loose})|" + "|".join(re.escape(f) for t in sorted(strict, key=len, reverse=True) for f in (t, t.upper())) + ")"
    titles = titles_alternation()
    one = rf"{NAME}(?:\s*\[[^\]\n]+\]|\s*\([A-Z][^)\n]*\))?"
    return re.compile(rf"(?<![\w]){first}\s+(?:(?i:{titles})\s+)*(?P<names>{one}(?:(?:,\s*|\s+and\s+){one})*)")


@lru_cache(maxsize=None)
def _title_needles():
    return needles(genre()["titles"])


BRACKET_SURNAME_RE = re.compile(r"\]\s+(?P<name>[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+|[A-Z\u00c0-\u00de\u0100-\u017f]{2,}(?=\d{0,2}\b))")   # `JELEN2`: a footnote's number


def find_titled_names(line, lineno):
    """Names after a form of address anywhere in a line: `Comrade TUNKIN informs us`,
    `Cdes. VASILEVSKY and VYSHINSKY`. Words after the name are not taken for names."""
    folded = line.casefold()
    if not any(n in folded for n in _title_needles()):
        return []
    refs = []
    for m in _titled_names_re().finditer(line):
        names = parse_name_list(line, lineno, m.start("names"), m.end("names"))
        after = BRACKET_SURNAME_RE.match(line, m.end("names")) if line[m.end("names"):m.end("names") + 1] == "]" else None
        if after and names and line.rfind("[", 0, m.start()) > line.rfind("]", 0, m.start()):
            # `[Soviet Ambassador Aleksandr] Alekseev`: the editor supplied the post and the given
            # name; the person is named by the surname printed after the brackets
            names[-1] = NameRef(Span(after.group("name"), lineno, after.start("name"), after.end("name")))
        refs.extend(names)
    if refs and not any(c.islower() for c in line):
        refs = [r for r in map(_within_caps_text, refs) if r and not _wrapped_name(r, line)]
    return refs


def _wrapped_name(ref, line):
    """`SOVIET AMBASSADOR ALEXANDER M.` / `PUZANOV OCT 21`: in a cable wrapped to a width, a given
    name and an initial at the line's end, the surname on the next line: not a whole name."""
    words = ref.surface.text.split()
    return len(words) == 2 and len(words[0]) > 2 and len(words[1].rstrip(".")) == 1 \
        and not line[ref.surface.char_end:].strip(" .")


def _within_caps_text(ref):
    """A name in a text printed all in capitals ends where the sentence's own words begin:
    `AMBASSADOR HAHM CALLED AT HIS REQUEST` names Hahm; None when no name is left."""
    words = ref.surface.text.split()
    stops = genre()["caps_text_words_set"]
    keep = 0
    while keep < len(words) and words[keep].strip(".,").upper() not in stops:
        keep += 1
    if keep == len(words):
        return ref
    if keep == 0:
        return None
    text = ref.surface.text[:ref.surface.text.index(words[keep - 1]) + len(words[keep - 1])]
    return NameRef(Span(text, ref.surface.line, ref.surface.char_start, ref.surface.char_start + len(text)),
                   ref.bracket, ref.copies)


ORDINAL_RE = re.compile(r"\d{1,2}(?:st|nd|rd|th)$")     # `8th Administration`
SENTENCE_BREAK_RE = re.compile(r"[A-Za-z]{3}\.\s+[A-Z]")   # one sentence ends and another begins


def mentions_an_institution(text):
    """A cheap test: text holds a word that names an institution (`Ministry`, `Embassy`)."""
    return _institution_re().search(text) is not None


def names_an_office(text, g=None):
    """A line of capitalised words that names an institution: `Tenth Department`, `Ministry
    of Foreign Affairs of the USSR`."""
    if _institution_re().search(text) is None:
        return False        # most lines name no institution: the cheap test first
    g = g or genre()
    words = text.rstrip(".").split()
    if not (1 <= len(words) <= 24 and (words[0][:1].isupper() or ORDINAL_RE.match(words[0]))):
        return False
    breaks = list(SENTENCE_BREAK_RE.finditer(text))
    if breaks and not names_an_office(text[breaks[-1].end() - 1:], g):
        return False        # `... OF AMERICA. UNQUOTE.` ends a sentence; `Beijing. Soviet Ambassador` is a post
    institution = False
    for w in words:
        institution = institution or w.lower().rstrip(",") in g["institution_set"]
        # `GDR Embassy to the DPRK`: `to` and `at` only after the institution (`Sent to the Department` is none)
        if not (w[:1].isupper() or w.lower() in ("of", "for", "and", "the", "on", "in") or ORDINAL_RE.match(w)
                or (institution and w.lower() in ("to", "at"))):
            return False
    return institution or words[-1].lower() == "ambassador"          # `Beijing. Soviet Ambassador`: the post, not a name


def names_an_office_in_prose(text):
    """`British embassy in Tokyo`, `Liaisons office of the MfS`: an office named in prose, where its
    institution word may be in lower case; names_an_office reads it capitalised."""
    if _institution_re().search(text) is None:
        return False
    institutions = genre()["institution_set"]
    return names_an_office(" ".join(w.capitalize() if w.lower() in institutions else w for w in text.split()))


@lru_cache(maxsize=None)
def _institution_re():
    alt = "|".join(sorted(genre()["institution_words"] + ["Ambassador"], key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alt})\b")
