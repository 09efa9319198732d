"""Messages inside a document: the top-level one and every quoted or forwarded one.

Quotation marks open and close enclosed messages; they may be unbalanced (a stray closing
mark, a quote never closed), which is reported as a problem, never an error.
"""
import re
from functools import lru_cache

from .dates import match_datetime, whole_date
from .genre import genre, starts_with_entry
from .parse_demands import parse_demands
from .parse_names import is_copies_entry, looks_like_person, only_names, parse_name_list
from .parse_references import parse_references, parse_transmit_from, parse_transmit_to
from .records import NameRef, ParsedMessage, Span
from .text import OMISSION_RE, content_bounds, is_separator, opening_quotes, strip_quotes, trailing_quotes

BUILT_IN_LEADS = ("To", "to", "TO", "Dear", "DEAR", "My dear", "MY DEAR")


@lru_cache(maxsize=None)
def _sal_re():
    """`[PLACE, ]lead names`: `To Comrade FILIPPOV [Stalin]`, `BEIJING, to Comrade ROSHCHIN`,
    `For immediate report to comrade Filippov` (the genre's address_leads)."""
    extra = sorted(genre()["address_leads"], key=len, reverse=True)
    leads = "|".join(rf"(?i:{re.escape(lead)})" for lead in extra) + "|" + "|".join(BUILT_IN_LEADS)
    return re.compile(
        r"^(?:(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}),\s+)?"
        rf"(?P<lead>{leads})\s+(?P<names>.+?)\s*[.!:,]?$"
    )


# a line that is only a name with its identification, above a message: `FENG XI [STALIN]`
BARE_ADDRESS_RE = re.compile(r"^(?P<names>[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3}\s*\[[^\]\n]+\])\s*[.!:]?$")
ADDRESS_ONLY_RE = re.compile(r"^(?P<names>(?i:Comrade|Comrades|Cde\.|Cdes\.)\s+.+?)\s*[!,:]$")
COPY_RE = re.compile(r"(?i)^copy(?:\s+to)?\s*:?\s+")
COPIES_RE = re.compile(r"(?i)^copies\b\s*:?\s*")
COPIES_ITEM_RE = re.compile(r"^\d{1,2}[.)]\s*(?=\S)")           # `1. Comr. Stalin` in a list of copies
COPIES_COUNT_RE = re.compile(r"(?i)^\d{1,3}\s+cop(?:y|ies)\.?$")   # `5 copies`
NUMBER_RE = re.compile(r"^(?:No\.?|N[º°]\.?|№)\s*(?P<num>[\w/\-]+)\.?$")
SPACED_NAME_RE = re.compile(r"^(?:[A-Z] ){3,}[A-Z]$")             # a signature printed letter-spaced
SIG_RE = re.compile(
    r"^(?:(?P<formula>[^.!?\n]{2,80}[.!,])\s+)?"
    r"(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,3})"
    r"(?:\s*[\[(](?P<br>[^\])\n]+)[\])])?"
    r"(?P<rest>.*)$"
)


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


def match_salutation(line, start, end):
    """(names_start, names_end, match) when line[start:end] opens a message."""
    end = _address_end(line, start, end)
    text = line[start:end]
    if len(text) > 160:
        return None
    m = _sal_re().match(text)
    if m:
        names = m.group("names")
        lead = m.group("lead")
        words = names.rstrip(".!:,").split()
        built_in = lead in BUILT_IN_LEADS
        n_start, n_end = start + m.start("names"), start + m.end("names")
        if not built_in and not only_names(line, n_start, n_end):
            return None     # `For this purpose I request ...`, `For Comrade X it is necessary ...`
        first = words[0].rstrip(".").lower() if words else ""
        if first in genre()["titles_set"] or (names[:1].isupper() and names.split()[0].isupper()):
            return n_start, n_end, m
        if names[:1].isupper() and len(words) <= 4 and built_in and lead not in ("To", "to"):
            return n_start, n_end, m
        # `To Mao Zedong.`: a short line of capitalised words alone (not `To improve the command ...`)
        if (lead == "To" or not built_in) and 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words) \
                and looks_like_person(" ".join(words)):
            return n_start, n_end, m
        return None
    m = ADDRESS_ONLY_RE.match(text)
    if m:
        return start + m.start("names"), start + m.end("names"), m
    return None


def segment(lines, first_line, problems):
    """Split lines[first_line:] into nested messages by quotation marks.

    Returns ParsedMessage shells with line_start/line_end and `own` pieces:
    (lineno, start, end) of text that belongs to the message and not to a child."""
    first_line = min(first_line, max(len(lines), 1))   # a document that is all header
    top = ParsedMessage(index=0, parent=None, line_start=first_line, line_end=first_line)
    messages = [top]
    stack = [0]
    last_content = first_line
    prev_text = ""
    for lineno in range(first_line, len(lines) + 1):
        line = lines[lineno - 1]
        s, e = content_bounds(line)
        if s == e:
            continue
        last_content = lineno
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
        problems.append((m.line_start, "unclosed-quote", "quotation opened here is never closed; it runs to the end of the document"))
        m.line_end = last_content
    top.line_end = last_content
    return messages


INTRODUCES_RE = re.compile(r"\b(?:transmit|forward|text of|following|send you|enclose)\w*\b", re.I)


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
    r"^(?P<formula>)(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2})"
    r"(?:\s*[\[(](?P<br>[^\])\n]+)[\])])?(?P<rest>)[.!]?$"
)


def _signature_line(text):
    """(match, rest) when text is a signature line: `With greetings! MAO ZEDONG, 3:00, 15.7.52`,
    `FILIPPOV`, or a name in title case alone on its line (`Filippov`)."""
    m = TITLE_SIG_RE.match(text)
    if m and looks_like_person(m.group("name")) and m.group("name").split()[0].lower() not in genre()["closings"]:
        return m, ""
    m = SIG_RE.match(text)
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
    def listed(piece):
        lineno, s, e = piece
        m = COPIES_ITEM_RE.match(lines[lineno - 1], s, e)
        return m is not None and is_copies_entry(lines[lineno - 1], m.end(), e)

    k = j
    while k > i and listed(pieces[k - 1]):
        k -= 1
    if k == i:
        return j
    lineno, s, e = pieces[k - 1]
    m = COPIES_RE.match(lines[lineno - 1], s, e)
    if not m or (k == j and m.end() == e):
        return j
    for ln, a, b in pieces[k - 1:j]:
        line = lines[ln - 1]
        start = COPIES_RE.match(line, a, b) or COPIES_ITEM_RE.match(line, a, b)
        msg.distribution.extend(parse_name_list(line, ln, start.end(), b))
    return k - 1


def parse_parts(msg, lines, problems):
    """Fill a segmented message's salutation, recipients, body, signature, references, demands."""
    pieces = _without_separators(_clean_pieces(msg, lines), lines)
    i = 0      # omission marks above the address carry no text of the message
    while i < len(pieces) - 1 and OMISSION_RE.match(_piece_text(lines, pieces[i])):
        i += 1
    if i < len(pieces):
        lineno, s, e = pieces[i]
        line = lines[lineno - 1]
        sal = match_salutation(line, s, e)
        bare = BARE_ADDRESS_RE.match(line, s, e) if not sal and len(pieces) - i > 1 else None
        if sal:
            n_start, n_end, m = sal
            sal_end = _address_end(line, s, e)
            msg.salutation = Span(line[s:sal_end], lineno, s, sal_end)
            msg.to = parse_name_list(line, lineno, n_start, n_end)
            if m.groupdict().get("place"):
                p = m.group("place")
                msg.to_place = Span(p, lineno, s + m.start("place"), s + m.start("place") + len(p))
            rest = content_bounds(line, sal_end, e)
            if rest[0] < rest[1]:
                pieces[i] = (lineno, rest[0], rest[1])   # the message goes on on the same line
            else:
                i += 1
                # `To transmit to Comrade MAO ZEDONG` / `Comrade MAO ZEDONG!`: the greeting under the address
                if i < len(pieces) - 1 and ADDRESS_ONLY_RE.match(_piece_text(lines, pieces[i])):
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
                or (not sig_pieces and starts_with_entry("notes_under_signature", text)):
            j -= 1       # `[...]`, `5 copies`, `Typed by ... on ...`, `Spravka: ...`: no part of the message's text
            continue
        if text[:1] == "(" and text[-1:] == ")" and _signature_line(text[1:-1]):
            s, e = s + 1, e - 1          # `(A. Gromyko)`
            text = line[s:e]
        num = NUMBER_RE.match(text)
        if num or _is_date_or_number(text):
            if num:
                msg.number = msg.number or num.group("num")
            elif msg.date_text is None:
                msg.date_text, msg.date_line = text.strip(" ,.;"), lineno
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
            continue
        dated = _dated_signature(text)
        if dated:
            date_end, name_at, m = dated
            msg.signer = _signer(m, lineno, s + name_at)
            if msg.date_text is None:
                msg.date_text, msg.date_line = text[:date_end].strip(" ,.;"), lineno
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
            break
        spaced = SPACED_NAME_RE.match(text)
        if spaced:       # `S H T Y K O V`
            msg.signer = NameRef(Span(spaced.group(0), lineno, s, e))
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
            break
        sig = _signature_line(text)
        if sig:
            m, rest = sig
            formula = m.group("formula")
            sig_start = s
            if formula and not _is_closing(formula):
                # `We need aircraft. KIM IL SUNG. 14.7.52`: the sentence is body, the rest signature
                formula_piece = (lineno, s, s + len(formula))
                sig_start = s + m.start("name")
            msg.signer = _signer(m, lineno, s)
            if rest:
                num = NUMBER_RE.match(rest)
                if num:
                    msg.number = msg.number or num.group("num")
                else:
                    msg.date_text, msg.date_line = rest, lineno
            sig_pieces.insert(0, (lineno, sig_start, e))
            j -= 1
        break
    if sig_pieces:
        msg.signature = "\n".join(lines[ln - 1][a:b] for ln, a, b in sig_pieces)
    pieces_body = pieces[i:j] + ([formula_piece] if formula_piece else [])
    msg.body = "\n\n".join(lines[ln - 1][s:e] for ln, s, e in pieces_body)
    body_lines = [(ln, lines[ln - 1], s, e) for ln, s, e in pieces_body]
    msg.references = parse_references(body_lines)
    msg.transmit_to = parse_transmit_to(body_lines)
    msg.transmit_from = parse_transmit_from(body_lines)
    msg.demands = parse_demands(body_lines)


def parse_messages(lines, first_line, problems):
    messages = segment(lines, first_line, problems)
    for msg in messages:
        parse_parts(msg, lines, problems)
    return messages
