"""Dates and times as printed in telegrams, to ISO 8601 at the printed precision.

Pure functions. A printed date may lack its year ("17.7", "15 July of this year"): the
caller passes the document's reference year. Two-digit years take the reference year's
century (1900s when none is known).
"""
import re
from dataclasses import dataclass, replace
from functools import lru_cache

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH_ABBR = {m[:3]: n for m, n in MONTHS.items()}
ROMAN = {r: i + 1 for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split())}

# `12:15`, `3.00 hrs`, `4:10 am`, `03:15 a.m.`, `10 hours 10 minutes`, `3 PM`, `noon`
TIME = (r"(?:(?P<{p}h>\d{{1,2}})[:.](?P<{p}m>\d{{2}})(?:\s*(?:hours|hrs\.?|h)\b)?"
        r"|(?P<{p}hh>\d{{1,2}})\s+hours?\s+(?P<{p}mm>\d{{1,2}})\s+minutes?"
        r"|(?P<{p}hx>\d{{1,2}})(?=\s*[ap]\.?\s?m\b)"        # `3 PM`: the hour alone, then am or pm
        r"|(?P<{p}nn>noon|midnight)\b)"
        r"(?:\s*(?P<{p}ap>[ap])\.?\s?m\b\.?)?")
# `1135 19 October 1951`: four digits, only right before a date in words
MILITARY_TIME = r"(?<![\d.:/])(?P<{p}mil>(?:[01]\d|2[0-3])[0-5]\d)"
ROMAN_MONTH = r"(?:XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)(?![A-Za-z])"
# `18.7.52`, `8.II.1950`; spaced only around a month in Roman numerals with its stop and year
# (`6. II. 1949`): `1. 2`, `3. I agree` or `2. V. Molotov` in a numbered list is no date; a
# hyphen before the year only after a Roman month (`14.IV-46`, `14. IV-46`)
NUMERIC_DATE = (r"(?<![\d.])(?P<{p}d>\d{{1,2}})\.(?:(?P<{p}mo>\d{{1,2}}|" + ROMAN_MONTH + r")(?:(?:\.|(?<=[IVX])-)(?P<{p}y>\d{{4}}|\d{{2}}))?"
                r"|\s(?P<{p}rmo>" + ROMAN_MONTH + r")[.\-]\s?(?P<{p}ry>\d{{4}}|\d{{2}}))(?![\d])")
WORD_DATE = (
    r"(?<!\d)(?P<{p}d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|\.\s*)(?P<{p}mon>" + MONTH_RE + r"|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?)"
    r"(?:\s+(?P<{p}this>of\s+this\s+year)|(?:,\s*|\s+|\.)(?P<{p}y>\d{{4}}))?"
)
MONTH_FIRST_DATE = (      # `August 10`, `Aug 10`, `Sept. 5` (the cables' abbreviations)
    r"(?P<{p}mon>" + MONTH_RE + r"|(?<![A-Za-z])(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)\s+(?P<{p}d>\d{{1,2}})(?:st|nd|rd|th)?(?![\dA-Za-z])(?:(?:,\s*|\s+)(?P<{p}y>\d{{4}}))?"
)


def _t(p):
    return TIME.format(p=p)


# `13/5-50`, `13/5/1950`, `27/X/1962`; month first when the day-first reading is impossible (`10/14/50`).
# The year is required: `1/2` is a fraction.
SLASH_DATE = (r"(?<![\d./])(?P<{p}d>\d{{1,2}})(?P<{p}sl>/)(?P<{p}mo>\d{{1,2}}|" + ROMAN_MONTH + r")[/\-]"
              r"(?P<{p}y>\d{{4}}|\d{{2}})(?![\d/:])")       # `27/X/62`: a month in Roman numerals reads one way;
                                                          # `10/27/14:21`: the clock after the day, no year

# Each form of date, with what a text must hold for it to match there (a quick test that
# spares most texts most patterns): a month's name, a full stop, a slash.
MONTH_NEEDLE_RE = re.compile(r"(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
# The State Department's decimal file, which ends with the date it was filed: `795.00/6–2550`
# (25 June 1950), `861.424/11–250` (2 November 1950), `800.00 Summaries/7–648`, `793B.00/12–2550` (a letter after the country's number),
# `800.00b Communist International/11–1347`, `396.1 GE/5–1654` (the Geneva conference's file)
FILE_DATE = (r"(?<![\w.])\d{{3}}[A-Za-z]?\.[\w.]+(?: [A-Z][A-Za-z]*\.?){{0,3}}/(?P<{p}fmo>1[0-2]|[1-9])[–\-](?P<{p}d>[1-9]|[12]\d|3[01])(?P<{p}y>\d{{2}})(?![\d])")
# A cable's date-time group, in UTC: `182248Z AUG 78` (18 August 1978, 22:48)
DTG_DATE = (r"(?<!\d)(?P<{p}d>[0-3]\d)(?P<{p}h>[0-2]\d)(?P<{p}m>[0-5]\d)\s?(?P<{p}z>Z)\s+"
            r"(?P<{p}mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s+(?P<{p}y>\d{{2}})(?!\d)")
# A month and its year, the day not printed: `August 1949` (`1949-08`, as precise as the source)
MONTH_YEAR_DATE = r"(?<![\w])(?P<{p}mon>" + MONTH_RE + r")\s+(?P<{p}y>\d{{4}})(?![\d])"
# The year first, as Hungarian telegrams print it: `80. 10. 02.` (2 October 1980), `1980. 10. 02.`; only
# a year no day could be (40-99, or four digits), each part closed by a stop and a space
YEAR_FIRST_DATE = (r"(?<![\d.])(?P<{p}y>19\d\d|[4-9]\d)\.\s(?P<{p}ymo>0?[1-9]|1[0-2])\.\s(?P<{p}d>[0-2]?\d|3[01])\.(?!\d)")
DATE_ALTERNATIVES = [(WORD_DATE, "month"), (MONTH_FIRST_DATE, "month"), (NUMERIC_DATE, "."), (SLASH_DATE, "/"),
                     (FILE_DATE, "/"), (DTG_DATE, "month"), (MONTH_YEAR_DATE, "month"), (YEAR_FIRST_DATE, ".")]

# A date-time: optional time before or after the date, separated by spaces or a comma.
DATETIME_PATTERNS = []      # (pattern, what the text must hold, whether it starts with a digit)
for i, (d, needs) in enumerate(DATE_ALTERNATIVES):
    time = _t(f"a{i}")
    if d is WORD_DATE:
        time = f"(?:{time}|{MILITARY_TIME.format(p=f'a{i}')})"
    DATETIME_PATTERNS.append(
        (re.compile(time + r"[,.]?\s+(?:on\s+)?" + d.format(p=f"b{i}"), re.I), needs, True)
    )
    after = _t(f"e{i}")
    if d in (WORD_DATE, MONTH_FIRST_DATE):      # `July 15, 1967, 1144Z`: four digits in UTC after a date in words
        after = f"(?:{after}|{MILITARY_TIME.format(p=f'e{i}')}(?P<e{i}z>Z)(?!\\w))"
    DATETIME_PATTERNS.append(
        # `November 2, 1950—noon`: an em dash before the time too
        (re.compile(d.format(p=f"c{i}") + r"(?:(?:[,.]?\s+(?:at\s+)?|\s*—\s*)" + after + r")?", re.I), needs,
         d not in (MONTH_FIRST_DATE, MONTH_YEAR_DATE))
    )

DIGIT_FIRST = tuple(pat for pat, _, digit_first in DATETIME_PATTERNS if digit_first)
LETTER_FIRST = tuple(pat for pat, _, digit_first in DATETIME_PATTERNS if not digit_first)


@dataclass(frozen=True)
class DateParts:
    year: int | None
    month: int
    day: int | None               # None: `August 1949`, the day not printed
    hour: int | None = None
    minute: int | None = None
    year_text: str | None = None  # the year as printed ("52", "1952"), None if absent
    this_year: bool = False       # "of this year"
    ambiguous: bool = False       # `10/02/50`: day first or month first, both possible
    dotted: bool = False          # `11.01.1962`: digits and stops, read day first unless the document writes month first
    utc: bool = False             # `182248Z AUG 78`: a cable's date-time group, in UTC


def match_datetime(text, pos=0, anchored=False):
    """Find the first date (with an optional time) in text from pos; return (match, DateParts) or None."""
    best = None
    if anchored:      # only the patterns that can start with the character at pos
        digit = text[pos:pos + 1].isdigit()
        if not digit and not text[pos:pos + 1].isalpha():
            return None
        patterns = DIGIT_FIRST if digit else LETTER_FIRST
    else:
        held = {".": "." in text, "/": "/" in text, "month": MONTH_NEEDLE_RE.search(text, pos) is not None}
        patterns = [pat for pat, needs, _ in DATETIME_PATTERNS if held[needs]]
    for pat in patterns:
        m = pat.match(text, pos) if anchored else pat.search(text, pos)
        if not m:
            continue
        if best is None or m.start() < best.start() or (m.start() == best.start() and m.end() > best.end()):
            best = m
    if best is None:
        return None
    return best, parts_from_match(best)


def whole_date(text, pos=0):
    """The match when text[pos:] is a date (with an optional time) and nothing else but
    trailing punctuation: `18.7.52`, `3:00, 15.7.52.`; else None."""
    found = match_datetime(text, pos, anchored=True)
    if found and not text[found[0].end():].strip(" ,.;"):
        return found[0]
    return None


def parts_from_match(m):
    g = {}
    for k, v in m.groupdict().items():
        if v is not None:
            g[k[2:]] = v
    if "mon" in g:
        mon = g["mon"].lower().rstrip(".")
        month = MONTHS.get(mon) or MONTH_ABBR.get(mon[:3])
    elif "rmo" in g:                          # `6. II. 1949`
        month = ROMAN[g["rmo"]]
    elif "fmo" in g:                          # `795.00/6–2550`
        month = int(g["fmo"])
    elif "ymo" in g:                          # `80. 10. 02.`: the year first, so no day-or-month doubt
        month = int(g["ymo"])
    elif g["mo"].isdigit():
        month = int(g["mo"])
    else:
        month = ROMAN[g["mo"]]
    day = int(g["d"]) if "d" in g else None        # `August 1949`: no day printed
    roman = not g.get("mo", "0").isdigit()
    if "sl" in g and month > 12 >= day:      # `10/14/50`: month first
        day, month = month, day
    ambiguous = "sl" in g and not roman and day != month and day <= 12 and month <= 12
    dotted = "sl" not in g and "mo" in g and g["mo"].isdigit() and day <= 12
    hour = g.get("h") or g.get("hh") or g.get("hx") or (g["mil"][:2] if "mil" in g else None)
    minute = g.get("m") or g.get("mm") or (g["mil"][2:] if "mil" in g else None)     # none printed with `3 PM`
    if "nn" in g:                             # `noon`, `midnight`
        hour, minute = ("12" if g["nn"].lower() == "noon" else "0"), "00"
    hour = int(hour) if hour is not None else None
    if hour is not None and g.get("ap", "").lower() == "p" and hour < 12:
        hour += 12
    elif hour == 12 and g.get("ap", "").lower() == "a":
        hour = 0
    y = g.get("y") or g.get("ry")
    return DateParts(
        year=int(y) if y else None,
        month=month,
        day=day,
        hour=hour,
        minute=int(minute) if minute is not None else None,
        year_text=y,
        this_year="this" in g,
        ambiguous=ambiguous,
        dotted=dotted,
        utc="z" in g,
    )


def resolve_year(parts, ref_year):
    """The four-digit year of parts, given the document's reference year (may be None)."""
    if parts.year_text is None:
        return ref_year
    if len(parts.year_text) == 2:
        century = (ref_year // 100) * 100 if ref_year else 1900
        return century + int(parts.year_text)
    return int(parts.year_text)


def to_iso(parts, ref_year):
    """ISO text at the printed precision, or (None, reason) when it cannot be resolved."""
    year = resolve_year(parts, ref_year)
    if year is None:
        return None, "no year printed and none known from the document"
    if not (1 <= parts.month <= 12):
        return None, f"month {parts.month} does not exist"
    import calendar

    if parts.day is None:                 # `August 1949`: the month, at its precision
        return f"{year:04d}-{parts.month:02d}", None
    if not (1 <= parts.day <= calendar.monthrange(year, parts.month)[1]):
        return None, f"day {parts.day} does not exist in {year}-{parts.month:02d}"
    iso = f"{year:04d}-{parts.month:02d}-{parts.day:02d}"
    if parts.hour is not None and parts.minute is None:      # `3 PM`: the hour, at its precision
        if parts.hour > 24:
            return None, f"hour {parts.hour} does not exist"
        iso += f"T{parts.hour:02d}"
    elif parts.hour is not None:
        if parts.hour > 24 or parts.minute > 59:
            return None, f"time {parts.hour}:{parts.minute:02d} does not exist"
        iso += f"T{parts.hour:02d}:{parts.minute:02d}" + ("Z" if parts.utc else "")
    return iso, None


SLASH_ANY_RE = re.compile(r"(?<![\d./])(\d{1,2})/(\d{1,2})[/\-](?:\d{4}|\d{2})(?![\d/])")
# `10.31.1962`: a dotted date with its year (without one, `10.30` may be a time)
DOTTED_ANY_RE = re.compile(r"(?<![\d./])(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})(?![\d.]?\d)")


def date_order(text):
    """How a document writes its dates in figures, when one of them shows it: "mdy" (`09/30/50`,
    `10.31.1962`), "dmy" (`30/9/50`, `31.10.62`), or None (none does, or they disagree).
    Dotted dates are read day first unless the document shows month first."""
    seen = set()
    both = []
    pairs = []
    if "." in text:
        pairs += [(int(m.group(1)), int(m.group(2)), False) for m in DOTTED_ANY_RE.finditer(text)]
    if "/" in text:
        pairs += [(int(m.group(1)), int(m.group(2)), True) for m in SLASH_ANY_RE.finditer(text)]
    for a, b, slash in pairs:
        if a <= 12 < b <= 31:
            seen.add("mdy")
        elif b <= 12 < a <= 31:
            seen.add("dmy")
        elif slash and a != b and a <= 12 and b <= 12:
            both.append((a, b))         # a dotted date that reads both ways is read day first
    if not seen and both:
        # `10/09/50` beside `9 October 1950` in the same telegram: the reading that falls near it
        words = {(parts.month, parts.day) for parts in _word_dates(text)}
        for a, b in both:
            if _near((b, a), words):
                seen.add("dmy")
            if _near((a, b), words):
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


WORD_DATE_RE = re.compile(WORD_DATE.format(p="w_"), re.I)


def _word_dates(text):
    for m in WORD_DATE_RE.finditer(text):
        yield parts_from_match(m)


def _near(month_day, dates, days=3):
    """A (month, day) within a few days of one of dates (across a month's end too)."""
    import datetime

    try:
        a = datetime.date(2000, *month_day)
    except ValueError:
        return False
    for month, day in dates:
        try:
            if abs((datetime.date(2000, month, day) - a).days) <= days:
                return True
        except ValueError:
            continue
    return False


@lru_cache(maxsize=4096)
def parse_datetime(text, ref_year=None, order=None):
    """Parse the first date in text: (iso or None, problem or None, DateParts or None). A slash
    date that reads both ways, or a dotted one in a document that writes month first, is read
    as order says (the document's other dates, date_order()), when given.
    Cached (a few thousand: the same dates recur across a corpus, and memory stays flat)."""
    found = match_datetime(text)
    if not found:
        return None, "no date found", None
    _, parts = found
    if parts.ambiguous and order:
        if order == "mdy":
            parts = replace(parts, day=parts.month, month=parts.day)
        parts = replace(parts, ambiguous=False)
    elif parts.dotted and order == "mdy":        # `11.01.1962` where `10.31.1962` shows month first
        parts = replace(parts, day=parts.month, month=parts.day)
    iso, problem = to_iso(parts, ref_year)
    return iso, problem, parts


AMBIGUOUS_STAMP_RE = re.compile(r"(?<![\d.:/])(\d{1,2})[./](\d{1,2})(?=[./])")


def stamps_order(stamps):
    """How the stamps of one telegram (when it was sent, when received) write their dates, when
    only one reading puts them within days of each other: `10.04.63` and `10.08.63` are 4 and 8
    October (month first), not 10 April and 10 August. None when nothing settles it."""
    texts = [t for t in stamps if t]
    if len(texts) < 2 or not any(int(m.group(1)) <= 12 and int(m.group(2)) <= 12
                                 for t in texts for m in AMBIGUOUS_STAMP_RE.finditer(t)):
        return None         # no stamp reads two ways
    readings = []
    for text in texts:
        found = match_datetime(text)
        parts = found[1] if found else None
        if parts is None or parts.day is None or not (parts.dotted or parts.ambiguous):
            continue
        readings.append((parts.day, parts.month))
    if len(readings) < 2 or len(set(readings)) < 2:
        return None
    import datetime

    def spread(pairs):
        try:
            days = [datetime.date(2000, month, day) for day, month in pairs]
        except ValueError:
            return None
        return (max(days) - min(days)).days
    day_first, month_first = spread(readings), spread([(m, d) for d, m in readings])
    if day_first is not None and month_first is not None:
        if day_first > 20 and month_first <= 7:
            return "mdy"
        if month_first > 20 and day_first <= 7:
            return "dmy"
    return None


def order_of(text, stamps=()):
    """A function that gives date_order(text), else stamps_order(stamps), read once and only when
    asked: most documents have no date that reads two ways, and reading the order costs a scan of
    the whole text."""
    return lru_cache(maxsize=1)(lambda: date_order(text) or stamps_order(stamps))


def parse_in_document(text, ref_year, document_order):
    """parse_datetime() of a date in a document, read in the document's order (document_order(),
    asked only when the date could be read two ways)."""
    iso, problem, parts = parse_datetime(text, ref_year)
    if parts is not None and (parts.ambiguous or parts.dotted):
        order = document_order()
        if order:
            return parse_datetime(text, ref_year, order)
    return iso, problem, parts
