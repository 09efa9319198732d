"""Messages inside a document: the top-level one and every quoted or forwarded one.

Quotation marks open and close enclosed messages; they may be unbalanced (a stray closing
mark, a quote never closed), which is reported as a problem, never an error.
"""
import re
from functools import lru_cache

from .dates import match_datetime, whole_date
from .genre import genre, starts_with_entry
from .parse_demands import parse_demands
from .parse_names import is_copies_entry, looks_like_person, names_an_office, only_names, parse_name_list
from .parse_references import parse_references, parse_transmit_from, parse_transmit_to
from .records import NameRef, ParsedMessage, Span
from .text import OMISSION_RE, SEPARATOR_CHARS, content_bounds, is_separator, opening_quotes, strip_quotes, trailing_quotes

BUILT_IN_LEADS = ("To", "to", "TO", "Dear", "DEAR", "My dear", "MY DEAR")


@lru_cache(maxsize=None)
def _sal_re():
    """`[PLACE, ]lead names`: `To Comrade FILIPPOV [Stalin]`, `BEIJING, to Comrade ROSHCHIN`,
    `For immediate report to comrade Filippov` (the genre's address_leads)."""
    extra = sorted(genre()["address_leads"], key=len, reverse=True)
    leads = "|".join(rf"(?i:{re.escape(lead)})" for lead in extra) + "|" + "|".join(BUILT_IN_LEADS)
    return re.compile(
        r"^(?:(?:To\s+)?(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})(?:,\s+|\s*[-–—]{1,2}\s*|\s+(?=To\s)))"
        rf"(?P<lead>{leads})\s+(?P<names>.+?)\s*[.!:,]?$"
    )


@lru_cache(maxsize=None)
def _plain_sal_re():
    """_sal_re without the place before the lead: the common case, tried first."""
    extra = sorted(genre()["address_leads"], key=len, reverse=True)
    leads = "|".join(rf"(?i:{re.escape(lead)})" for lead in extra) + "|" + "|".join(BUILT_IN_LEADS)
    return re.compile(rf"^(?P<lead>{leads})\s+(?P<names>.+?)\s*[.!:,]?$")


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
    titles = "|".join(re.escape(t) for t in sorted(genre()["titles"], key=len, reverse=True))
    return re.compile(rf"^(?P<names>(?:{titles})\s+.{{1,150}}?)\s*[!,:.]?$")
COPY_RE = re.compile(r"(?i)^copy(?:\s+to)?\s*:?\s+")
COPIES_RE = re.compile(r"(?i)^copies\b\s*:?\s*")
# `1. Comr. Stalin` in a list of copies, or `Copy Nº 1 to Cde. Stalin`
COPIES_ITEM_RE = re.compile(
    r"(?i)^(?:\d{1,2}(?:[.)]|\s+[-–])\s*(?=\S)|copy\s+(?:No\.?|N[º°o]\.?|№|#)\s*\d+\.?(?:\s+to\s+|\s*$)|to\s+(?=\S))")
PLACE_DATE_RE = re.compile(r"^[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?,\s+")   # `Pyongyang, 29 September 1950`
SIGNATURE_MARK_RE = re.compile(r"^\[(?:illegible\s+)?signature\]\s*", re.I)
HANDLER_NOTE_RE = re.compile(r"^\[[^\]]*\]$|\[illegible(?: signature)?\]$", re.I)
COPY_LINE_RE = re.compile(r"(?i)^(?:(copy)|to)\s")     # `Copy Nº 1 to Cde. X`, and `to Cde. Y` under `Copy Nº 2`
# `5 copies`, `12 copies printed`, `Two copies printed. Nº 2 to file.`
COPIES_COUNT_RE = re.compile(
    r"(?i)^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+cop(?:y|ies)"
    r"(?:\s+printed)?[.:]?(?:\s+(?:No\.?|N[º°o]\.?|№)\s*\d+\s+to\s+file\.?)?$")
NUMBER_RE = re.compile(r"^(?:No\.?|N[º°]\.?|№)\s*\[?(?P<num>[\w/\-]+)\]?\.?$")
SPACED_NAME_RE = re.compile(r"^(?:[A-Z] ){3,}[A-Z]$")             # a signature printed letter-spaced
SIG_NAME = (r"(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3})"
            r"(?:\s*[\[(](?P<br>[^\])\n]+)[\])])?"
            r"(?P<rest>.*)$")
SIG_RE = re.compile(r"^(?:(?P<formula>[^.!?\n]{2,80}[.!,])\s+)?" + SIG_NAME)
# a closing printed without a stop before the name: `With respect KIM IL SUNG`
CLOSING_SIG_RE = re.compile(
    r"^(?P<formula>[Ww]ith\s+[a-z]+(?:\s+[a-z]+){0,2}|[Rr]espectfully|[Ss]incerely|[Yy]ours)\s+" + SIG_NAME)
NUMBER_FIRST_RE = re.compile(r"^(?:No\.?|N[º°]\.?|№)\s*(?P<num>\d[\w/\-]*)\s+(?=[A-Z])")   # `No. 15 T. SHTYKOV`


ADDRESS_END_RE = re.compile(r"[!:]|\.(?=\s+[A-Z])")


def _address_end(line, start, end):
    """Where an address line's own words end: at the first `!`, `:` or sentence-ending full stop,
    so that `Dear Comrade X! We need ...` keeps `We need ...` for the body."""
    g = genre()
    for m in ADDRESS_END_RE.finditer(line[start:end]):
        if m.group() == ".":
            words = line[start:start + m.start()].split()
            last = words[-1].lower().rstrip(".") if words else ""
            if last in g["abbreviations_set"] or last in g["titles_set"] or len(last) == 1:
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


def match_salutation(line, start, end):
    """(names_start, names_end, match) when line[start:end] opens a message."""
    whole_line = end
    end = _address_end(line, start, end)
    text = line[start:end]
    if len(text) > 160:
        return None
    m = _plain_sal_re().match(text)
    if (m is None or " To " in m.group("names")) and _may_have_place(text):
        m = _sal_re().match(text) or m        # `BEIJING, to ...`, `To NORTH KOREA To RAZUVAEV`
    if m:
        names = m.group("names")
        lead = m.group("lead")
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
        # no one named: it may still be an address to offices, below
    m = ADDRESS_ONLY_RE.match(text)
    if m:
        return start + m.start("names"), start + m.end("names"), m
    m = _titled_address_re().match(text) if text.split(None, 1)[0].lower().rstrip(".") in genre()["titles_set"] else None
    if m:
        n_start, n_end = start + m.start("names"), start + m.end("names")
        if _only_addressees(line, n_start, n_end):
            return n_start, n_end, m
    # an address to offices: the whole line, closed by its colon (not `... telegram of 3:00 15 July`)
    m = OFFICE_ADDRESS_RE.match(text) if text[-1:] == ":" and line[start:whole_line].rstrip()[-1:] == ":" else None
    if m and _offices_and_names(m.group("names")):
        return start + m.start("names"), start + m.end("names"), m
    return None


# an address to offices, with people among them: `To the Ministry of Foreign Affairs and Comrade
# [Li] Fuchun:`, `Embassy in the Soviet Union:`, `[To the] Xinjiang Foreign Affairs Office:`
OFFICE_ADDRESS_RE = re.compile(r"^(?:\[?[Tt]o(?:\s+the)?\]?\s+)?(?P<names>[A-Z\[][^:]{2,150}?)\s*:$")
EDITOR_WORD_RE = re.compile(r"\[([^\]\n]*)\]")


def _offices_and_names(text):
    """Offices, and people with titles, joined by commas or `and`; at least one office."""
    parts = [p.strip() for p in re.split(r",\s*|\s+and\s+", EDITOR_WORD_RE.sub(r"\1", text)) if p.strip()]
    offices = [p for p in parts if names_an_office(re.sub(r"^the\s+", "", p))]
    return offices and all(p in offices or _only_addressees(p, 0, len(p)) for p in parts)


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
    text = TITLE_BRACKET_RE.sub(lambda b: "X" * len(b.group()), text)    # an editor's name: a name
    return only_names(text, 0, len(text))


ADDRESS_SEP_RE = re.compile(r",?\s+and\s+|,\s*")


def _people_parts(line, start, end):
    """(start, end) of each part of an address that is not an office (`To the Ministry of Foreign
    Affairs and Comrade [Li] Fuchun`: the second)."""
    spans, pos = [], start
    for m in list(ADDRESS_SEP_RE.finditer(line, start, end)) + [None]:
        stop = m.start() if m else end
        part = EDITOR_WORD_RE.sub(r"\1", line[pos:stop]).strip()
        if part and not names_an_office(re.sub(r"^the\s+", "", part)):
            spans.append((pos, stop))
        pos = m.end() if m else end
    return spans


def address_names(line, lineno, start, end):
    """(to, via) of an address's names: `ZAKHAROV for MAO ZEDONG` is for Mao Zedong, through
    Zakharov; `Chairman [Mao Zedong]` is Mao Zedong (a name the editor put in brackets after a
    title; `[Liu] Shaoqi`, half a name, is not taken)."""
    via = []
    m = FOR_RE.search(line, start, end)
    if m:
        via = parse_name_list(line, lineno, start, m.start())
        start = m.end()
    span = line[start:end]
    if ("," in span or " and " in span) and \
            len(_people_parts(line, start, end)) < len(ADDRESS_SEP_RE.findall(line, start, end)) + 1:
        names = []
        for a, b in _people_parts(line, start, end):       # offices among the addressees are no one
            names.extend(address_names(line, lineno, a, b)[0])
        return names, via
    if "[" not in line[start:end]:
        return parse_name_list(line, lineno, start, end), via
    titles = genre()["titles_set"]
    names, pos = [], start
    for b in TITLE_BRACKET_RE.finditer(line, start, end):
        before = line[pos:b.start()].split()
        if not (before and before[-1].lower().rstrip(".") in titles):
            continue        # `FILIPPOV [Stalin]`: an identification, read with its name below
        names.extend(parse_name_list(line, lineno, pos, b.start()))
        if not b.group("after").strip():
            names.extend(parse_name_list(line, lineno, b.start("name"), b.end("name")))
        pos = b.end()
    names.extend(parse_name_list(line, lineno, pos, end))
    return names, via


FOR_RE = re.compile(r"\s+for\s+(?=\S)")


def segment(lines, first_line, problems, skip=frozenset()):
    """Split lines[first_line:] into nested messages by quotation marks.

    Returns ParsedMessage shells with line_start/line_end and `own` pieces:
    (lineno, start, end) of text that belongs to the message and not to a child."""
    first_line = min(first_line, max(len(lines), 1))   # a document that is all header
    top = ParsedMessage(index=0, parent=None, line_start=first_line, line_end=first_line)
    messages = [top]
    unquoted = set()
    stack = [0]
    last_content = first_line
    prev_text = ""
    after_separator = False
    for lineno in range(first_line, len(lines) + 1):
        line = lines[lineno - 1]
        s, e = content_bounds(line)
        if s == e or lineno in skip:
            continue
        last_content = lineno
        if len(stack) == 1 and lineno > top.line_start and (after_separator or (
                e - s < 40 and LETTER_PLACE_RE.match(line, s, e))) \
                and _letter_starts(lines, lineno):
            # a letter enclosed without quotation marks, to the end (`* * * * *` / `Moscow, Kremlin.` / `DEAR ...`)
            child = ParsedMessage(index=len(messages), parent=0, line_start=lineno, line_end=lineno)
            messages.append(child)
            stack.append(child.index)
            unquoted.add(child.index)
        after_separator = line[s] in SEPARATOR_CHARS and is_separator(line[s:e])
        opens = opening_quotes(line, s, e)
        closes = trailing_quotes(line, s, e)
        if opens and closes and opens + closes > e - s:  # a line that is only quotation marks
            opens = min(opens, e - s)
            closes = 0
        if opens and closes and not _quoted_message_starts(line, s + opens, e, prev_text):
            opens = closes = 0  # a quoted phrase, not a message
        for _ in range(opens):
            child = ParsedMessage(index=len(messages), parent=stack[-1], line_start=lineno, line_end=lineno)
            messages.append(child)
            stack.append(child.index)
        messages[stack[-1]].own_lines.append((lineno, s, e))
        for _ in range(closes):
            if len(stack) > 1:
                messages[stack.pop()].line_end = lineno
            else:
                problems.append((lineno, "stray-quote", "closing quotation mark with no quotation open; kept as text"))
        prev_text = line[s:e]
    for idx in stack[1:]:
        m = messages[idx]
        m.line_end = last_content
        if idx in unquoted:
            continue
        problems.append((m.line_start, "unclosed-quote", "quotation opened here is never closed; it runs to the end of the document"))
        m.line_end = last_content
    top.line_end = last_content
    return messages


INTRODUCES_RE = re.compile(r"\b(?:transmit|forward|text of|following|send you|enclose)\w*\b", re.I)


# where a letter was written, above its address: `Moscow, Kremlin.`, `Moscow - the Kremlin`
LETTER_PLACE_RE = re.compile(r"^[A-Z][\w\-]+(?:,|\s+[-–—])\s+(?:the\s+)?[A-Z][\w\-]+\.?$")
LEAD_ONLY_RE = re.compile(r"(?i)^(?:dear|my dear|deeply respected|respected|highly esteemed|esteemed)\b(?P<rest>[^.!:,]*)[.!:,]?$")


def _letter_address(lines, lineno):
    """(end lineno, names line, start, end) of an address that opens a letter at lineno: one line
    (`To Comrade X`, `DEAR Comrade X!`), or a form of address with the name on the next line
    (`DEAR` / `Iosif Vissarionovich STALIN`, `DEEPLY RESPECTED Iosif` / `Vissarionovich STALIN.`);
    None when lineno opens no letter."""
    s, e = content_bounds(lines[lineno - 1])
    lead = LEAD_ONLY_RE.match(lines[lineno - 1], s, e)
    if lead and len(lead.group("rest").split()) <= 1:
        for k in range(lineno, min(lineno + 2, len(lines))):
            s2, e2 = content_bounds(lines[k])
            if s2 == e2:
                continue
            e2 = e2 - 1 if lines[k][e2 - 1] in ".!:," else e2
            if len(lines[k][s2:e2].split()) <= 4 and only_names(lines[k], s2, e2):
                return k + 1, lines[k], s2, e2
            return None
        return None
    sal = match_salutation(lines[lineno - 1], s, e)
    return (lineno, lines[lineno - 1], sal[0], sal[1]) if sal else None


def _letter_starts(lines, lineno):
    """A letter opens at lineno: its address, or the place it was written and then its address."""
    for k in range(lineno, min(lineno + 3, len(lines) + 1)):
        s, e = content_bounds(lines[k - 1])
        if s == e:
            continue
        if k == lineno and LETTER_PLACE_RE.match(lines[k - 1], s, e):
            continue
        return _letter_address(lines, k) is not None
    return False


def _quoted_message_starts(line, start, end, prev_text):
    """A one-line quotation is a message when it opens with an address, or the paragraph
    before it introduces one (ends with a colon, or transmits a text)."""
    return (match_salutation(line, start, end) is not None or prev_text.rstrip().endswith(":")
            or INTRODUCES_RE.search(prev_text) is not None)


def _clean_pieces(msg, lines):
    """Own text pieces without the quotation marks that open and close this message."""
    out = []
    for lineno, s, e in msg.own_lines:
        line = lines[lineno - 1]
        lead = msg.parent is not None and lineno == msg.line_start
        trail = msg.parent is not None and lineno == msg.line_end
        s2, e2 = strip_quotes(line, s, e, lead=lead, trail=trail)
        if s2 < e2:
            out.append((lineno, s2, e2))
    return out


TITLE_SIG_RE = re.compile(
    r"^(?P<formula>)(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+"
    r"(?:\s+[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+){0,2})"
    r"(?:\s*[\[(](?P<br>[^\])\n]+)[\])])?(?P<rest>)[.!]?$"
)


def _signature_line(text):
    """(match, rest) when text is a signature line: `With greetings! MAO ZEDONG, 3:00, 15.7.52`,
    `FILIPPOV`, or a name in title case alone on its line (`Filippov`)."""
    m = TITLE_SIG_RE.match(text)
    if m and looks_like_person(m.group("name")) and m.group("name").split()[0].lower() not in genre()["closings"]:
        return m, ""
    m = SIG_RE.match(text)
    if (not m or m.group("name").upper() != m.group("name")) and text[:1] in "WwRrSsYy":
        m = CLOSING_SIG_RE.match(text)
    if m and m.group("name").upper() == m.group("name"):
        rest = m.group("rest").strip(" ,.;")
        if rest and not _is_date_or_number(rest):
            return None
        name = m.group("name")
        if not looks_like_person(name) or len(re.sub(r"[^A-Z]", "", name)) < 3:
            return None
        return m, rest
    return None


def _is_closing(formula):
    first = formula.strip().split()[0].lower().strip(",.!") if formula.strip() else ""
    return first in genre()["closings"]


def _is_date_or_number(text):
    text = text.strip(" ,.;")
    return whole_date(text) is not None or NUMBER_RE.match(text) is not None


def _piece_text(lines, piece):
    lineno, s, e = piece
    return lines[lineno - 1][s:e]


def _ends_message(text):
    """A line that can close a message: a signature, a date or a number."""
    return _is_date_or_number(text) or _signature_line(text) is not None or _dated_signature(text) is not None


def _without_separators(pieces, lines):
    """The pieces without separator lines, and without editorial notes printed under a closing
    separator (`13/5-50. Roshchin` / `——————` / `x/ Pseudonym I.V. Stalin.`)."""
    seps = [k for k, p in enumerate(pieces) if is_separator(_piece_text(lines, p))]
    if not seps:
        return pieces
    last = seps[-1]
    if len(pieces) - 8 <= last and 0 < last < len(pieces) - 1 and _ends_message(_piece_text(lines, pieces[last - 1])):
        pieces = pieces[:last]
    seps = set(seps)
    return [p for k, p in enumerate(pieces) if k not in seps]


def _dated_signature(text):
    """(where the date ends, where the name's line begins, the signature match) for a signature
    printed date first: `24.III.50 Shtykov`, `13/5-50. Roshchin`."""
    found = match_datetime(text, anchored=True) if text[:1].isdigit() else None
    if not found:
        return None
    after = found[0].end()
    while after < len(text) and text[after] in " ,.;":
        after += 1
    sig = _signature_line(text[after:]) if after < len(text) else None
    if sig and not sig[1] and not sig[0].group("formula"):
        return found[0].end(), after, sig[0]
    return None


def _signer(m, lineno, offset):
    """The signer's NameRef from a signature match over the line's text from offset."""
    ref = NameRef(Span(m.group("name"), lineno, offset + m.start("name"), offset + m.end("name")))
    if m.group("br"):
        b = m.group("br").strip()
        ref.bracket = Span(b, lineno, offset + m.start("br"), offset + m.start("br") + len(b))
    return ref


def _trailing_copies(msg, pieces, lines, i, j):
    """A list of copies printed under the signature (`Copies:` / `1. Comr. Stalin` / ...):
    its names become the message's distribution. Returns where the list begins (j if none)."""
    def entry(piece):
        """Where the names of a line of the list begin: after `1.` or `Copy Nº 1 to`, or at
        once on a line of names that goes on from the one above (`Mikoyan, Kaganovich.`)."""
        lineno, s, e = piece
        line = lines[lineno - 1]
        m = COPIES_ITEM_RE.match(line, s, e)
        if m:
            if m.end() == e:
                return e        # `Copy Nº 2` / `to Cde. Stalin`: the name on the next line
            if is_copies_entry(line, m.end(), e):
                return m.end()
            return e if len(line[m.end():e].split()) <= 3 else None     # `5 - to file`: no one
        if COPIES_RE.match(line, s, e):
            return None          # the list's heading
        if "," not in line[s:e]:
            return None
        # names, and offices among them (`Bulganin, Mikoyan, File of 8th`)
        items = [x.strip() for x in line[s:e].rstrip(".,").split(",") if x.strip()]
        if not all(x[0].isupper() and len(x.split()) <= 6 for x in items):
            return None         # a sentence, a signature with its date: the cheap test first
        names = parse_name_list(line, lineno, s, e)
        return s if names and 2 * len(names) >= len(items) and all(len(x.split()) <= 6 for x in items) else None

    k = j
    starts = []
    while k > i:
        start = entry(pieces[k - 1])
        if start is None:
            break
        starts.insert(0, start)
        k -= 1
    if k == i:
        return j
    lineno, s, e = pieces[k - 1]
    m = COPIES_RE.match(lines[lineno - 1], s, e)
    if m and not (k == j and m.end() == e):
        k -= 1                  # `Copies:` heads the list
        starts.insert(0, m.end())
    elif k < j and COPIES_COUNT_RE.match(lines[lineno - 1][s:e]):
        k -= 1                  # `Five copies printed:` heads it
        starts.insert(0, e)
    elif k == j or not all(COPY_LINE_RE.match(lines[ln - 1], a, b) for ln, a, b in pieces[k:j]) \
            or not COPY_LINE_RE.match(lines[pieces[k][0] - 1], pieces[k][1], pieces[k][2]).group(1):
        return j                # other lists need a heading, `Copy Nº 1 to ...` lines do not
    for (ln, a, b), start in zip(pieces[k:j], starts):
        msg.distribution.extend(parse_name_list(lines[ln - 1], ln, start, b))
    return k


ADDRESS_MORE_RE = re.compile(r"(?i)^(?P<word>for|or)\s+(?=\S)")


def _address_goes_on(msg, pieces, lines, i):
    """An address over more lines: `To Comrade ZAKHAROV` / `for Comrade ZHOU ENLAI` (for Zhou
    Enlai, through Zakharov), `To ZAKHAROV for MAO ZEDONG` / `or ZHOU ENLAI`. Returns the
    piece after it."""
    while i < len(pieces) - 1:
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


def _is_form_mark(text):
    low = text.lower().rstrip(".!")
    g = genre()
    return low in g["priorities"] or low in g["classifications"]


@lru_cache(maxsize=None)
def _positions_re():
    alt = "|".join(re.escape(w) for w in sorted(genre()["positions"], key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alt})\b")


def _is_position(text):
    """A line that names a post (`Deputy Assistant Under-Secretary`), printed under a signature."""
    words = text.split()
    small = ("of", "the", "and", "in", "for", "to", "on")
    return 1 <= len(words) <= 10 and text[-1:] not in ".!?:" and words[0][:1].isupper() \
        and all(w[:1].isupper() or w in small for w in words) and _positions_re().search(text) is not None


def parse_parts(msg, lines, problems):
    """Fill a segmented message's salutation, recipients, body, signature, references, demands."""
    pieces = _without_separators(_clean_pieces(msg, lines), lines)
    i = 0      # omission marks above the address carry no text of the message
    while i < len(pieces) - 1 and OMISSION_RE.match(_piece_text(lines, pieces[i])):
        i += 1
    addressed = False
    if i < len(pieces) - 1 and LETTER_PLACE_RE.match(lines[pieces[i][0] - 1], pieces[i][1], pieces[i][2]) \
            and _letter_address(lines, pieces[i + 1][0]):
        lineno, s, e = pieces[i]          # `Moscow, Kremlin.` above a letter's address
        place = lines[lineno - 1][s:e].split(",")[0].split(" ")[0]
        msg.to_place = Span(place, lineno, s, s + len(place))
        i += 1
    if i < len(pieces) - 1 and LEAD_ONLY_RE.match(lines[pieces[i][0] - 1], pieces[i][1], pieces[i][2]):
        found = _letter_address(lines, pieces[i][0])
        if found and found[0] == pieces[i + 1][0]:     # `DEAR` / `Iosif Vissarionovich STALIN`
            end_line, nline, n_start, n_end = found
            lineno, s, e = pieces[i]
            msg.salutation = Span(lines[lineno - 1][s:e] + " " + nline[pieces[i + 1][1]:pieces[i + 1][2]], lineno, s, e)
            msg.to = parse_name_list(nline, end_line, n_start, n_end)
            i += 2
            addressed = True
    if i < len(pieces) and not addressed:
        lineno, s, e = pieces[i]
        line = lines[lineno - 1]
        sal = match_salutation(line, s, e)
        bare = BARE_ADDRESS_RE.match(line, s, e) if not sal and len(pieces) - i > 1 else None
        if sal:
            n_start, n_end, m = sal
            sal_end = _address_end(line, s, e)
            msg.salutation = Span(line[s:sal_end], lineno, s, sal_end)
            msg.to, msg.via = address_names(line, lineno, n_start, n_end)
            if m.groupdict().get("place"):
                p = m.group("place")
                msg.to_place = Span(p, lineno, s + m.start("place"), s + m.start("place") + len(p))
            rest = content_bounds(line, sal_end, e)
            if rest[0] < rest[1]:
                pieces[i] = (lineno, rest[0], rest[1])   # the message goes on on the same line
            else:
                i += 1
                i = _address_goes_on(msg, pieces, lines, i)
                # `To transmit to Comrade MAO ZEDONG` / `Comrade MAO ZEDONG!`: the greeting under the address
                if i < len(pieces) - 1 and ADDRESS_ONLY_RE.match(_piece_text(lines, pieces[i])):
                    i += 1
                elif not msg.to and i < len(pieces) - 1:
                    # `TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR` / `Comrade STALIN I.V.`
                    ln, a, b = pieces[i]
                    more = match_salutation(lines[ln - 1], a, b)
                    if more:
                        msg.to = parse_name_list(lines[ln - 1], ln, more[0], more[1])
                        i += 1
                # `To RAZUVAEV` / `SPECIAL`: a mark of the form under the address
                while i < len(pieces) - 1 and _is_form_mark(_piece_text(lines, pieces[i])):
                    i += 1
        elif bare:
            msg.salutation = Span(bare.group(0), lineno, s, e)
            msg.to = parse_name_list(line, lineno, bare.start("names"), bare.end("names"))
            i += 1
    while i < len(pieces):
        lineno, s, e = pieces[i]
        line = lines[lineno - 1]
        m = COPIES_RE.match(line, s, e) or None
        if m:
            msg.distribution.extend(parse_name_list(line, lineno, m.end(), e))
            i += 1
            continue
        m = COPY_RE.match(line[s:e])
        if m and not NUMBER_RE.match(line[s:e][m.end():]):
            msg.copy_to.extend(parse_name_list(line, lineno, s + m.end(), e))
            i += 1
            continue
        break
    j = len(pieces)
    sig_pieces, formula_piece = [], None
    while j > i:
        k = _trailing_copies(msg, pieces, lines, i, j)
        if k < j:
            j = k
            continue
        lineno, s, e = pieces[j - 1]
        line = lines[lineno - 1]
        s, e = strip_quotes(line, s, e)
        text = line[s:e]
        if OMISSION_RE.match(text.strip()) or COPIES_COUNT_RE.match(text) or starts_with_entry("handling_stamps", text) \
                or (msg.signer is None and (starts_with_entry("notes_under_signature", text) or HANDLER_NOTE_RE.search(text))):
            # `[...]`, `5 copies`, `Typed by ... on ...`, `Spravka: ...`, `[stamp: ...]`, an officer's
            # `[illegible signature]`: no part of the message's text
            j -= 1
            continue
        printed = (s, e)        # the line as printed, kept whole in the signature
        mark = SIGNATURE_MARK_RE.match(text) if text[:1] == "[" else None
        if mark and mark.end() < len(text):
            s += mark.end()              # `[signature] (A. PUZANOV)`
            text = line[s:e]
        if text[:1] == "(" and text[-1:] == ")" and _signature_line(text[1:-1]):
            s, e = s + 1, e - 1          # `(A. Gromyko)`
            text = line[s:e]
        place_date = PLACE_DATE_RE.match(text) if "," in text else None
        if place_date and whole_date(text, place_date.end()) and msg.date_text is None:
            msg.date_text, msg.date_line = text[place_date.end():].strip(" ,.;"), lineno    # `Pyongyang, 29 September 1950`
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
            continue
        num = NUMBER_RE.match(text)
        if num or _is_date_or_number(text):
            if num:
                msg.number = msg.number or num.group("num")
            elif msg.date_text is None:
                msg.date_text, msg.date_line = text.strip(" ,.;"), lineno
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
            continue
        if msg.signer is None and msg.sender_office is None:
            if text[-1:] not in ".!?:;," and j - 1 > i and _is_position(text):
                a_line, a_s, a_e = pieces[j - 2]          # `Irén Rózsa` / `Deputy Assistant Under-Secretary`
                above = _signature_line(lines[a_line - 1][a_s:a_e])
                if above and not above[1] and not above[0].group("formula"):
                    msg.signer = _signer(above[0], a_line, a_s)
                    sig_pieces[:0] = [(a_line, a_s, a_e), (lineno, s, e)]
                    j -= 2
                    break
        dated = _dated_signature(text)
        if dated:
            date_end, name_at, m = dated
            msg.signer = _signer(m, lineno, s + name_at)
            if msg.date_text is None:
                msg.date_text, msg.date_line = text[:date_end].strip(" ,.;"), lineno
            sig_pieces.insert(0, (lineno, *printed))
            j -= 1
            break
        spaced = SPACED_NAME_RE.match(text)
        if spaced:       # `S H T Y K O V`
            msg.signer = NameRef(Span(spaced.group(0), lineno, s, e))
            sig_pieces.insert(0, (lineno, *printed))
            j -= 1
            break
        sig = _signature_line(text)
        first = NUMBER_FIRST_RE.match(text) if not sig and text[:1] == "N" else None
        if first and _signature_line(text[first.end():]):
            msg.number = msg.number or first.group("num")      # `No. 15 T. SHTYKOV`
            s += first.end()
            text = line[s:e]
            sig = _signature_line(text)
        if sig:
            m, rest = sig
            formula = m.group("formula")
            co_signed = None
            sig_start = s
            if formula and not _is_closing(formula):
                # `We need aircraft. KIM IL SUNG. 14.7.52`: the sentence is body, the rest signature
                formula_piece = (lineno, s, s + len(formula))
                sig_start = s + m.start("name")
            msg.signer = _signer(m, lineno, s)
            if not rest and not formula and j - 1 > i:
                # `KIM IL SUNG` / `PAK HEON-YEONG`: signed by two; the first named is the sender
                a_line, a_s, a_e = pieces[j - 2]
                above = _signature_line(lines[a_line - 1][a_s:a_e])
                if above and not above[1] and not above[0].group("formula") and SIG_RE.match(text) \
                        and above[0].group("name").isupper():
                    msg.signer = _signer(above[0], a_line, a_s)
                    co_signed = (a_line, a_s, a_e)
                    j -= 1
            if rest:
                num = NUMBER_RE.match(rest)
                if num:
                    msg.number = msg.number or num.group("num")
                else:
                    msg.date_text, msg.date_line = rest, lineno
            sig_pieces.insert(0, (lineno, sig_start if formula_piece else printed[0], printed[1]))
            if co_signed:
                sig_pieces.insert(0, co_signed)
            j -= 1
        elif msg.signer is None and msg.sender_office is None:
            office = office_line(text)
            if office:
                msg.sender_office = office        # an office signs: `[Chinese] Embassy in the Soviet Union`
                sig_pieces.insert(0, (lineno, s, e))
                j -= 1
        break
    if msg.signer:
        # above the name: `[signature]`, the signer's post or office (`USSR AMBASSADOR IN THE DPRK`)
        for _ in range(2):
            if j <= i + 1:
                break
            lineno, s, e = pieces[j - 1]
            text = lines[lineno - 1][s:e]
            if not (SIGNATURE_MARK_RE.fullmatch(text) or _is_position(text) or office_line(text)):
                break
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
    if sig_pieces:
        msg.signature = "\n".join(lines[ln - 1][a:b] for ln, a, b in sig_pieces)
    pieces_body = pieces[i:j] + ([formula_piece] if formula_piece else [])
    msg.body = "\n\n".join(lines[ln - 1][s:e] for ln, s, e in pieces_body)
    body_lines = [(ln, lines[ln - 1], s, e) for ln, s, e in pieces_body]
    msg.references = parse_references(body_lines)
    msg.transmit_to = parse_transmit_to(body_lines)
    msg.transmit_from = parse_transmit_from(body_lines)
    msg.demands = parse_demands(body_lines)


def parse_messages(lines, first_line, problems, skip=frozenset()):
    messages = segment(lines, first_line, problems, skip)
    for msg in messages:
        parse_parts(msg, lines, problems)
    return messages
