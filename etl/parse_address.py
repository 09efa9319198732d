"""A message's address: the lines that say to whom it goes (`To Comrade FILIPPOV [Stalin]`,
`BEIJING - To Comrade ZAKHAROV` / `for Comrade ZHOU ENLAI`, `DEAR` / `Iosif Vissarionovich
STALIN`, `To the Ministry of Foreign Affairs and Comrade [Li] Fuchun:`), and where an enclosed
letter opens."""
import re
from functools import lru_cache

from .genre import genre
from .parse_names import (
    looks_like_person,
    mentions_an_institution,
    names_an_office,
    only_names,
    parse_name_list,
    titles_alternation,
)
from .records import NameRef, Span
from .text import content_bounds, next_contents, without_the

BUILT_IN_LEADS = ("To", "to", "TO", "Dear", "DEAR", "My dear", "MY DEAR")
# the editor's lead, perhaps with the post and given name it supplied: `[To] the Ministry of Foreign
# Affairs:`, `[to the] CPSU CC`, `[To Amb. Alfonso] García Robles`
EDITOR_LEAD_RE = r"\[(?:To|to|TO)(?:\s+the|\s+(?:Amb\.|Ambassador|Comrade|Cde\.|Mr\.)(?:\s+[A-Z][\w'’\-]+){0,2})?\]"


def _lead_and_names():
    """`lead names`, the leads being the genre's address_leads (`For immediate report to`) and
    the built-in ones (`To`, `Dear`)."""
    extra = sorted(genre()["address_leads"], key=len, reverse=True)
    leads = "|".join(rf"(?i:{re.escape(lead)})" for lead in extra) + "|" + "|".join(BUILT_IN_LEADS) + "|" + EDITOR_LEAD_RE
    return rf"(?P<lead>{leads})\s+(?P<names>.+?)\s*[.!:,]?$"


@lru_cache(maxsize=None)
def _sal_re():
    """`PLACE, lead names`: `BEIJING, to Comrade ROSHCHIN`, `BEIJING - To Comrade ZAKHAROV`,
    `To NORTH KOREA To RAZUVAEV`."""
    return re.compile(
        r"^(?:(?:To\s+)?(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})(?:,\s+|\s*[-–—]{1,2}\s*|\s+(?=To\s)))"
        + _lead_and_names())


@lru_cache(maxsize=None)
def _plain_sal_re():
    """`lead names` with no place before the lead: the common case, tried first."""
    return re.compile("^" + _lead_and_names())


@lru_cache(maxsize=None)
def _marks_end_re():
    """A priority or secrecy mark printed at the end of an address line (`To RAZUVAEV TOP PRIORITY`)."""
    g = genre()
    alt = "|".join(re.escape(w) for w in sorted(g["priorities"] + g["classifications"], key=len, reverse=True))
    return re.compile(rf"(?i)\s+(?:{alt})\W*$")


# a line that is only a name with its identification, above a message: `FENG XI [STALIN]`
BARE_ADDRESS_RE = re.compile(r"^(?P<names>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3}\s*\[[^\]\n]+\])\s*[.!:]?$")


ADDRESS_ONLY_RE = re.compile(r"^(?P<names>(?i:Comrade|Comrades|Cde\.|Cdes\.)\s+.+?)\s*[!,:]$")


@lru_cache(maxsize=None)
def _titled_address_re():
    """An address that is only titles and names (`Comrade GROMYKO`; `Chairman [Mao Zedong],
    Comrade [Liu] Shaoqi, and the Central Committee:`)."""
    titles = titles_alternation()
    return re.compile(rf"^(?P<names>(?:{titles})\s+.{{1,150}}?)\s*[!,:.]?$")


INITIALS_RE = re.compile(r"(?:[A-Z]\.)+[A-Z]")
ADDRESS_END_RE = re.compile(r"!|(?<!\d):(?!\d)|\.(?=\s+[A-Z])")     # not the colon of a clock (`3:00`)


def address_end(line, start, end):
    """Where an address line's own words end: at the first `!`, `:` (not a clock's) or
    sentence-ending full stop, so that `Dear Comrade X! We need ...` keeps `We need ...` for the body."""
    g = genre()
    for m in ADDRESS_END_RE.finditer(line[start:end]):
        if m.group() == ".":
            words = line[start:start + m.start()].split()
            last = words[-1].lower().rstrip(".") if words else ""
            if last in g["abbreviations_set"] or last in g["titles_set"] or len(last) == 1 \
                    or INITIALS_RE.fullmatch(words[-1]):      # `To Comrade N.S. Khrushchev`
                continue
        return start + m.end()
    return end


def _may_have_place(text):
    """A cheap test before the address pattern with a place: a separator comes early in the line
    (`BEIJING, to ...`, `BEIJING - To ...`, `To NORTH KOREA To RAZUVAEV`)."""
    head = text[:60]
    return ", " in head or "-" in head or "–" in head or "—" in head or " To " in head


@lru_cache(maxsize=None)
def _mark_last_words():
    g = genre()
    return frozenset(w.split()[-1] for w in g["priorities"] + g["classifications"])


def _ends_with_mark_word(text):
    words = text.rstrip(" .!,:").split()
    return bool(words) and words[-1].lower() in _mark_last_words()


def trailing_mark(text):
    """The priority or secrecy printed at the end of an address line, or None."""
    if not _ends_with_mark_word(text):
        return None
    m = _marks_end_re().search(text)
    return m.group().strip(" .!,") if m else None


EDITORS_NOTE_END_RE = re.compile(r"\s\[[a-z][^\]\n]*\](?=:$)")


def match_salutation(line, start, end):
    """(names_start, names_end, match) when line[start:end] opens a message."""
    if line[start:start + 4] == "cde.":      # `cde. L. I. SOKOLOV`: the abbreviation in lower case
        line = line[:start] + "C" + line[start + 1:]
    note = EDITORS_NOTE_END_RE.search(line, start, end) if line[end - 2:end] == "]:" else None
    if note:        # `... and the Central Committee [of the Chinese Communist Party]:`: the editor's words, blanked
        line = line[:note.start()] + " " * (note.end() - note.start()) + line[note.end():]
    end = address_end(line, start, end)
    text = line[start:end]
    if len(text) > 160:
        return None
    m = _plain_sal_re().match(text)
    if (m is None or " To " in m.group("names")) and _may_have_place(text):
        m = _sal_re().match(text) or m        # `BEIJING, to ...`, `To NORTH KOREA To RAZUVAEV`
    if m:
        names = m.group("names")
        lead = m.group("lead").strip("[]").removesuffix(" the")      # `[to the]`: `to`
        words = names.rstrip(".!:,").split()
        built_in = lead in BUILT_IN_LEADS
        n_start, n_end = start + m.start("names"), start + m.end("names")
        marks = _marks_end_re().search(line, n_start, n_end) if _ends_with_mark_word(names) else None
        if marks:
            n_end = marks.start()
            names = line[n_start:n_end]
            words = names.split()
        if not built_in and not only_names(line, n_start, n_end):
            return None     # `For this purpose I request ...`, `For Comrade X it is necessary ...`
        first = words[0].rstrip(".").lower() if words else ""
        if first in genre()["titles_set"] or (names[:1].isupper() and names.split()[0].isupper()):
            return n_start, n_end, m
        if names[:1].isupper() and len(words) <= 4 and built_in and lead not in ("To", "to"):
            return n_start, n_end, m
        # `To Mao Zedong.`: a short line of capitalised words alone (not `To improve the command ...`)
        if (lead in ("To", "to") or not built_in) and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
                and looks_like_person(" ".join(words)):
            return n_start, n_end, m
        # `To the Chairman [Mao Zedong] and Comrades Liu [Shaoqi], ...:`: titles and names after `the`
        if first == "the" and len(words) > 1 and words[1].rstrip(".").lower() in genre()["titles_set"] \
                and text[-1:] in ":!":
            at = n_start + names.index(words[1])
            titled = _titled_address_re().match(line[at:n_end])
            if titled and _only_addressees(line, at + titled.start("names"), at + titled.end("names")):
                return at + titled.start("names"), at + titled.end("names"), m
        # no one named: it may still be an address to offices, below
    m = ADDRESS_ONLY_RE.match(text)
    if m:
        return start + m.start("names"), start + m.end("names"), m
    m = _titled_address_re().match(text) if text.split(None, 1)[0].lower().rstrip(".") in genre()["titles_set"] else None
    if m:
        n_start, n_end = start + m.start("names"), start + m.end("names")
        if _only_addressees(line, n_start, n_end):
            return n_start, n_end, m
    m = PLACE_TITLED_RE.match(text) if "-" in text[:30] or "–" in text[:30] or "—" in text[:30] else None
    if m:       # `BEIJING - Comrade KRASOVSKY`: a place, then a title and a name with no lead
        at = m.start("rest")
        titled = _titled_address_re().match(text[at:])
        if titled and _only_addressees(line, start + at + titled.start("names"), start + at + titled.end("names")):
            return start + at + titled.start("names"), start + at + titled.end("names"), m
    m = _surnames_address_re().match(text) if text[-1:] == ":" and "]" in text else None
    if m:       # `Wu [Xiuquan] [and] Qiao [Guanhua]:`, `Gao [Gang], He [Jinnian]; also inform Ambassador Ni [Zhiliang]:`
        return start + m.start("names"), start + m.end("names"), m
    # an address to offices: the whole line, closed by its colon
    m = OFFICE_ADDRESS_RE.match(text) if text[-1:] == ":" else None
    if m and _offices_and_names(m.group("names")):
        return start + m.start("names"), start + m.end("names"), m
    return None


@lru_cache(maxsize=None)
def _surnames_address_re():
    """Surnames whose given names the editor put in brackets, as a Chinese cable addresses its
    readers: `Lin [Biao], Deng [Zihui], Tan [Zhen]:`; `...; also inform Ambassador Ni [Zhiliang]:`."""
    titles = titles_alternation()
    item = rf"(?:(?:{titles})\s+)?[A-Z][a-z]{{1,5}}\s*\[[A-Z][\w\-]*\]"
    sep = r"\s*(?:,|;|\[and\]|\band\b)\s*(?:also\s+inform\s+)?"
    return re.compile(rf"^(?P<names>{item}(?:{sep}{item})*)\s*:$")


ALSO_INFORM_RE = re.compile(r"[;,]?\s*also\s+inform\s+")      # the rest of the address has a copy


PLACE_TITLED_RE = re.compile(r"^(?P<place>[A-Z][A-Z\-]+(?: [A-Z][A-Z\-]+)?)\s*[-–—]{1,2}\s*(?P<rest>\S)")

# an address to offices, with people among them: `To the Ministry of Foreign Affairs and Comrade
# [Li] Fuchun:`, `Embassy in the Soviet Union:`, `[To the] Xinjiang Foreign Affairs Office:`
OFFICE_ADDRESS_RE = re.compile(r"^(?:\[?[Tt]o\]?(?:\s+the)?\]?\s+)?(?P<names>[A-Z\[][^:]{2,150}?)\s*:$")


EDITOR_WORD_RE = re.compile(r"\[([^\]\n]*)\]")


def _parts(text):
    """The parts of an address joined by commas or `and`, without the editor's brackets."""
    return [p.strip() for p in re.split(r",\s*|\s+and\s+", EDITOR_WORD_RE.sub(r"\1", text)) if p.strip()]


def _offices_and_names(text):
    """Offices, and people with titles, joined by commas or `and`; at least one office."""
    parts = _parts(text)
    offices = [p for p in parts if names_an_office(without_the(p))]
    return offices and all(p in offices or _only_addressees(p, 0, len(p)) for p in parts)


def offices_addressed(text):
    """The offices an address names, as printed without the editor's brackets (`the Ministry of
    Foreign Affairs and Comrade [Li] Fuchun` -> `Ministry of Foreign Affairs`); or None."""
    offices = [without_the(p) for p in _parts(text) if names_an_office(without_the(p))]
    return " and ".join(offices) or None


def office_line(text):
    """The office named alone on a line under a message (`[Chinese] Embassy in the Soviet Union`,
    `Ministry of Foreign Affairs`), as printed without the editor's brackets; or None."""
    plain = (EDITOR_WORD_RE.sub(r"\1", text) if "[" in text else text).strip(" .")
    return plain if plain and names_an_office(plain) and not only_names(plain, 0, len(plain)) else None


TITLE_BRACKET_RE = re.compile(r"(?<!\w)\[(?P<name>[^\]\n]+)\](?P<after>\s*[\w'’\-]*)")


AND_OFFICE_RE = re.compile(r",?\s+and\s+the\s+[A-Z][\w ]+$")      # `..., and the Central Committee`


def _only_addressees(line, start, end):
    """Titles and names only, where an editor may have put a name in brackets (`Chairman [Mao
    Zedong]`, `Comrade [Liu] Shaoqi`) and the last may be an office (`and the Central Committee`)."""
    text = AND_OFFICE_RE.sub("", line[start:end])
    # an editor's name, with the word it completes (`[Liu] Shaoqi`): a name; `and` after it stays
    text = TITLE_BRACKET_RE.sub(lambda b: "X" * len(b.group()) if b.group("after").strip()[:1].isupper()
                                else "X" * (b.end("name") + 1 - b.start()) + b.group("after"), text)
    return only_names(text, 0, len(text))


ADDRESS_SEP_RE = re.compile(r",?\s+and\s+|,\s*")


def _people_parts(line, start, end):
    """(start, end) of each part of an address that is not an office (`To the Ministry of Foreign
    Affairs and Comrade [Li] Fuchun`: the second), and how many parts the address has."""
    spans, pos, count = [], start, 0
    for m in list(ADDRESS_SEP_RE.finditer(line, start, end)) + [None]:
        stop = m.start() if m else end
        part = EDITOR_WORD_RE.sub(r"\1", line[pos:stop]).strip()
        count += 1
        if part and not names_an_office(without_the(part)):
            spans.append((pos, stop))
        pos = m.end() if m else end
    return spans, count


def address_names(line, lineno, start, end):
    """(to, via) of an address's names: `ZAKHAROV for MAO ZEDONG` is for Mao Zedong, through
    Zakharov; `Chairman [Mao Zedong]` is Mao Zedong (a name the editor put in brackets after a
    title), `Comrade [Liu] Shaoqi` is Liu Shaoqi (the editor supplied the surname); offices
    alone (`the Ministry of Foreign Affairs`) are no one."""
    via = []
    m = FOR_RE.search(line, start, end)
    if m:
        via = parse_name_list(line, lineno, start, m.start())
        start = m.end()
    span = line[start:end]
    if mentions_an_institution(span) and all(names_an_office(without_the(p).strip(" .!:")) for p in _parts(span)):
        return [], via           # `To the Ministry of Foreign Affairs:`: offices, no one
    people, parts = _people_parts(line, start, end) if ("," in span or " and " in span) else (None, 0)
    if people is not None and len(people) < parts:
        names = []
        for a, b in people:       # offices among the addressees are no one
            names.extend(address_names(line, lineno, a, b)[0])
        return names, via
    if "[" not in line[start:end]:
        return parse_name_list(line, lineno, start, end), via
    titles = genre()["titles_set"]
    names, pos = [], start
    for b in TITLE_BRACKET_RE.finditer(line, start, end):
        before = line[pos:b.start()].split()
        after = b.group("after").strip()
        half = after[:1].isupper() and HALF_NAME_RE.match(b.group("name")) and HALF_NAME_RE.match(after)
        titled = before and before[-1].lower().rstrip(".") in titles
        if not (titled or (half and (not before or before[-1].endswith(",") or before[-1] == "and"))):
            continue        # `FILIPPOV [Stalin]`: an identification, read with its name below
        names.extend(parse_name_list(line, lineno, pos, b.start()))
        if half:
            # `Comrade [Liu] Shaoqi`, `..., [Li] Fuchun`: the editor supplied the surname; the person is the whole name
            names.append(NameRef(Span(f"{b.group('name')} {after}", lineno, b.start(), b.end())))
            pos = b.end()
        elif not after[:1].isupper():
            names.extend(parse_name_list(line, lineno, b.start("name"), b.end("name")))
            pos = b.end("name") + 1         # `Chairman [Mao Zedong] and ...`: the list goes on
        else:
            pos = b.end()
    names.extend(parse_name_list(line, lineno, pos, end))
    return names, via


FOR_RE = re.compile(r"\s+for\s+(?=\S)")
HALF_NAME_RE = re.compile(r"^[A-Z][a-z'’\-]+$")      # one word of a name, in title case


# where a letter was written, above its address: `Moscow, Kremlin.`, `Moscow - the Kremlin`
LETTER_PLACE_RE = re.compile(r"^[A-Z][\w\-]+(?:,|\s+[-–—])\s+(?:the\s+)?[A-Z][\w\-]+\.?$")


LEAD_ONLY_RE = re.compile(r"(?i)^(?:dear|my dear|deeply respected|respected|highly esteemed|esteemed)\b(?P<rest>[^.!:,]*)[.!:,]?$")


def letter_address(lines, lineno):
    """(end lineno, names line, start, end) of an address that opens a letter at lineno: one line
    (`To Comrade X`, `DEAR Comrade X!`), or a form of address with the name on the next line
    (`DEAR` / `Iosif Vissarionovich STALIN`, `DEEPLY RESPECTED Iosif` / `Vissarionovich STALIN.`);
    None when lineno opens no letter."""
    s, e = content_bounds(lines[lineno - 1])
    lead = LEAD_ONLY_RE.match(lines[lineno - 1], s, e)
    if lead and len(lead.group("rest").split()) <= 1:
        for k, s2, e2 in next_contents(lines, lineno, 2):
            line = lines[k - 1]
            e2 = e2 - 1 if line[e2 - 1] in ".!:," else e2
            if len(line[s2:e2].split()) <= 4 and only_names(line, s2, e2):
                return k, line, s2, e2
            return None
        return None
    sal = match_salutation(lines[lineno - 1], s, e)
    return (lineno, lines[lineno - 1], sal[0], sal[1]) if sal else None


def letter_starts(lines, lineno):
    """A letter opens at lineno: its address, or the place it was written and then its address."""
    for k, s, e in next_contents(lines, lineno - 1, 3):
        if k == lineno and LETTER_PLACE_RE.match(lines[k - 1], s, e):
            continue
        return letter_address(lines, k) is not None
    return False


ADDRESS_MORE_RE = re.compile(r"(?i)^(?P<word>for|or)\s+(?=\S)")


def address_goes_on(msg, pieces, lines, i):
    """An address over more lines: `To Comrade ZAKHAROV` / `for Comrade ZHOU ENLAI` (for Zhou
    Enlai, through Zakharov), `To ZAKHAROV for MAO ZEDONG` / `or ZHOU ENLAI`. Returns the
    piece after it."""
    while i < len(pieces):      # the continuation may be the wrapper's last own line, above a quotation
        lineno, s, e = pieces[i]
        line = lines[lineno - 1]
        m = ADDRESS_MORE_RE.match(line, s, e)
        if not m or not only_names(line, m.end(), e):
            break
        names = parse_name_list(line, lineno, m.end(), e)
        if m.group("word").lower() == "for" and not msg.via:
            msg.via, msg.to = msg.to, names
        else:
            msg.to.extend(names)
        i += 1
    return i


def is_form_mark(text):
    low = text.lower().rstrip(".!")
    g = genre()
    return low in g["priorities"] or low in g["classifications"]
