"""The document's heading: issuer, type and number, copies, transmission stamps, series."""
import re
from functools import lru_cache

from .dates import match_datetime, whole_date
from .genre import genre
from .parse_names import parse_name_list
from .records import ParsedHeader, Span
from .text import content_bounds, smart_title

STAMP_RE = re.compile(r"\b(Sent|Received|Dispatched|Transmitted)\b\s*", re.I)
COPIES_RE = re.compile(r"(?i)^(copies|distribution|distributed to)\s*:?\s*")
PLACE_DATE_RE = re.compile(r"^(?P<place>[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?),\s+")   # `Moscow, 18 July 1952`
HEADER_NUMBER_RE = re.compile(r"^(?:No\.?|Nr\.?|#)\s*(?P<num>[\w/\-]+)$")
SERIES_RE = re.compile(r"(?i)^series\s+(.+)$")
FROM_RE = re.compile(r"(?i)^from\s+")
SENT_TO_RE = re.compile(r"(?i)^sent\s+to\s+")


@lru_cache(maxsize=None)
def _doc_type_re():
    types = sorted(genre()["doc_types"], key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in types)
    return re.compile(rf"(?i)^(?P<type>{alt})\b\.?(?:\s*(?:No\.?|Nr\.?|#)\s*(?P<num>[\w/\-]+))?\s*$")


def _stamps(line, start, end):
    """The `Sent ...` / `Received ...` stamps in line[start:end], as {'sent': text, 'received': text}."""
    found = {}
    marks = list(STAMP_RE.finditer(line, start, end))
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else end
        text = line[m.end():stop].strip(" ,.;")
        word = m.group(1).lower()
        key = "received" if word == "received" else "sent"
        found[key] = text
    return found, (marks[0].start() if marks else end)


def is_salutation_start(text):
    from .parse_messages import match_salutation

    return match_salutation(text, 0, len(text)) is not None


def parse_header(lines):
    """Read header lines from the top until the first line that belongs to a message."""
    h = ParsedHeader()
    doc_type_re = _doc_type_re()
    g = genre()
    lineno = 0
    for lineno, line in enumerate(lines, start=1):
        s, e = content_bounds(line)
        if s == e:
            continue
        text = line[s:e]
        low = text.lower().rstrip(".!")
        if is_salutation_start(text):
            h.first_body_line = lineno
            return h
        m = doc_type_re.match(text)
        if m and h.doc_type is None:
            h.doc_type = m.group("type").lower()
            h.number = m.group("num")
            h.lines["doc_type"] = lineno
            continue
        m = HEADER_NUMBER_RE.match(text)
        if m and h.doc_type and not h.number:
            h.number = m.group("num")
            continue
        if not h.lines.get("date") and whole_date(text):
            h.date_text = text.strip(" ,.;")
            h.lines["date"] = lineno
            continue
        m = PLACE_DATE_RE.match(text)
        if m and not h.lines.get("date"):
            found = whole_date(text, m.end())
            if found:
                place = m.group("place")
                h.origin = h.origin or Span(place, lineno, s, s + len(place))
                h.date_text = found.group(0)
                h.lines["date"] = lineno
                h.lines.setdefault("origin", lineno)
                continue
        m = COPIES_RE.match(text)
        if m:
            h.copies.extend(parse_name_list(line, lineno, s + m.end(), e))
            h.lines["copies"] = lineno
            continue
        if FROM_RE.match(text):
            stamps, stop = _stamps(line, s, e)
            origin = line[s + 5:stop].strip(" ,.")
            if origin:
                o_start = line.index(origin, s + 5)
                h.origin = Span(origin, lineno, o_start, o_start + len(origin))
            h.sent_text = stamps.get("sent", h.sent_text)
            h.received_text = stamps.get("received", h.received_text)
            h.lines["origin"] = lineno
            continue
        m = SENT_TO_RE.match(text)
        if m:
            rest = text[m.end():]
            found = match_datetime(rest)
            if found:
                h.sent_to_text = rest[:found[0].start()].strip(" ,.") or None
                h.sent_text = rest[found[0].start():].strip(" ,.")
            else:
                h.sent_to_text = rest.strip(" ,.")
            h.lines["sent_to"] = lineno
            continue
        if STAMP_RE.match(text):
            stamps, _ = _stamps(line, s, e)
            h.sent_text = stamps.get("sent", h.sent_text)
            h.received_text = stamps.get("received", h.received_text)
            continue
        m = SERIES_RE.match(text)
        if m:
            h.series = m.group(1).strip()
            h.lines["series"] = lineno
            continue
        if low in g["priorities"]:
            h.priority = text.rstrip(".!")
            continue
        if any(low.startswith(c) for c in g["classifications"]):
            h.classification = text.rstrip(".!")
            continue
        if h.issuer is None and h.doc_type is None and text.upper() == text and re.search(r"[A-Z]{3}", text):
            h.issuer = smart_title(text, g["acronyms"])
            h.lines["issuer"] = lineno
            continue
        # first line that is none of the above: the message begins here
        h.first_body_line = lineno
        return h
    h.first_body_line = lineno + 1
    return h
