"""What closes a message: its signature (`FILIPPOV [Stalin]`, `24.III.50 Shtykov`, `S H T Y K O V`,
`With respect KIM IL SUNG`, a post under a name), its number and date, and the list of copies
printed under it."""
import re
from functools import lru_cache

from .dates import MONTH_RE, match_datetime, whole_date
from .genre import genre
from .parse_names import is_copies_entry, looks_like_person, parse_name_list, titles_pattern
from .records import NameRef, Span
from .text import piece_text

COPIES_RE = re.compile(r"(?i)^copies\b\s*:?\s*")


# `1. Comr. Stalin` in a list of copies, or `Copy Nº 1 to Cde. Stalin`
COPIES_ITEM_RE = re.compile(
    r"(?i)^(?:\d{1,2}(?:[.)]|\s+[-–])\s*(?=\S)|copy\s+(?:No\.?|N[º°o]\.?|№|#)\s*\d+\.?(?:\s+to\s+|\s*$)|to\s+(?=\S))")


PLACE_DATE_RE = re.compile(r"^[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?,\s+")   # `Pyongyang, 29 September 1950`


# the place of a signature, before the name: `[signature]`, `Signed: N. Popa`, `(signed) A. Lazar`
SIGNATURE_MARK_RE = re.compile(r"^(?:\[(?:illegible\s+)?signature\]|\(signed\)|\[signed\]|signed:)\s*", re.I)
# `me/MB`: the typist's initials under a record; `5-nb`: the copies typed and the typist's initials
TYPIST_RE = re.compile(r"^(?:[a-z]{1,3}/[A-Za-z]{1,3}|\d{1,2}-[a-z]{1,3}|[a-z]{2,3})$")        # and `fb` alone


# the editor's marks inside a closing line: `Nº [handwritten: 328/ag] [signature]`
# and the year the editor supplied: `December 8 [1950]`
MARK_IN_LINE_RE = re.compile(r"\s*\[(?:illegible\s+)?signature\]|\[(?:handwritten|typed|stamped)\s*:\s*([^\]\n]*)\]"
                             r"|\[(1[89]\d\d)\]", re.I)


def without_marks(text):
    """A closing line as typed, without the editor's marks: `Nº [handwritten: 328/ag] [signature]`
    -> `Nº 328/ag`, `December 8 [1950]` -> `December 8 1950`."""
    return MARK_IN_LINE_RE.sub(lambda m: m.group(1) or m.group(2) or "", text).strip() if "[" in text else text


LEADING_NOTE_RE = re.compile(r"^\[[^\]\n]*\]\s*(?=\S)")       # `[date not filled in] August 1949`
MONTH_YEAR_RE = re.compile(rf"(?i)^(?:{MONTH_RE})\s+\d{{4}}\.?$")     # a date printed without its day


def undated_line_month(text):
    """The month and year of a closing line that says when but not the day (`August 1949`,
    `[date not filled in] August 1949`), dated to the month; None for another line."""
    note = LEADING_NOTE_RE.match(text) if text[:1] == "[" else None
    m = MONTH_YEAR_RE.match(text[note.end():] if note else text)
    return m.group(0).strip(" ,.;") if m else None


# the authority a letter is signed under, printed under the name: `at the instruction of the
# Political Council of the CC`, `on behalf of the Government`, `By order of the Minister`
AUTHORITY_RE = re.compile(r"(?i)^(?:at|on|by|upon)\s+(?:the\s+)?(?:instructions?|behalf|order|authority|orders)\s+of\s+\S")


def is_authority_line(text):
    return text[:1] in "aAoObBuU" and AUTHORITY_RE.match(text) is not None


def is_closing_line(text):
    """A closing formula alone on its line, above the name: `Devotedly yours,`, `With greetings!`."""
    words = text.rstrip(",.!").split()
    return 1 <= len(words) <= 4 and text[-1:] in ",.!" and any(
        w.lower().strip(",.!") in genre()["closings"] for w in words)


# Stamps printed under a Chinese cable's signature, each labelled: `Received: 4 November at 19:25;
# printed: 5 November at 0:55`, `Received at the Office: 1 November, issued: 2 November at 10:00,
# sent encrypted: 2 November at 16:30`
LABELLED_STAMP_RE = re.compile(r"^(?:received|sent|issued|dispatched|transmitted|printed|deciphered|decoded|"
                               r"encrypted|sent encrypted)(?: at the [A-Za-z]+)?:\s*\S", re.I)
STAMP_SPLIT_RE = re.compile(r"[;,]\s+(?=[A-Za-z][A-Za-z ]{2,30}:\s)")
STAMP_KINDS = {"received": "received", "sent": "sent", "sent encrypted": "sent", "dispatched": "sent",
               "transmitted": "sent"}


def labelled_stamps(text):
    """{'sent': text, 'received': text} from a line of labelled stamps under a signature (what
    happened to it before and after: `issued`, `printed`, `Received at the Office` are read as
    that line only), or None when the line is not one."""
    if not LABELLED_STAMP_RE.match(text):
        return None
    found = {}
    for part in STAMP_SPLIT_RE.split(text):
        label, _, value = part.partition(":")
        kind = STAMP_KINDS.get(label.strip().lower())
        if kind and value.strip(" ,.;") and kind not in found:
            found[kind] = value.strip(" ,.;")
    return found


HANDLER_NOTE_RE = re.compile(r"^\[[^\]]*\]$|\[illegible(?: signature)?\]$", re.I)


COPY_LINE_RE = re.compile(r"(?i)^(?:(copy)|to)\s")     # `Copy Nº 1 to Cde. X`, and `to Cde. Y` under `Copy Nº 2`


# `5 copies`, `12 copies printed`, `Two copies printed. Nº 2 to file.`
COPIES_COUNT_RE = re.compile(
    r"(?i)^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+cop(?:y|ies)"
    r"(?:\s+printed)?[.:]?(?:\s+\w{0,2}\[\w{1,3}\])?"        # `v[i]`: the editor's reading of a word
    r"(?:\s+(?:No\.?|N[º°o]\.?|№)\s*\d+\s+to\s+file\.?)?$")


NUMBER_RE = re.compile(r"^(?:No\.?|N[º°]\.?|№)\s*\[?(?P<num>[\w/\-]+)\]?\.?$")
# `Nº 395 - 9 August 1960`: a number and its date on one line
NUMBER_DATE_RE = re.compile(r"^(?:No\.?|N[º°]\.?|№)\s*(?P<num>[\w/]+(?:-[a-z]+)?)\.?\s+[-–]\s+(?P<date>\S.*)$")


SPACED_NAME_RE = re.compile(r"^(?:[A-Z] ){3,}[A-Z]$")             # a signature printed letter-spaced


# capitals with their accents too: `VLADIMÍR PAVLÍČEK`
CAPS = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
SIG_NAME = (rf"(?P<name>(?:[A-Z]\.\s?){{0,3}}[{CAPS}][{CAPS}'’\-]+(?:\s+[{CAPS}][{CAPS}'’\-]+){{0,3}})"
            r"(?:\s*[\[(](?P<br>[^\])\n]+)[\])])?"
            r"(?P<rest>.*)$")


SIG_RE = re.compile(r"^(?:(?P<formula>[^.!?\n]{2,80}[.!,])\s+)?" + SIG_NAME)


# a closing printed without a stop before the name: `With respect KIM IL SUNG`
CLOSING_SIG_RE = re.compile(
    r"^(?P<formula>[Ww]ith\s+[a-z]+(?:\s+[a-z]+){0,2}|[Rr]espectfully|[Ss]incerely|[Yy]ours)\s+" + SIG_NAME)


NUMBER_FIRST_RE = re.compile(r"^(?:No\.?|N[º°]\.?|№)\s*(?P<num>\d[\w/\-]*)\s+(?=[A-Z])")   # `No. 15 T. SHTYKOV`


TITLE_SIG_RE = re.compile(
    r"^(?P<formula>)(?P<name>(?:(?!No\.)[A-Z][a-z]?\.\s?){0,3}[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+"     # `St. Dodin`
    r"(?:\s+(?:[A-Z]\.\s)?[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+){0,2})"         # `Chung W. Cho`: a middle initial
    r"(?:\s*[\[(](?P<br>[^\])\n]+)[\])])?(?P<rest>)[.!]?$"
)


# a name in title case, then its date: `Kim Il Sung 29.6.51` (two words at least: `Moscow 12.5.50` is a place)
TITLE_DATED_SIG_RE = re.compile(
    r"^(?P<formula>)(?P<name>[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+(?:\s+[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+){1,2})"
    r"(?:\s*\[(?P<br>[^\]\n]+)\])?,?\s+(?P<rest>\d.*)$")


# a surname, then the cable's number: `Pavlíček 388.` (not a year: `Moscow 1950` is a place)
NAME_NUMBER_SIG_RE = re.compile(
    r"^(?P<formula>)(?P<name>[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]{2,})(?P<br>)\s+(?P<rest>(?!(?:19|20)\d\d\b)\d{3,6})\.?$")


def signed_number(rest):
    """The number in what follows a signer's name: `No. 1476/sh`, or `388` after `Pavlíček`; else None."""
    m = NUMBER_RE.match(rest)
    if m:
        return m.group("num")
    return rest if rest.isdigit() and 3 <= len(rest) <= 6 else None


# the signer's post, then the name: `Deputy Minister of Internal Affairs of the Soviet Union Perevertkin`
_W = r"[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+"
POST_SIG_RES = tuple(re.compile(rf"^(?P<formula>)(?P<post>[A-Z].*?)\s+(?P<name>(?:[A-Z]\.\s?){{0,2}}{_W}{more})"
                                rf"(?P<br>)(?P<rest>)\.?$") for more in (rf"\s+{_W}", ""))


def _post_shaped(post, positions):
    """A post as printed before a name: a word or two, a post's word (`Soviet Ambassador`, `Deputy
    Minister`), then only `of`, `in`, ... and what they govern (`of Internal Affairs of the Soviet
    Union`); not `Ambassador Yu Taik Kim Korean Mission in Japan`, a name inside."""
    words = post.split()
    at = next((i for i, w in enumerate(words) if w.lower().rstrip(",.") in positions), None)
    if at is None or at > 2 or words[-1] in POST_SMALL_WORDS:      # `Minister of Foreign Affairs`: all a post
        return False
    governed = False
    for w in words[at + 1:]:
        if w in POST_SMALL_WORDS:
            governed = True
        elif not governed and w.lower().rstrip(",.") not in positions:
            return False
    return True


def _post_then_name(text):
    """The signature match of a post and the name after it, else None."""
    g = genre()
    for rx in POST_SIG_RES:
        m = rx.match(text)
        if m and is_position(m.group("post")) and _post_shaped(m.group("post"), g["positions"]) \
                and looks_like_person(m.group("name")):
            first = m.group("name").split()[0].lower().rstrip(".")
            if first not in g["positions"] and first not in g["titles_set"]:
                return m
    return None


def signature_line(text):
    """(match, rest) when text is a signature line: `With greetings! MAO ZEDONG, 3:00, 15.7.52`,
    `FILIPPOV`, a name in title case alone on its line (`Filippov`) or before its date (`Kim Il
    Sung 29.6.51`), a surname before its cable's number (`Pavlíček 388.`), or after the signer's
    post (`Deputy Minister of Internal Affairs of the Soviet Union Perevertkin`)."""
    m = _post_then_name(text) if " " in text and text[:1].isupper() and _positions_re().search(text) else None
    if m:
        return m, ""
    m = TITLE_SIG_RE.match(text)
    if m and looks_like_person(m.group("name")) and m.group("name").split()[0].lower() not in genre()["closings"] \
            and m.group("name").rsplit(" ", 1)[-1].lower() not in genre()["positions"]:    # `... Cho Minister`: a post
        return m, ""
    m = TITLE_DATED_SIG_RE.match(text) if text[-1:].isdigit() or text[-1:] == "." else None
    if m and is_date_or_number(m.group("rest")) and looks_like_person(m.group("name")):
        return m, m.group("rest").strip(" ,.;")
    m = NAME_NUMBER_SIG_RE.match(text) if text[-1:] in "0123456789." else None
    if m and looks_like_person(m.group("name")) and m.group("name").lower() not in genre()["closings"]:
        return m, m.group("rest")
    m = SIG_RE.match(text)
    if (not m or m.group("name").upper() != m.group("name")) and text[:1] in "WwRrSsYy":
        m = CLOSING_SIG_RE.match(text)
    if m and m.group("name").upper() == m.group("name"):
        rest = m.group("rest").strip(" ,.;")
        if rest and not is_date_or_number(rest):
            return None
        name = m.group("name")
        if not looks_like_person(name) or len(re.sub(r"[^A-Z]", "", name)) < 3:
            return None
        return m, rest
    return None


def bare_signature(text):
    """The signature match when text is a name alone, with no closing formula and nothing after it
    (`PAK HEON-YEONG`, `Irén Rózsa`, `Shtykov` after its date); else None."""
    sig = signature_line(text)
    return sig[0] if sig and not sig[1] and not sig[0].group("formula") else None


def is_closing(formula):
    first = formula.strip().split()[0].lower().strip(",.!") if formula.strip() else ""
    return first in genre()["closings"]


def is_date_or_number(text):
    text = text.strip(" ,.;")
    return whole_date(text) is not None or NUMBER_RE.match(text) is not None


def dated_signature(text):
    """(where the date ends, where the name's line begins, the signature match) for a signature
    printed date first: `24.III.50 Shtykov`, `13/5-50. Roshchin`."""
    found = match_datetime(text, anchored=True) if text[:1].isdigit() else None
    if not found:
        return None
    after = found[0].end()
    while after < len(text) and text[after] in " ,.;":
        after += 1
    sig = bare_signature(text[after:]) if after < len(text) else None
    return (found[0].end(), after, sig) if sig else None


@lru_cache(maxsize=None)
def _leading_titles():
    return re.compile(titles_pattern())


def signer_ref(m, lineno, offset):
    """The signer's NameRef from a signature match over the line's text from offset."""
    name, start = m.group("name"), offset + m.start("name")
    title = _leading_titles().match(name)
    if title and 0 < title.end() < len(name):        # `Ambassador Dumitru Popa`: the post is not the name
        name, start = name[title.end():], start + title.end()
    ref = NameRef(Span(name, lineno, start, start + len(name)))
    if m.group("br"):
        b = m.group("br").strip()
        ref.bracket = Span(b, lineno, offset + m.start("br"), offset + m.start("br") + len(b))
    return ref


def trailing_copies(msg, pieces, lines, i, j):
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
        return s if names and 2 * len(names) >= len(items) else None

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


READERS_RE = re.compile(r"(?i)^(?:to be seen by|seen by|to be read by)\s*:?$")    # `To be seen by` / `Comrade Szabó F.`


def trailing_readers(msg, pieces, lines, i, j):
    """Who was to see the telegram and who saw it, listed under it (`To be seen by` / `Comrade
    Szabó F.` / ... / `Seen by` / `Comrade Rátkai`): its distribution. Returns where the lists
    begin (j if none)."""
    if not any(READERS_RE.match(piece_text(lines, p)) for p in pieces[i:j]):
        return j                # no list's heading: spares reading every line as names
    k = j
    while k > i:
        names = k
        while names > i and READERS_RE.match(piece_text(lines, pieces[names - 1])) is None \
                and is_copies_entry(lines[pieces[names - 1][0] - 1], pieces[names - 1][1], pieces[names - 1][2]):
            names -= 1
        if names == k or names == i or READERS_RE.match(piece_text(lines, pieces[names - 1])) is None:
            break
        for ln, a, b in pieces[names:k]:
            msg.distribution.extend(parse_name_list(lines[ln - 1], ln, a, b))
        k = names - 1
    return k


# `– 166 charges d’affaires –`, `– 157 –`: the telegram's number between dashes, and the signer's post
DASHED_NUMBER_RE = re.compile(r"^[–—-]\s*(?P<num>\d{1,5})(?:\s+(?P<post>[^–—\-]+?))?\s*[–—-]$")


@lru_cache(maxsize=None)
def _positions_re():
    alt = "|".join(re.escape(w) for w in sorted(genre()["positions"], key=len, reverse=True))
    return re.compile(rf"(?i)\b(?:{alt})\b")


POST_SMALL_WORDS = ("of", "the", "and", "in", "for", "to", "on", "ad", "interim")       # `Chargé d'Affaires ad interim`


def is_position(text):
    """A line that names a post (`Deputy Assistant Under-Secretary`), printed under a signature."""
    words = text.split()
    small = POST_SMALL_WORDS
    return 1 <= len(words) <= 10 and text[-1:] not in ".!?:" and words[0][:1].isupper() \
        and all(w[:1].isupper() or w in small or (w[1:2] in "'’" and w[2:3].isupper()) for w in words) \
        and _positions_re().search(text) is not None
