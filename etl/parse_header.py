"""The document's heading: issuer, type and number, copies, transmission stamps, series."""
import re
from functools import lru_cache

from .dates import MONTH_RE, match_datetime, whole_date
from .genre import alternation, genre, starts_with_entry
from .parse_address import address_names, match_salutation, trailing_mark
from .parse_names import (
    is_copies_entry,
    looks_like_person,
    names_an_office,
    names_an_office_in_prose,
    parse_name_list,
    titles_alternation,
)
from .parse_signature import is_position
from .records import CatalogTitle, NameRef, ParsedHeader, Span
from .text import (
    OMISSION_RE,
    breaks_mid_phrase,
    content_bounds,
    is_separator,
    next_contents,
    smart_title,
    without_the,
)

STAMP_RE = re.compile(r"\b(Sent|Received|Dispatched|Transmitted|Transmitting|Arrived)\b\s*", re.I)
# `Dispatched from Havana on 11.21.1962 ...`, `Sent from Pyongyang by wire on ...`: where it was sent from
STAMP_FROM_RE = re.compile(r"(?i)(?:sent|dispatched|transmitted|transmitting)\s+from\s+(?-i:(?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))"
                           r"(?:,\s*D\.\s?C\.)?"        # `Dispatched from Washington, D.C., on ...`: the city
                           r"(?=,?\s+(?:on|at|by)\b|\s+\d|[,.]?\s*$)")     # `Transmitting from Havana 10/26/1962 20:06`
# The State Department's file and the kind of document (`795.00/6–2550: Telegram`, `123 Kirk, Alan G.: Telegram`)
FILE_HEADING_RE = re.compile(r"^(?P<file>\d{3}[A-Za-z]?(?:\.[\w.]+)?(?: [A-Z][A-Za-z]*\.?){0,3}(?: \d{4})?(?:/[\w.–\-]+)?|\d{3} [A-Z][^:\n]{2,60}?"
                             r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} Files(?: Lot [\w–\-]+)?)\s*:\s*"      # `740.00119 P. W./8–1145`, `Nanking Embassy Files`
                             r"(?P<type>(?i:(?:circular )?(?:telegram|airgram|despatch|memorandum|letter|note)))\.?$")
# `740.0011 European War 1939/12793: Telegram`: a file named by words and a year too (above); the volumes of
# 1918 print the file alone (`File No. 811.142/3200`) over the heading, and the kind under it (`[Telegram]`)
FILE_NO_RE = re.compile(r"^File No\.\s+\d{3}[A-Z]?\.[\w.]+/[\w.–\-]+$")
BRACKETED_TYPE_RE = re.compile(r"^\[(?P<type>Telegram|Airgram|Despatch|Memorandum|Letter|Note)\]$")
# the heading under it: who wrote to whom, by post, the person in parentheses (a footnote's number may end it,
# or follow the sender's name: `(Kirk)1 to the Secretary of State`):
# `The Ambassador in Korea (Muccio) to the Secretary of State`, `The Secretary of State to the Embassy in Korea`
# or, in the later volumes, one heading line with the document's place in the volume:
# `248. Telegram From the Embassy in Yugoslavia to the Department of State1`
POSTS_HEADING_RE = re.compile(r"^(?:The |\d{1,4}\.\s+(?:Draft\s+)?(?P<type>(?:Circular\s+)?(?:Telegram|Airgram|Despatch|Message))\s+"
                              r"From\s+(?:the\s+)?)"
                              r"(?P<from>[A-Z][^()\n]*?)(?:\s*\(\s*(?P<fname>[A-Z][^()\n]*?)\s*\)(?:\d{1,2}|/\d{1,2}/)?)?"
                              r"\s+to\s+(?:the\s+)?(?P<to>[A-Z][^()\n]*?)(?:\s*\(\s*(?P<tname>[A-Z][^()\n]*?)\s*\))?"
                              r"(?:\s*\d{1,2}|/\d{1,2}/)?$")        # the editor's note number: `State1`, `State/1/`
# the later volumes' heading of a document of one kind, from no post: `229. Intelligence Information Cable1`
VOLUME_TYPE_HEADING_RE = re.compile(r"^\d{1,4}\.\s+(?P<type>Intelligence Information Cable|Intelligence Cable|"
                                    r"Information Cable)(?:\d{1,2}|/\d{1,2}/)?$")
TDCS_RE = re.compile(r"^(?P<num>TDCS(?:\s+[A-Z]{2,3})?\s?[\d–\-/]{5,})$")       # `TDCS DB–315/04377–71`: its number
# an intelligence cable's labels, each alone over its value: `COUNTRY` / `Yugoslavia/USSR`
STACKED_LABELS = {"COUNTRY": None, "DOI": None, "SOURCE": None, "SUBJECT": "subject", "ACQ": None}
OLD_NOTE_RE = re.compile(r"^/\d{1,2}/\s*\S")      # `/1/Source: ...`: an older web edition's footnote
RECEIVED_NOTE_RE = re.compile(r"^\[Received:?\s+(?P<when>[^\]\n]+?)\.?\]$")     # `[Received June 27—11:12 a.m.]`
DAY_YEAR_RE = re.compile(r"^(?:\d{1,2},\s+)?\d{4}\b")     # `2, 1950—noon.`, `1964—4:56 p.m.` under the dateline's start
YEAR_RE = re.compile(r"\d{4}")
# a date begun on the dateline's first line: `November`, `July 25,`
DATE_BEGUN_RE = re.compile(r"(?i)^(?:" + MONTH_RE + r")(?:\s+\d{1,2},?)?$")
# `TRANSLATION OF CODED TELEGRAM`, `COPY OF TELEGRAM RECEIVED ON 30TH JULY,1959`
TRANSLATION_OF_RE = re.compile(r"(?i)^(?:translation|copy)\s+of\s+(?:an?\s+)?")
LETTER_SPACED_RE = re.compile(r"^(?:\w ){3,}\w$")          # `S P E C I A L`, `B e r l i n`
# `Copies: Stalin (2), Molotov`, `Copies to Cde. Stalin`, `Distribution list - 11 copies: Stalin - 2`
COPIES_RE = re.compile(r"(?i)^(?:copies|distribution(?:\s+list)?|distributed\s+to|produced\s+in\s+\d+\s+copies\s+for)\b"
                       r"(?:[^:\n]{0,30}:)?\s*")
# a further line of a list of copies: `to Cde. Molotov`, `2. Comr. Molotov`
COPIES_MORE_RE = {"to": re.compile(r"(?i)^to\s+"), "numbered": re.compile(r"^(?:\d{1,2}[.)]|[-–•])\s*")}
# `Moscow, 18 July 1952`; `Mexico, D. F., 23 October 1962`, `Washington, D.C., October 5, 1962`
PLACE_DATE_RE = re.compile(r"^(?P<place>[A-Z][A-Za-z\-]+(?: [A-Z][A-Za-z\-]+)?)(?:,\s+[A-Z]\.\s?[A-Z]\.)?,\s+")
NO = r"(?:No\.?|Nr\.?|N[º°o]\.?|№|#|N(?=\s?\d))"
# `No.: 060.076`; `No. [illegible]` (or `No.` once the editor's note is cut): a number the editor could not read
HEADER_NUMBER_RE = re.compile(rf"^(?:{NO}|Number):?\s*(?:(?P<num>\d{{1,3}}(?: \d{{3}})+(?!\d)|[\w/\-]+(?:\.\d+)*)\.?(?:\s+\d{{3,4}})?|\[[a-z][^\]\n]*\])?$")      # `Nº 16030  1340`

# `Issuing No. 8600`, `Special no. 550`, `Copy Nº 2`
LABELLED_NUMBER_RE = re.compile(rf"(?i)^(?P<label>[A-Za-z][A-Za-z.\-]*(?:\s+[A-Za-z][A-Za-z.\-]*){{0,2}})\s+(?:{NO}\s*)+(?P<num>[\w/\-]+)\.?$")
# `Copy Nº 3 to Cde. Molotov`: one numbered copy and whom it went to (the name may be on the next line)
NUMBERED_COPY_RE = re.compile(rf"(?i)^copy\s+{NO}\s*\d+\.?(?:\s+to\s+(?=\S)|\s*:\s*(?=\S)|\s*$)")
COPY_MORE_RE = re.compile(rf"^{NO}\s*\d+\s+to\s+(?=\S)")       # `Nº 2 to Cde. Stalin` under `Copy Nº 1 to ...`
SERIES_RE = re.compile(r"(?i)^series\s+(.+)$")
FROM_RE = re.compile(r"(?i)^from\s*:?\s+")
# `From Pyongyang To Vyshinsky`, `FROM BELGRADE TO FOREIGN OFFICE`
FROM_TO_RE = re.compile(r"^(?i:from)\s+[A-Z][\w\-]+(?: [A-Z][\w\-]+)?\s+(?P<lead>(?i:to))\s+(?P<to>[A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})$")
# the place a `From` line names first: `From BEIJING`, `from [BEIJING]`, `From Pyongyang, No. 4040`
PLACE_WORD = r"(?!(?:No|Nr|N[º°o])\b)[A-Z][\w\-]*"
FROM_PLACE_RE = re.compile(rf"\[?(?P<place>{PLACE_WORD}(?:[ \-](?:{PLACE_WORD}|\d+(?![:.]\d))){{0,3}})\]?(?=$|[\s,.;])")
RECEIVED_BY_RE = re.compile(r"(?i)^(?:telegram|cable)\s+(?:received|sent)\s+by\s")   # `Telegram received by the [Chinese] Central Committee`
# a person's name alone under the issuer of a report: its author (`Etre Sándor`, `Kádas István`)
AUTHOR_RE = re.compile(r"^[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+(?:\s+[A-Z\u00c0-\u00de][a-z\u00df-\u024f'’\-]+){1,2}$")
OWN_AND_COPY_RE = re.compile(rf"^{NO}\s*(?P<num>\d[\w/\-]*)\s+Copy\s+{NO}\s*\d+$", re.I)
THE_RE = re.compile(r"(?i)the\s+")
PAREN_MARK_RE = re.compile(r"\s*\((?P<mark>[A-Z][A-Z ]+[A-Z])\)\d{0,3}$")      # `(EYES ONLY)114`
DESK_RE = re.compile(r"\s+(?:Station|Desk)$")
FROM_NUMBER_RE = re.compile(rf"{NO}\s*(?P<num>\d[\w/\-]*)")
SENT_TO_RE = re.compile(r"(?i)^sent\s+to\s+")
DESTINATION_RE = re.compile(r"(?i)^(?:destination|to\s+whom|addressee)\s*:\s*")
# `BEIJING--`, `BEIJING - SOVIET AMBASSADOR`: where a telegram is sent, in capitals, with a dash
DASH_DESTINATION_RE = re.compile(r"^[A-Z][A-Z\-]+(?: [A-Z]+)?\s*(?:-{1,2}|–|—)(?:\s*[A-Z][A-Z .]*)?$")
# `Moscow—Ministry of Foreign Affairs of the USSR.`: a place and an office there
PLACE_DASH_RE = re.compile(r"^[A-Z][A-Za-z\-]+\s*(?:--?|–|—)\s*(?P<office>[A-Z].*)$")
# a place alone on a line in capitals, under the form's heading: where the telegram went
DESTINATION_PLACE_RE = re.compile(r"^[A-Z][A-Z\-]+(?: [A-Z][A-Z\-]+)?\.?$")
SURNAME_LINE_RE = re.compile(r"^[A-Z][a-z\u00df-\u024f'’\-]{2,}$")      # `Morski`: a surname alone
TITLE_PLACE_RE = re.compile(r"^[A-Z][a-z]{2,}$")     # `Moscow` (a word with a full stop is a sentence)
def _is_bare_place(text):
    """A place alone (`BEIJING`, `Moscow`): where a telegram went, under the form's heading."""
    return DESTINATION_PLACE_RE.match(text) is not None or TITLE_PLACE_RE.match(text) is not None


FORM_FIELDS = ("doc_type", "sent", "received", "origin", "copies", "sent_to")
ISSUER_DATE_RE = re.compile(r"^(?P<issuer>[A-Z][\w\-]+(?: (?:of |in |the )*[A-Z][\w\-]+){1,5}),\s+")
# an edition's heading of a cable: who to whom, when, its number
EDITOR_HEADING_RE = re.compile(r"^(?:[A-Z]\.\s?){1,3}[A-Z][A-Z'\-]+\s+to\s+(?:[A-Z]\.\s?){1,3}[A-Z][A-Z'\-]+\s+"
                               r"(?P<date>[^()]+?)(?:\s+\((?P<num>[\w/\-]+)\))?$")
BARE_TOKEN_RE = re.compile(r"^(?:\d{1,6}|\d{1,3}[. ]\d{3}|[A-Z])\.?$")       # a page or register number (`12.851`), a series letter
NUMBERS_RE = re.compile(r"^\d{3,6}(?:\s+\d{3,6})+$")          # `16033 16044`: register numbers


@lru_cache(maxsize=None)
def _doc_type_re():
    alt = alternation("doc_types")
    # `Telephone message via VCh`: the line it went by may follow the type; `Telegram from Havana
    # File # 12540 P.`: where it came from and the file it was registered under (header only)
    # `TELEGRAM 066.621`: the number without its `No.`; `Telegram Number 1930-33`; `CIPHER TELEGRAM
    # NO. 7550, 7553`: sent in parts, each numbered (the first is its number)
    return re.compile(rf"(?i)^(?P<type>{alt})\b\.?(?:\s*(?:{NO}|Number)\s*(?P<num>[\w/\-]+)(?:,\s*\d[\d/\-]*)*\.?|\s+(?P<bare>\d[\d./\-]*\d))?(?:\s+via\s+[\w\-]+)?"
                      rf"(?:\s+from\s+(?-i:(?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)))?"
                      rf"(?:\s+(?:from|of|dated)\s+(?P<dated>\d{{1,2}}[./][\dIVXLC]{{1,4}}[./]\d{{2,4}}))?"   # `REPORT #5426/273 from 24.X.62`
                      rf"(?:\s+File\s*{NO}\s*[\w.?]+(?:\s+[A-Z][a-z]?\.?)?)?"
                      rf"(?:\s*\[[^\]\n]+\])?\s*$")        # `Telegram for coding [Telegrama para cifra]`: the original's words


@lru_cache(maxsize=None)
def _type_dateline_re():
    """`Cablegram 165 NANKING, 5 June 1949, 12.51 p.m.`: the kind and number, the place and date."""
    alt = alternation("doc_types")
    return re.compile(rf"(?i)(?P<type>{alt})\s+(?P<num>\d[\w/\-]*)\s+(?-i:(?P<place>[A-Z][A-Za-z\-]{{2,}}"
                      rf"(?: [A-Z][A-Za-z\-]+)?)),\s+(?P<date>\S.*)$")


# An archive's catalogue title over the text, as its pages print it: `Ciphered Telegram No. 8600,
# Vyshinsky to Mao Zedong`, `Telegram from Mao Zedong to Filippov (Stalin)`, `Cable from the Chinese
# Foreign Ministry to Wang Bingnan, 'Instructions for the Ninth Meeting'`, `Telegram, Zhou Enlai to
# Mao Zedong, Liu Shaoqi, and CCP Central Committee (excerpt)`
@lru_cache(maxsize=None)
def _catalog_title_re():
    alt = alternation("doc_types")
    return re.compile(rf"(?i)(?:(?P<mark>top\s+secret|strictly\s+secret|secret|confidential)\s+)?"     # `Secret Telegram from ...`
                      rf"(?P<type>{alt})(?:\s+{NO}\s*(?P<num>\d[\w./\-]*))?(?:,\s+|\s+from\s+)"
                      rf"(?P<rest>(?-i:(?:the\s+)?[A-Z]).*)$")


# an edition's heading of one document, by its place in the volume: who to whom (`258 Officer to
# Department of External Affairs`); its number is the edition's, not the document's
VOLUME_HEADING_RE = re.compile(r"(?P<type>)\d{1,4}\.?\s+(?P<rest>[A-Z][^.!?;:\n]*?\s+to\s+[A-Z][^.!?;:\n]*)$")
@lru_cache(maxsize=None)
def _numbered_dated_title_re():
    alt = alternation("doc_types")
    return re.compile(rf"(?i)(?P<type>{alt})\s+{NO}\s*(?P<num>\d[\w./\-]*),\s+(?P<date>\d.*?)\.?$")


TITLE_EXCERPT_RE = re.compile(r"\s*[\[(](?i:excerpts?|extracts?)[\])]\.?$")
TITLE_KIND_NUMBER_RE = re.compile(r"\s*\[[A-Za-z ]+\s+(?:No\.?|#)\s*(?P<num>[\w./\-]+)\]$")
TITLE_PART_NUMBER_RE = re.compile(r"\s*\(\d{1,2}\)$")        # `... to USSR Foreign Ministry (1)`: the archive's count
TITLE_DATE_END_RE = re.compile(rf"[,\s]+(?:dated\s+|of\s+)?(?P<date>(?:\d{{1,2}}\s+)?(?i:{MONTH_RE})(?:\s+\d{{1,2}})?,?\s+\d{{4}})$")
# `..., on Yugoslav-Soviet Relations, dated 30 June 1948`: what it is about, after whom it went to
TITLE_ON_RE = re.compile(r",\s+(?:on|regarding|concerning|about)\s+(?P<subject>[A-Z][^,]{2,120}?),?$")
TITLE_SUBJECT_RE = re.compile(r",\s+['‘\"“](?P<subject>\S.*?)['’\"”]\.?$")        # `, 'KWP's 6th Congress'`
# where the names of whom it went to end: `..., Conveying the 19 January 1951 Telegram ...`, `[via Kovalev]`,
# `, for Mao Zedong`, `, TOP SECRET, No. 76.054, Urgent`
TITLE_TAIL_RE = re.compile(r",?\s+(?i:regarding|concerning|about|conveying|transmitting|forwarding|enclosing|"
                           r"with|for|via|on\s+the)\b|\s*[\[(](?i:via)\b|,\s+(?=[A-Z]{3,}\b|No\b|Nr\b|#|\d)")
TITLE_SENTENCE_RE = re.compile(r"[a-z]{2}\.\s+[A-Z]")       # a sentence ends inside: body text, no title
TITLE_PART_RE = re.compile(r"\s*(?:and\s+)?(?:the\s+)?(?P<part>[^,]+),?")
TITLE_DATE_RE = re.compile(r"(?P<date>[^/\n]{6,30}?)\s+/\s+")      # `26 October 1962 / Enciphered cable from ...`
# `from Havana, from Alekseyev`: where it was sent from, then who sent it
TITLE_PLACE_SENDER_RE = re.compile(r"(?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?),?\s+from\s+(?=\S)")


# `..., Meeting with Robert Kennedy`: what the document is about, unquoted, after whom it went to
TITLE_TRAILING_SUBJECT_RE = re.compile(r",\s+(?P<subject>[A-Z][\w'’\-]*(?:\s+[\w'’\-.]+){1,14})$")
# a post to a country, then the name: `Soviet Ambassador to the USA A. Dobrynin`, `Ambassador to Cuba Alekseev`
POSTED_NAME_RE = re.compile(r"^(?:[A-Z][\w\-]+\s+){0,3}(?i:ambassador|envoy|minister|representative|consul|charg[ée] d'affaires)"
                            r"\s+(?:to|in|at)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}?\s+"
                            r"(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][\w'’\-]+)$")


def _is_title_subject(text):
    """A catalogue title's last phrase that tells what it is about (`Meeting with Robert Kennedy`):
    words in lower case among them, and no office, post or mark."""
    words = text.split()
    return any(w.islower() and w.isalpha() for w in words) and not names_an_office(text) and not is_position(text) \
        and not starts_with_entry("classifications", text) and text.lower() not in genre()["priorities"]


POST_BEFORE_TO_RE = re.compile(r"(?i)\b(?:ambassador|envoy|minister|representative|delegate|delegation|mission|"
                               r"embassy|consul|attach[ée]|charg[ée]|adviser|advisor|counsell?or)$")


def _top_level_to(text):
    """Where ` to ` (or ` TO `) first stands outside brackets in text, and not inside a post
    (`Soviet Ambassador to the USA Dobrynin to USSR Foreign Ministry`), or -1."""
    depth = 0
    for i, c in enumerate(text):
        if c in "[(":
            depth += 1
        elif c in "])":
            depth -= 1
        elif c == " " and depth == 0 and text[i:i + 4].lower() == " to " and not POST_BEFORE_TO_RE.search(text, 0, i):
            return i
    return -1


def _catalog_title(line, lineno, s, e):
    """The CatalogTitle of an archive's catalogue title on line[s:e], or None when the line is no
    such title."""
    dated = TITLE_DATE_RE.match(line, s, e) if "/" in line[s:e] else None
    if dated and whole_date(dated.group("date")):
        s = dated.end()
    else:
        dated = None
    m = _catalog_title_re().match(line, s, e)
    if m is None and "," in line[s:e]:
        dated_title = _numbered_dated_title_re().match(line, s, e)
        if dated_title and whole_date(dated_title.group("date")):     # `Telegram no. 74320, 22 August 1968`
            return CatalogTitle(lineno, dated_title.group("type").lower(), number=dated_title.group("num"),
                                date_text=dated_title.group("date"))
    if m is None and line[s:s + 1].isdigit():
        m = VOLUME_HEADING_RE.match(line, s, e)     # `258 Officer to Department of External Affairs`
        if m is None or _catalog_title_re().match(line, m.start("rest"), e) or len(line[s:e].split()) > 14:
            return None     # `248. Telegram From the Embassy in ... to ...`: the later volumes' heading, read below
    if m is None or TITLE_SENTENCE_RE.search(line, m.start("rest"), e):
        return None
    t = CatalogTitle(lineno, m.group("type").lower() if m.group("type") else None,
                     number=m.groupdict().get("num"), classification=m.groupdict().get("mark"))
    t.date_text = dated.group("date") if dated else None
    start, end = m.start("rest"), e
    ex = TITLE_EXCERPT_RE.search(line, start, end)
    if ex:
        t.excerpt, end = True, ex.start()
    part = TITLE_PART_NUMBER_RE.search(line, start, end)
    end = part.start() if part else end
    kind = TITLE_KIND_NUMBER_RE.search(line, start, end)
    if kind:            # `... to Spasowski (Warsaw) [Ciphergram No. 12768]`: the kind and number as the archive files it
        t.number = t.number or kind.group("num")
        end = kind.start()
    dated_end = TITLE_DATE_END_RE.search(line, start, end)
    if dated_end and whole_date(dated_end.group("date")):       # `... to the Embassy in the Soviet Union December 30, 1962`
        t.date_text = t.date_text or dated_end.group("date")
        end = dated_end.start()
    subj = TITLE_SUBJECT_RE.search(line, start, end) or TITLE_ON_RE.search(line, start, end)
    if subj:
        t.subject, end = subj.group("subject"), subj.start()
    else:
        subj = TITLE_TRAILING_SUBJECT_RE.search(line, start, end)
        to_at = _top_level_to(line[start:end])
        if subj and 0 <= to_at < subj.start() - start and not TITLE_TAIL_RE.match(line, subj.start(), end) \
                and _is_title_subject(subj.group("subject")):
            t.subject, end = subj.group("subject"), subj.start()    # `..., Meeting with Robert Kennedy`
    rest = line[start:end]
    to_at = _top_level_to(rest)
    tail = TITLE_TAIL_RE.search(rest, to_at + 4 if to_at >= 0 else 0)
    cut = tail.start() if tail else len(rest)
    if to_at < 0:
        to_at = cut
    if to_at >= cut:
        to_at = cut = min(to_at, cut)
    sender_at = 0
    placed = TITLE_PLACE_SENDER_RE.match(rest, 0, to_at)
    if placed:          # `Enciphered cable from Havana, from Alekseyev on ...`
        t.origin = Span(placed.group("place"), lineno, start, start + placed.end("place"))
        sender_at = placed.end()
    sender = rest[sender_at:to_at].strip()
    sender = sender[4:] if sender[:4].lower() == "the " else sender
    if names_an_office(sender):
        t.sender_office = sender
        placed = OFFICE_PLACE_RE.search(line, start, start + len(rest[:to_at].rstrip()))
        if placed and t.origin is None:       # `Telegram from the Hungarian Embassy in Pyongyang`: where it sits
            t.origin = Span(placed.group("place"), lineno, placed.start("place"), placed.end("place"))
    else:
        posted = POSTED_NAME_RE.match(sender)
        if posted:      # `Soviet Ambassador to the USA A. Dobrynin`: the name after the post
            at = start + sender_at + rest[sender_at:to_at].index(sender) + posted.start("name")
            people = parse_name_list(line, lineno, at, at + len(posted.group("name")))
        else:
            people = parse_name_list(line, lineno, start + sender_at, start + to_at)
        t.sender = people[0] if people else None
    if to_at < cut:
        t.sent_to_text = rest[to_at + 4:cut].strip()
    for p in TITLE_PART_RE.finditer(rest, to_at + 4, cut) if to_at < cut else ():
        part = p.group("part").strip()
        if names_an_office(part):
            t.to_office = t.to_office or part
        else:
            t.to.extend(parse_name_list(line, lineno, start + p.start("part"), start + p.start("part") + len(part)))
    for seg in rest[cut:].split(","):       # `TOP SECRET`, `No. 76.054`, `Urgent`
        seg = seg.strip()
        number = HEADER_NUMBER_RE.match(seg)
        if number and number.group("num"):
            t.number = t.number or number.group("num")
        elif seg.lower() in genre()["priorities"]:
            t.priority = t.priority or seg
        elif seg and starts_with_entry("classifications", seg):
            t.classification = t.classification or seg
    return t


OFFICE_PLACE_RE = re.compile(r"\s(?i:in|at)\s+(?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?)$")


def _office_origin(h, line, lineno, start, end):
    """Where an office that sent a document sits, as its name says (`Embassy in Pyongyang`): the
    document's origin, unless the heading gives one."""
    m = OFFICE_PLACE_RE.search(line, start, end)
    if m and h.origin is None:
        h.origin = Span(m.group("place"), lineno, m.start("place"), m.end("place"))
        h.lines.setdefault("origin", lineno)


def _fill_from_title(h):
    """What the catalogue title says and the heading does not."""
    t = h.title
    if t is None:
        return
    if h.doc_type is None and t.doc_type:
        h.doc_type = t.doc_type
        h.lines.setdefault("doc_type", t.line)
    h.number = h.number or t.number
    h.subject = h.subject or t.subject
    if t.origin and h.origin is None:
        h.origin = t.origin
        h.lines.setdefault("origin", t.line)
    if t.date_text and h.date_text is None and "date" not in h.lines:
        h.date_text = t.date_text
        h.lines["date"] = t.line
    h.priority = h.priority or t.priority
    h.classification = h.classification or t.classification
    if h.author is None and h.issuer is None:
        h.author = t.sender
    if h.issuer is None and t.sender_office:
        h.issuer = t.sender_office
        h.lines.setdefault("issuer", t.line)
    if t.sender_office and not (h.sender_office or h.author):
        h.sender_office = t.sender_office
    if not (h.to or h.to_office or h.sent_to_text):
        h.to, h.to_office, h.sent_to_text = list(t.to), t.to_office, t.sent_to_text
        h.lines.setdefault("sent_to", t.line)


MARK_FIRST_RE = re.compile(r"(?P<mark>(?i:top secret|strictly secret|secret|flash|urgent|immediate))\s+")     # `Flash Telegram [Fulger]`
WHO_NOT_WHEN_RE = re.compile(r"(?i)(?:by|from)\s")
STAMP_LEAD_RE = re.compile(r"(?i)^(?:on|at)\s+")
STAMP_AND_RE = re.compile(r"(?i)\s+and$")
FROM_LEAD_RE = re.compile(r"^(?:the\s+)?\[?")


def _stamps(line, start, end):
    """The `Sent ...` / `Received ...` stamps in line[start:end], as {'sent': text, 'received': text}."""
    found = {}
    marks = list(STAMP_RE.finditer(line, start, end))
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else end
        text = STAMP_LEAD_RE.sub("", line[m.end():stop].strip(" ,.;:"))
        text = text.split("  ", 1)[0].rstrip(" ,.;")       # `0810 12 October 1949  Copy Nº 2`: a wide gap ends it
        text = STAMP_AND_RE.sub("", text)            # `... at 2:00 and received at ...`
        word = m.group(1).lower()
        key = "received" if word in ("received", "arrived") else "sent"
        if not text or WHO_NOT_WHEN_RE.match(text) and not match_datetime(text):
            continue        # `Received by the [Chinese] Foreign Ministry`, `Received from the Vietnam Desk`: no time;
                            # `RECEIVED` alone over the register's number: a form's label
        found[key] = text
    return found, (marks[0].start() if marks else end)


def _keep_first_stamps(h, stamps, lineno):
    """Read stamps into the heading, the first of each kind kept: `Received in Moscow`, not a later
    `Received at the 8D/GS`."""
    for kind, value in stamps.items():
        setattr(h, f"{kind}_text", getattr(h, f"{kind}_text") or value)
        h.lines.setdefault(kind, lineno)


def is_salutation_start(text):
    return match_salutation(text, 0, len(text)) is not None


def _prose_after(text, start):
    """`From our discussions with ...`: a sentence opens with the word, not a header's `From PLACE`."""
    rest = FROM_LEAD_RE.sub("", text[start:])      # `From the Moscow Desk`, `from [BEIJING]`
    return rest[:1].islower() or (len(rest.split()) > 8 and text.rstrip()[-1:] in ".:;")


@lru_cache(maxsize=None)
def _marks_re():
    g = genre()
    marks = sorted(g["priorities"] + g["classifications"] + g["handling"], key=len, reverse=True)
    return re.compile(r"(?i)(?:" + "|".join(re.escape(w) for w in marks) + r")(?!\w)[\s,.;]*")


def _type_then_marks(h, text, doc_type_re):
    """`Ciphered telegram Strictly secret Copying prohibited`: the kind of document, then only
    marks, on one line; the doc_type_re match of the kind, the marks read into h; else None."""
    words = text.split()
    for n in (3, 2, 1):             # the kind is one to three words
        kind = " ".join(words[:n])
        m = doc_type_re.match(kind)
        if not m or m.group("num") or m.group("bare"):
            continue
        rest, found = text[len(kind):].strip(), []
        while rest:
            mark = _marks_re().match(rest)
            if not mark:
                return None
            found.append(mark.group().strip(" ,.;"))
            rest = rest[mark.end():]
        if not found:
            return None
        for mark in found:
            _read_mark(h, mark)         # handling marks (`Copying prohibited`) stay in the text only
        return m
    return None


def _date_in_place(place):
    """Where a date begins among the words FROM_PLACE_RE took for a place (`BAKU 23 November
    1945`), or the place's length when none does."""
    at = place.find(" ")
    while at > 0:
        if place[at + 1:at + 2].isdigit() and whole_date(place[at + 1:]):
            return at
        at = place.find(" ", at + 1)
    return len(place)


def _from_line(h, line, lineno, s, e, after):
    """`From BEIJING Received 12:15 18.7.1952`, `FROM: PYONGYANG`, `from [BEIJING] received at
    1135 19 October 1951`, `From Pyongyang, No. 4040. 10 hours 10 minutes. 8.II.1950`."""
    stamps, stop = _stamps(line, after, e)
    the = THE_RE.match(line, after, stop)      # `From the Moscow Desk`
    at = the.end() if the else after
    office = line[at:stop].strip(" ,.")
    if the and names_an_office(office):        # `FROM THE EMBASSY IN HAVANA`: who sent it, and where it sits
        h.sender_office = h.sender_office or (smart_title(office, genre()["acronyms"]) if office.isupper() else office)
        _office_origin(h, line, lineno, at, at + len(office))
        m = None
    else:
        m = FROM_PLACE_RE.match(line, at, stop)
    if m:
        place = DESK_RE.sub("", m.group("place"))                  # `Moscow Station`: Moscow
        last = place.rsplit(" ", 1)
        if len(last) == 2 and _read_mark(h, last[1]):             # `From Budapest Priority`: a mark after it
            place = last[0]
        cut = _date_in_place(place)
        place = place[:cut].rstrip()                # `FROM BAKU 23 November 1945`: the date after the place
        to = FROM_TO_RE.match(line, s, stop)
        if to and place.endswith(to.group("to")):   # `From Pyongyang To Vyshinsky`: where it went, to whom
            place = place[:to.start("lead") - m.start("place")].rstrip()
            name = Span(to.group("to"), lineno, to.start("to"), to.end("to"))
            h.sent_to_text = h.sent_to_text or name.text
            h.lines.setdefault("sent_to", lineno)
            if looks_like_person(name.text):
                h.to.append(NameRef(name))
        h.origin = Span(place, lineno, m.start("place"), m.start("place") + len(place))
        rest = line[m.start("place") + cut:stop] if cut < len(m.group("place")) else line[m.end():stop]
        num = FROM_NUMBER_RE.search(rest)
        if num:
            h.number = h.number or num.group("num")
            rest = rest[num.end():]
        if "sent" not in stamps and match_datetime(rest):   # a date with no stamp word: when it was sent
            stamps["sent"] = rest.strip(" ,.;")
    elif not h.sender_office:
        origin = without_the(line[after:stop].strip(" ,."))
        if origin:
            o_start = line.index(origin, after)
            h.origin = Span(origin, lineno, o_start, o_start + len(origin))
    h.sent_text = stamps.get("sent", h.sent_text)
    h.received_text = stamps.get("received", h.received_text)
    for kind in stamps:
        h.lines[kind] = lineno
    h.lines["origin"] = lineno


CLOCK_REST_RE = re.compile(r"(?:minutes?|mins?\.?|hours?)\b")
STAMP_END_RE = re.compile(r"(?i)\b(?:sent|received|transmitted|dispatched)$")


def _continued(lines, lineno, line, end):
    """A stamp printed over two lines (`From BEIJING No. 1309 20 hours 05` / `minutes,
    13.1.1951`; `From Pyongyang Sent 13.9.50 Received` / `13.9. 13:15`): (the two lines
    joined, where they end, the last line read); or the line alone when it is not continued."""
    for k, s2, e2 in next_contents(lines, lineno, 2):
        nxt = lines[k - 1][s2:e2]
        if (CLOCK_REST_RE.match(nxt) and line[end - 1].isdigit()) \
                or (nxt[0].isdigit() and STAMP_END_RE.search(line, 0, end) and match_datetime(nxt, anchored=True)):
            joined = line[:end] + " " + nxt
            return joined, len(joined), k
        break
    return line, end, 0


# `To: Moscow`, `Level: Extra Urgent Advance`, `Priority: Urgent`, `Subject: ...`, `Telegram From: the Soviet Union`
FIELD_RE = re.compile(r"^(?P<label>(?:telegram\s+|cable\s+)?(?:to|from|level|priority|urgency|subject|contents|re|"
                      r"classification|secrecy|date|time|sender|subj|read\s+by|approval|approved\s+by|copied\s+to|sent\s+to|"
                      r"forwarded(?:\s+via\s+the\s+\w+)?\s+to))\s*:\s+(?P<value>\S.*)$", re.I)
TO_COMRADE_RE = re.compile(r"(?i),\s+to\s+(?:comrades?|cdes?\.?)\s+")
UNREAD_DATE_RE = re.compile(r"[\d.\s/\-]+")
MARKS_SPLIT_RE = re.compile(r"\s*[—–,;]\s*|\s+-\s+")
# a form's labels, several to a line (a Czechoslovak cable of 1953): `Receiving number: 6569/53 Sent by:
# Berlin`, `Re: information Received: [6/17/53] at 4:30 PM`, `Attention: I. Referred: ...`, `Assigned: GO/I`
PAIR_LABEL_RE = re.compile(r"(?:(?<=\s)|(?<=^))(?P<label>Receiving number|Incoming number|Sent by|Received|Referred|"
                           r"Assigned|Attention|Re):\s*")


def _labelled_pairs(h, line, lineno, pairs, end):
    """A line of a form's labelled values: the number, where it was sent from, when it was
    received (the rest, where it was referred and to whom, is header only)."""
    for i, m in enumerate(pairs):
        stop = pairs[i + 1].start() if i + 1 < len(pairs) else end
        value = line[m.end():stop].strip()
        label = m.group("label").lower()
        if label.endswith("number") and not h.number:
            h.number = value
        elif label == "sent by" and h.origin is None and value:
            h.origin = Span(value, lineno, m.end(), m.end() + len(value))
            h.lines.setdefault("origin", lineno)
        elif label == "received" and h.received_text is None and value:
            h.received_text = value.replace("[", "").replace("]", "")     # `[6/17/53] at 4:30 PM`
            h.lines.setdefault("received", lineno)


BLANK_DAY_RE = re.compile(r"^_{2,}\s*")                 # `____ April 1958`: a form's day never filled in
BLANK_COPY_RE = re.compile(r"(?i)^copy\s*(?:#|N[oº°]\.?|№)\s*(?:_+|\d+)\.?$")     # `Copy # ___`, `Copy # 3`
ON_DAYS_RE = re.compile(r"^ON/(?P<sent>\d{1,2})/(?P<received>\d{1,2})/(?P<month>[IVX]{1,4}|\d{1,2})/(?P<year>\d{2}|\d{4})$")
FILING_CODE_RE = re.compile(r"^[A-Z]{1,5}(?:/[A-Za-z0-9]{1,6}){1,7}(?:\.\(\d{1,2}h\))?$")     # `DAC/DAS/DOr/600.(24h)`
# a field's label in capitals with a full stop: `DATE. 09051700, 58.9.5`, `TO. KYUNG MU DAI`
DOTTED_FIELD_RE = re.compile(r"^(?P<label>DATE|TO|FROM|SUBJECT|SUBJ)\.\s+(?P<value>\S.*)$")
# fields read as header only, kept in the text: who approved it, where copies went (`Approval: Zhou
# Enlai`, `Forwarded via the Department to: Moscow 968-71 – ...`); who read it (`Read By: Liu [Shaoqi],
# ...`) is its distribution
HEADER_ONLY_LABELS = ("by", "approval", "to:copied", "to:forwarded")
OFFICE_DOC_TYPE_RE = re.compile(r"^(?P<office>.{3,120}?)\s+(?P<type>telegram|cable|ciphered\s+telegram)$", re.I)
# a register line that ends with a number: `Received (65) No. 284`, `Foreign Ministry (65) No. Mao-1014`,
# `Ministry of Foreign Affairs 4th department No. 42`, `No. (61) 561`
REGISTER_RE = re.compile(rf"^(?:[A-Z][\w.]*(?:\s+(?:\(\d\d\)|[\w.]+)){{0,7}}\s+)?{NO}\s*(?:\(\d\d\)\s*)?[\w][\w/\-]*\.?$")
REGISTER_NUMBER_RE = re.compile(rf"{NO}\s*(?P<num>(?:\(\d\d\)\s*)?[\w][\w/\-]*)\.?$")
REGISTER_OWN_RE = re.compile(rf"^(?:{NO}|(?:received|sent|outgoing|incoming)\s+\(\d\d\))", re.I)


@lru_cache(maxsize=None)
def _person_field_re():
    """A `To:` or `From:` field that names a person by title or with the editor's given name:
    `Ambassador JELEN`, `[Ambassador Boleslaw] JELEN2`, `[Aleksander] KRAJEWSKI1, Urgent`
    (a footnote's number may cling to the name; marks of urgency may follow it)."""
    titles = titles_alternation()
    return re.compile(rf"(?:\[(?P<inner>[A-Z][^\]\n]{{1,60}})\]\s*|(?P<title>(?:{titles}))\s+)"
                      r"(?P<name>[A-Z\u00c0-\u00de][\w'’\-]+(?:\s+[A-Z\u00c0-\u00de][\w'’\-]+)?(?<!\d))(?:\s?\d{1,2})?"
                      r"(?:\s*\([a-z][^)\n]*\))?"              # `Comrade Stancu (handwritten)`: the editor's note
                      r"(?P<marks>(?:\s*,\s*(?:\d{1,2}\s+)?[A-Za-z][A-Za-z ]+)*)$")    # `MILNIKIEL,1 URGENT`


GIVEN_LAST_RE = re.compile(r"(?:^|\s)(?P<given>[A-Z][a-z\u00e0-\u017e]+)$")      # the last word in the editor's brackets


def _person_field(h, label, line, start, end, lineno):
    """Whom a `To:` field addresses or who a `From:` field says sent it, when it names a person
    (`To: [Aleksander] KRAJEWSKI1, Urgent`); False when the field names a place or an office."""
    m = _person_field_re().match(line, start, end)
    if not m or not looks_like_person(m.group("name")):
        return False
    if not all(_read_mark(h, w.strip().lstrip("0123456789 ")) for w in m.group("marks").split(",") if w.strip()):
        return False            # `To: Ambassador X, Minister Y`: read as the address it is
    ref = NameRef(Span(m.group("name"), lineno, m.start("name"), m.end("name")))
    given = GIVEN_LAST_RE.search(m.group("inner") or "")
    if given and given.group("given").lower() not in genre()["post_words_set"]:
        # `[Ambassador Boleslaw] JASZCZUK`: the editor gave the name in full, the given name first
        surname = m.group("name")
        surname = surname.title() if surname.isupper() else surname
        at = m.start("inner") + given.start("given")
        ref.bracket = Span(f"{given.group('given')} {surname}", lineno, at, at + len(given.group("given")))
    if label == "to":
        h.to.append(ref)
        h.lines.setdefault("to", lineno)
    else:
        h.author = h.author or ref
    return True


# a surname alone in capitals, perhaps with a footnote's number: `PASZKOWSKI`, `DROZNIAK2`
BARE_SURNAME_RE = re.compile(r"^(?P<name>[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'’\-]+)\s?\d{0,2}$")


def _without_marks(h, value):
    """A field's value without the urgency and secrecy marks after its last comma, which are read
    into h: `KRAJEWSKI, URGENT, EYES ONLY` -> `KRAJEWSKI`."""
    parts = [p.strip() for p in value.split(",")]
    while len(parts) > 1 and _read_mark(h, parts[-1]):
        parts.pop()
    return ", ".join(parts)


def _urgency_and_secrecy(text, g):
    """(urgency, secrecy) of a line that holds the two and nothing else (`IMMEDIATE SECRET`, `Secret
    Priority`), else None."""
    text = text.rstrip(".!")
    low = text.lower()
    for p in g["priorities"]:
        if low.startswith(p + " ") and low[len(p) + 1:].strip() in g["classifications"]:
            return text[:len(p)], text[len(p) + 1:].strip()
        if low.endswith(" " + p) and low[:-len(p) - 1].strip() in g["classifications"]:
            return text[len(text) - len(p):], text[:-len(p) - 1].strip()
    return None


def _read_mark(h, mark):
    """An urgency mark (`URGENT`) read into h.priority, a secrecy mark (`EYES ONLY`) into
    h.classification (the first of each kept); False when mark is neither."""
    if mark.lower() in genre()["priorities"]:
        h.priority = h.priority or mark
    elif starts_with_entry("classifications", mark):
        h.classification = h.classification or mark
    else:
        return False
    return True


def _field(h, m, line, s, lineno):
    """A labelled header line (FIELD_RE's match m over line from s)."""
    words = m.group("label").lower().split()
    label = words[-1] if words[-1] != "to" or len(words) == 1 or words[0] in ("telegram", "cable") else f"to:{words[0]}"
    value = m.group("value").strip(" .;")
    if words[0] in ("telegram", "cable") and h.doc_type is None:
        h.doc_type = words[0]       # `Telegram From: the Soviet Union`: the form's kind
        h.lines["doc_type"] = lineno
    if words == ["read", "by"]:     # `Read By: Liu [Shaoqi], [Li] Fuchun, [Zhang] Hanfu`: the editor completes the names
        start = s + m.start("value")
        h.copies.extend(address_names(line, lineno, start, start + len(value))[0])
        h.lines.setdefault("copies", lineno)
        return
    if label in HEADER_ONLY_LABELS or (label == "to:sent" and value.lower().startswith("see ")):
        return          # `Sent to: See header`
    if label in ("to", "from", "sender") and (value[:1] == "[" or value[:1].isupper()) \
            and _person_field(h, label, line, s + m.start("value"), s + m.start("value") + len(value), lineno):
        return
    if label in ("to", "to:sent"):
        h.sent_to_text = h.sent_to_text or _without_marks(h, value)      # `To: KRAJEWSKI, URGENT, EYES ONLY`
        h.lines.setdefault("sent_to", lineno)
        named = TO_COMRADE_RE.search(line, s + m.start("value"), s + m.end("value"))
        if named and not h.to:      # `To: the Romanian Ministry of Foreign Affairs, to comrade X and Y`
            h.to.extend(parse_name_list(line, lineno, named.end(), s + m.end("value")))
    elif label in ("from", "sender"):      # `Sender: Pyongyang`
        the = THE_RE.match(value)
        start = s + m.start("value") + (the.end() if the else 0)
        end = s + m.start("value") + len(value)
        if names_an_office(line[start:end]):       # `From: the Romanian Embassy in Pyongyang`: who sent it, and where
            h.sender_office = h.sender_office or line[start:end]
            _office_origin(h, line, lineno, start, end)
            return
        bare = BARE_SURNAME_RE.match(value)
        if bare and label == "from" and h.origin is not None and h.to and h.author is None \
                and bare.group("name").lower() != h.origin.text.lower() and looks_like_person(bare.group("name")):
            # `To: [Director] WIERNA` / `From: PASZKOWSKI` under `Dispatched from Moscow`: a form that
            # addresses a person and already says where it came from names who sent it
            start = s + m.start("value")
            h.author = NameRef(Span(bare.group("name"), lineno, start, start + bare.end("name")))
            return
        h.origin = h.origin or Span(line[start:end], lineno, start, end)
        h.lines.setdefault("origin", lineno)
    elif label in ("level", "priority", "urgency"):
        h.priority = h.priority or value
    elif label in ("classification", "secrecy"):
        h.classification = h.classification or value
    elif label == "date":       # `Date: 27/X/1962`
        if not h.lines.get("date") and whole_date(value):
            h.date_text = value
            h.lines["date"] = lineno
    elif label == "time":       # `Time: 6:40`: the clock alone, kept in the text
        pass
    else:       # subject (`SUBJ:`), contents, re
        if h.subject is None:
            h.subject = value
            h.lines["subject_to"] = lineno      # the subject's last line (a cable's may wrap)
        h.lines.setdefault("subject", lineno)


NOTE_MARK_END_RE = re.compile(r"\s*\[\d{1,3}\]$")


def _is_title_line(text):
    """A heading in title case with no full stop: `Signs of the Soviet Union's False Anti-Imperialism`."""
    words = text.split()
    if not 3 <= len(words) <= 24 or text[-1] in ".:;,!?" or not words[0][:1].isupper():
        return False
    small = {"of", "the", "and", "on", "in", "for", "to", "a", "an", "with", "at", "by", "from", "about", "its", "their"}
    if words[0] in ("To", "TO") or sum(w[:1].isalpha() for w in words) < 3:
        return False
    lower = [w for w in words if not (w[:1].isupper() or w.lower() in small or not w[:1].isalpha())]
    if 4 * len(lower) > len(words):        # `Recommendations based on Developments in the Current Situation`
        return False
    return not names_an_office(text) and not (any(c.isdigit() for c in text) and match_datetime(text))


def _title_goes_on(lines, lineno, text):
    """(lineno, text) of the line a title goes on to, when it breaks after a small word (`Corrected
    text of a` / `telegram to Kim Il Sung`); else None."""
    if not breaks_mid_phrase(text):
        return None
    for k, s, e in next_contents(lines, lineno, 1):
        nxt = lines[k - 1][s:e]
        if nxt[-1:] not in ".:;!?" and len(nxt.split()) <= 12 and not is_salutation_start(nxt):
            return k, nxt
    return None


def _address_follows(lines, lineno):
    """An address opens one of the next two lines."""
    for seen, (k, s, e) in enumerate(next_contents(lines, lineno, 4), start=1):
        if is_salutation_start(lines[k - 1][s:e]):
            return True
        if seen == 2:
            break
    return False


def _trailing_note(text):
    """(where a bracketed note at the end of text begins, how many of its brackets stay open),
    or (None, 0) when text does not end with one."""
    opened = []
    for i, c in enumerate(text):
        if c == "[":
            opened.append(i)
        elif c == "]" and opened:
            start = opened.pop()
            if not opened and not text[i + 1:].strip():
                inner = text[start + 1:i]
                # a note, not a name's identification (`FENG XI [STALIN]`): `[Translator's note: ...]`
                is_note = ":" in inner or inner[:1].islower() or "note" in inner.lower()
                return (start, 0) if text[:start].strip() and is_note else (None, 0)
    if opened:
        return opened[0], len(opened)
    return None, 0


DISTRIBUTION_NOTE_RE = re.compile(r"\[(?:Translator['’]s note:\s*)?Distribution (?:for|of) this (?:cable|telegram|document) "
                                  r"is as follows:\s*(?P<names>(?:[^\[\]]|\[[^\[\]]*\])+?)\.?\]")     # `Khrushchev [sic]` inside
# The editor's headnote over an excerpt: `[The following is an excerpt of a telephonogram by V.
# Semenov and V. Sokolovskii in Berlin to V. Molotov and N. A. Bulganin, sent on 19 June 1953 at
# 5:35 p.m., describing ...]`, `[The following excerpt is from a secret telephonogram sent by ...]`
HEADNOTE_RE = re.compile(r"\[The following (?:is )?(?:an? )?(?:excerpt|extract|text)s? (?:is )?(?:of|from) (?:an? |the )?"
                         r"(?P<kind>[a-z][a-z ]{2,40}?) (?:sent )?by (?P<from>[A-Z][^\]]{2,120}?)"
                         r"(?: (?:in|from) (?P<place>[A-Z][\w\-]+(?: [A-Z][\w\-]+)?))? to (?P<to>[A-Z][^\]]{2,120}?)"
                         r"(?=,| on | sent | at \d|\]|\.\S{0,3}\]|$)")


def _headnote(h, line, lineno, s, e):
    """The editor's headnote over an excerpt: the kind of document, who sent it (from where), to
    whom and when, read into h (the note stays in the text, no part of the message)."""
    m = HEADNOTE_RE.match(line, s, e)
    if m is None:
        return
    kind = m.group("kind").removeprefix("secret ").removeprefix("top secret ")
    if _doc_type_re().match(kind) and h.doc_type is None:
        h.doc_type = kind.lower()
        h.lines["doc_type"] = lineno
    if m.group("place") and h.origin is None:
        h.origin = Span(m.group("place"), lineno, m.start("place"), m.end("place"))
        h.lines["origin"] = lineno
    senders = [r for r in parse_name_list(line, lineno, m.start("from"), m.end("from")) if looks_like_person(r.surface.text)]
    if senders and h.author is None:
        h.author = senders[0]       # two who sign together: the first named is the sender
    h.to.extend(r for r in parse_name_list(line, lineno, m.start("to"), m.end("to")) if looks_like_person(r.surface.text))
    found = match_datetime(line[m.end():e])
    if found and h.sent_text is None and whole_date(found[0].group()):
        h.sent_text = found[0].group().strip(" ,")     # `sent on 19 June 1953 at 5:35 p.m.`
        h.lines["sent"] = lineno


def _bracket_note(text):
    """(whether a line that opens with `[` is an editor's or archivist's note, how many of its
    brackets stay open): brackets only (`[Stamp: ...]`, `[letterhead] [note]`, nested
    `[[special sector]]`, or open to the next lines), or a bracketed label (`[handwritten]: ...`)."""
    depth = 0
    for i, c in enumerate(text):
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                rest = text[i + 1:].lstrip()
                if rest and rest[0] == "[":
                    continue
                # `[handwritten]: 30 May 1950`; `[Stamp] Foreign Ministry ...`
                return not rest or (rest[0] == ":" and i <= 40) or (i <= 12 and " " not in text[1:i]), 0
    return True, depth


def _next_is_doc_type(lines, lineno, doc_type_re):
    for k, s, e in next_contents(lines, lineno, 3):
        text = lines[k - 1][s:e]
        return doc_type_re.match(text) is not None or doc_type_re.match(text.split("   ")[0]) is not None
    return False


GAP_RE = re.compile(r"\S(\s{3,})(?=\S)")
LEADERS_RE = re.compile(r"…+|\.{3,}")
# `(FYI: Thee, Maneli)`, `FYI: Trojanowski, Thee, Chodorek`: who else was to read it
FYI_RE = re.compile(r"^\(?FYI:\s*(?P<names>[^)\n]+?)\)?$")


def _cells(lines):
    """(lineno, line, start, end) of each header line's content; a line printed in columns
    (`CABLE Nº 58986      TOP SECRET`) gives one cell per column."""
    for lineno, line in enumerate(lines, start=1):
        s, e = content_bounds(line)
        if s == e:
            continue
        if "…" in line:     # a form filled in along dotted leaders: `From…Hanoi……dispatched on ...`
            line = LEADERS_RE.sub(lambda m: " " * len(m.group()), line)      # same length: spans stay true
            s, e = content_bounds(line)
            yield lineno, line, s, e
            continue
        if " / " in line and FIELD_RE.match(line[s:e].split(" / ", 1)[0]):
            # `Level: Extra Urgent / From the Moscow Desk / Received (65) No. 587`: a form's fields on one line
            for part in line[s:e].split(" / "):
                yield lineno, line, s, s + len(part)
                s += len(part) + 3
            continue
        if "   " not in line[s:e] or whole_date(line[s:e]):     # `8 October 1950   11.20` is one date
            yield lineno, line, s, e
            continue
        for m in GAP_RE.finditer(line, s, e):
            yield lineno, line, s, m.start(1)
            s = m.end(1)
        yield lineno, line, s, e


def parse_header(lines):
    """Read header lines from the top until the first line that belongs to a message."""
    h = _read_header(lines)
    _fill_from_title(h)
    _page_furniture(h, lines, h.first_body_line)
    return h


def _read_header(lines):
    h = ParsedHeader()
    doc_type_re = _doc_type_re()
    g = genre()
    lineno = 0
    in_copies = None       # the line before was a list of copies, which may go on: in which form
    in_note = False        # inside a bracketed stamp or note running over lines
    note_depth = 0
    skip_to = 0            # a stamp went on over lines up to this one
    office_at = 0          # the last line that named an office the document was sent to
    number_at = 0          # the line of a `No. ...` read as the document's number
    routing = False        # under a cable's `TO` or `INFO` line: the posts it was sent to, one a line
    title_open = True      # an archive's catalogue title may come (first, or under a date alone)
    for lineno, line, s, e in _cells(lines):
        if lineno <= skip_to:
            continue
        text = line[s:e]
        low = text.lower().rstrip(".!")
        if title_open:
            title_open = whole_date(text) is not None
            t = _catalog_title(line, lineno, s, e) if not title_open and not doc_type_re.match(text) else None
            if t:
                h.title = t
                continue
        if in_note:     # a note goes on until its brackets close, or a line ends with one
            note_depth += text.count("[") - text.count("]")
            in_note = note_depth > 0 and not text.endswith("]")
            continue
        m = RECEIVED_NOTE_RE.match(text) if text[:9] == "[Received" else None
        if m:
            h.received_text = h.received_text or m.group("when")     # the editor's `[Received June 27—11:12 a.m.]`
            h.lines.setdefault("received", lineno)
            continue
        m = VOLUME_TYPE_HEADING_RE.match(text) if text[:1].isdigit() and not h.lines else None
        if m:
            h.doc_type, h.filed = m.group("type").lower(), True
            h.lines["doc_type"] = lineno
            continue
        m = TDCS_RE.match(text) if text[:4] == "TDCS" else None
        if m:
            h.number = h.number or m.group("num")
            continue
        if text in STACKED_LABELS and h.filed:
            for k, s2, e2 in next_contents(lines, lineno, 3):
                if STACKED_LABELS[text] == "subject" and h.subject is None:
                    h.subject = lines[k - 1][s2:e2].lstrip("•·- ").strip()
                    h.lines["subject"] = k
                skip_to = k         # the value under the label: header only (`DOI`: when what it reports happened)
                break
            continue
        if text[:1] == "/" and OLD_NOTE_RE.match(text):
            if "Source:" in text:   # `/1/Source: ... Confidential. Repeated to Zagreb.` under the heading
                _source_marks(h, text[text.find("Source:"):])
            continue
        if text[:15] == "[The following " and not h.lines:
            _headnote(h, line, lineno, s, e)
        listed = DISTRIBUTION_NOTE_RE.match(line, s, e) if text[:1] == "[" and "istribution" in text else None
        if listed:      # `[Translator’s note: Distribution for this cable is as follows: Brezhnev, Voronov, ...]`
            h.copies.extend(parse_name_list(line, lineno, listed.start("names"), listed.end("names")))
            h.lines.setdefault("copies", lineno)
        m = BRACKETED_TYPE_RE.match(text) if h.filed and h.doc_type is None and text[0] == "[" else None
        if m:
            h.doc_type = m.group("type").lower()        # `[Telegram]` under a 1918 volume's heading
            h.lines["doc_type"] = lineno
            continue
        if text[0] == "[" and not text[:4].lower().startswith("[to"):
            note, depth = _bracket_note(text)
            if note:
                # `[Stamp: ...]` over one line or several (brackets may nest: `[[special sector]]`),
                # `[letterhead ...] [Translator's note: ...]`, `[handwritten]: 30 May 1950`
                in_note, note_depth = depth > 0, depth
                continue
        if "[" in text and text[0] != "[":
            # a note printed after the line's own words: `... Soviet Army [Translator's note: ...]`,
            # or opened there and running on (`USSR EMBASSY IN THE DPRK [faded USSR` / ...]`)
            cut, depth = _trailing_note(text)
            if cut is not None:
                e = s + len(text[:cut].rstrip())
                text = line[s:e]
                if depth:
                    in_note, note_depth = True, depth
                low = text.lower().rstrip(".!")
        if (text[:1].isupper() or text[:1] in "-/(") and text.upper() == text:      # a 1970s cable's heading
            read = _cable_line(h, text, line, s, lineno, routing, lines)
            if read:
                routing = read == "routing"
                continue
            if h.cable and "sent" in h.lines and CABLE_TEXT_RE.match(text):
                return _body_from(h, lineno)        # `SUMMARY: FRG WILL ...` under the references: the text
        routing = False
        m = OWN_AND_COPY_RE.match(text) if text[0] in "N№#" else None
        if m and not h.number:
            h.number = m.group("num")       # `Nº 196 Copy Nº 1`: the document's number and this copy's
            continue
        if text[:1] == "(" and text[-1:] == ")" and text[1:2].islower() and len(text) <= 30:
            continue        # `(when filled)` under a form's secrecy: the form's own words
        if len(text) <= 7 and BARE_TOKEN_RE.match(text) or OMISSION_RE.match(text) or is_separator(text) \
                or (text[0].isdigit() and NUMBERS_RE.match(text)):
            continue
        listing, in_copies = in_copies, None
        form = "to" if listing in ("to", "copy_wrap") else "numbered"      # under a bare heading: numbered entries
        more = COPIES_MORE_RE[form].match(line, s, e) if listing and listing != "copy" else None
        if more and text[0] in "-–•" and len(text.split()) <= 7:
            # `Produced in 5 copies for:` / `- Comrade Péter` / `- Department`: people by their titles
            if starts_with_entry("titles", line[more.end():e]):
                h.copies.extend(parse_name_list(line, lineno, more.end(), e))
            in_copies = form
            continue
        if more and is_copies_entry(line, more.end(), e):
            h.copies.extend(parse_name_list(line, lineno, more.end(), e))
            in_copies = "copy" if listing == "copy_wrap" else form
            continue
        m = (NUMBERED_COPY_RE.match(text) if text[0] in "Cc" else None) or (
            COPY_MORE_RE.match(text) if listing == "copy" else None)
        if m:
            if m.end() < len(text):
                h.copies.extend(parse_name_list(line, lineno, s + m.end(), e))
                in_copies = "copy"
            elif listing == "copy":
                in_copies = "copy_wrap"    # among `Copy Nº 1 to Cde. X` lines, `Copy Nº 2` / `to Cde. Y`; alone, the copy's own number
            h.lines.setdefault("copies", lineno)
            continue
        if listing == "under":      # `Distribution list - 12 copies:` / `Stalin - 2, Molotov - 1, ...`
            names = parse_name_list(line, lineno, s, e)
            if len(names) >= 2 and text.count(",") >= len(names) - 1:
                h.copies.extend(names)
                continue
        if not h.lines and TOP_PLACE_RE.match(text) and _dispatch_follows(lines, lineno):
            place = text.rstrip(".")        # `Saigon` / `Dispatched 10.04.63 at 11:10 hours`: where it was sent from
            h.origin = Span(place, lineno, s, s + len(place))
            h.lines["origin"] = lineno
            continue
        m = NAMED_REPORT_RE.match(text) if " from " in text and len(text) < 80 else None
        if m and looks_like_person(m.group("name")):
            # `Andropov Report from Budapest to Moscow`: the editor's heading, who wrote it, from where
            h.author = h.author or NameRef(Span(m.group("name"), lineno, s + m.start("name"), s + m.end("name")))
            h.origin = h.origin or Span(m.group("place"), lineno, s + m.start("place"), s + m.end("place"))
            h.doc_type = h.doc_type or m.group("type").lower()
            h.lines.setdefault("origin", lineno)
            continue
        m = FILE_HEADING_RE.match(text) if " Files" in text and h.doc_type is None and not h.lines else None
        if m:       # `Nanking Embassy Files: Telegram`: a post's files for its file, read before any address
            h.doc_type, h.filed = m.group("type").lower(), True
            h.lines["doc_type"] = lineno
            continue
        m = TO_FROM_RE.match(text) if text[:3] == "To " and " from " in text else None
        named = _to_from_names(line, lineno, s, m) if m else None
        if named:       # `To Foreign Minister Ohira from Chargés d'affaires ad interim Kataoka`
            h.to.extend(named[0])
            h.author = h.author or named[1]
            h.lines.setdefault("sent_to", lineno)
            continue
        if is_salutation_start(text) and not FROM_TO_RE.match(text):
            dear = _letter_address(lines, lineno) if h.lines or h.issuer else None
            if dear:        # `Comrade Helmut Liebermann` / `B e r l i n` / `Dear Comrade Liebermann!`
                return _letter_address_read(h, lines, lineno, dear)
            if h.doc_type is None and _next_is_doc_type(lines, lineno, doc_type_re):
                continue            # `to Cde. Stalin` written above the form, not its address
            mark = trailing_mark(text)      # `To RAZUVAEV TOP PRIORITY`
            if mark and mark.lower() in g["priorities"]:
                h.priority = h.priority or mark
            elif mark:
                h.classification = h.classification or mark
            if h.address_line is None and (h.doc_type or h.issuer) and _stamps_follow(lines, lineno):
                h.address_line = lineno     # `To Comrade STALIN I.V.` / `Sent by wire on ...`: the form goes on
                continue
            if h.address_line is None and not h.lines and h.issuer is None and _marks_follow(lines, lineno):
                h.address_line = lineno     # `To Comrade N.S. Khrushchev` / `TOP SECRET` / ...: the form under it
                continue
            return _body_from(h, lineno)
        m = ON_DAYS_RE.match(text) if text[:3] == "ON/" else None
        if m:       # `ON/24/25/X/62`: sent on the 24th, received on 25 October 1962 (the Brazilian form)
            sent = f"{m.group('sent')}/{m.group('month')}/{m.group('year')}"
            h.sent_text = h.sent_text or sent
            h.received_text = h.received_text or f"{m.group('received')}/{m.group('month')}/{m.group('year')}"
            h.lines.setdefault("sent", lineno)
            h.lines.setdefault("received", lineno)
            continue
        if "/" in text and FILING_CODE_RE.match(text):
            continue        # `PS/S`, `DAC/DEA/DCS`, `ON/14/14/XI/62`: an office's filing code (header only)
        pairs = list(PAIR_LABEL_RE.finditer(line, s, e)) if ":" in text and PAIR_LABEL_RE.match(line, s, e) else []
        if pairs and (len(pairs) > 1 or pairs[0].group("label").lower() == "assigned"):
            _labelled_pairs(h, line, lineno, pairs, e)      # `Receiving number: 6569/53 Sent by: Berlin`
            continue
        m = FIELD_RE.match(text) if ":" in text else DOTTED_FIELD_RE.match(text) if ". " in text[:9] else None
        if m:
            _field(h, m, line, s, lineno)       # `TO. KYUNG MU DAI, FOREIGN MINISTER`, `DATE. 09051700, 58.9.5`
            continue
        if text[:8] == "File No." and h.doc_type is None and FILE_NO_RE.match(text):
            h.filed = True          # `File No. 811.142/3200`: the heading and the kind follow
            continue
        m = FILE_HEADING_RE.match(text) if text[:3].isdigit() and h.doc_type is None else None
        if m:
            h.doc_type = m.group("type").lower()
            h.lines["doc_type"] = lineno
            h.filed = True
            if number_at and number_at == _previous_content(lines, lineno):
                h.number = None     # `No. 679` over the file: the edition's numbering, not the telegram's
            if not h.lines.get("date") and whole_date(m.group("file")):
                h.date_text = m.group("file")       # the date it was filed: the document's, unless one is printed
                h.lines["file_date"] = lineno
            continue
        m = POSTS_HEADING_RE.match(text) if (h.filed and text[:4] == "The " or text[:1].isdigit() and h.doc_type is None) \
            and h.issuer is None else None
        if m:
            if m.group("type"):         # the heading names the kind of document too
                h.doc_type, h.filed = m.group("type").lower(), True
                h.lines["doc_type"] = lineno
            _posts_heading(h, m, line, s, lineno)
            continue
        m = OFFICE_DOC_TYPE_RE.match(text) if text[-5:].lower() in ("egram", "cable") else None
        if m and h.doc_type is None and h.issuer is None and names_an_office(m.group("office"), g):
            office = INCOMING_RE.sub("", m.group("office").strip())     # `Ministry of Foreign Affairs Incoming Telegram`
            mark = trailing_mark(office)        # `Foreign Ministry Top Secret Telegram`: the secrecy before the kind
            if mark and len(mark) < len(office) and _read_mark(h, mark):
                office = office[:len(office) - len(mark)].rstrip(" ,")
            h.issuer = smart_title(office, g["acronyms"])     # `Ministry of Foreign Affairs Telegram`
            h.doc_type = m.group("type").lower()
            h.lines["issuer"] = h.lines["doc_type"] = lineno
            continue
        m = _type_dateline_re().match(text) if h.doc_type is None and "," in text else None
        if m and whole_date(m.group("date")):
            # `Cablegram 165 NANKING, 5 June 1949, 12.51 p.m.`: the kind, its number, where and when it was sent
            h.doc_type, h.number = m.group("type").lower(), h.number or m.group("num")
            h.origin = h.origin or Span(m.group("place"), lineno, s + m.start("place"), s + m.end("place"))
            h.date_text = h.date_text or m.group("date").rstrip(" .")
            for key in ("doc_type", "origin", "date"):
                h.lines.setdefault(key, lineno)
            continue
        m = doc_type_re.match(TRANSLATION_OF_RE.sub("", text, 1)) if text[:1] in "TtCc" else doc_type_re.match(text)
        stamp = STAMP_RE.search(text) if m is None and text[:1] in "Cc" and TRANSLATION_OF_RE.match(text) else None
        if stamp and h.doc_type is None:        # `COPY OF TELEGRAM RECEIVED ON 30TH JULY,1959`
            m = doc_type_re.match(TRANSLATION_OF_RE.sub("", text[:stamp.start()].rstrip(), 1))
            if m:
                _keep_first_stamps(h, _stamps(line, s + stamp.start(), e)[0], lineno)
        if m is None and h.doc_type is None and " " in text:
            m = _type_then_marks(h, text, doc_type_re)     # `Ciphered telegram Strictly secret Copying prohibited`
        marked = MARK_FIRST_RE.match(text) if m is None and h.doc_type is None and text[:1] in "STstFfUuIi" else None
        at = s
        if marked:          # `Secret Ciphergram No. 7237`: the secrecy, then the kind and number
            m = doc_type_re.match(text[marked.end():])
            if m:
                _read_mark(h, marked.group("mark"))
                at = s + marked.end()
        if m and h.doc_type is None:
            h.doc_type = m.group("type").lower()
            h.number = h.number or m.group("num") or m.group("bare")
            h.lines["doc_type"] = lineno
            if m.groupdict().get("dated") and h.date_text is None and whole_date(m.group("dated")):
                h.date_text = m.group("dated")
                h.lines["date"] = lineno
            if m.group("place") and h.origin is None:
                h.origin = Span(m.group("place"), lineno, at + m.start("place"), at + m.end("place"))
                h.lines.setdefault("origin", lineno)
            continue
        parts = text.split(". ") if ". " in text and text[:1] in "STCst" else []
        if len(parts) > 1 and starts_with_entry("classifications", parts[0]) \
                and all(BLANK_COPY_RE.match(p) or _marks_re().fullmatch(p) for p in parts[1:]):
            h.classification = h.classification or parts[0]     # `Secret. Copy # ___`
            continue
        m = NUMBER_DATE_PLACE_RE.match(text) if text[:1] in "N0123456789" else None
        if m and whole_date(m.group("date") or m.group("date2")):
            # `No. 56 312 18 July 1969, Beijing`, `22 August 1968. Nr. 74 320`: its number, date and place
            h.number = h.number or m.group("num") or m.group("num2")
            h.date_text = h.date_text or m.group("date") or m.group("date2")
            h.lines.setdefault("date", lineno)
            if m.group("place") and h.origin is None:
                h.origin = Span(m.group("place"), lineno, s + m.start("place"), s + m.end("place"))
                h.lines.setdefault("origin", lineno)
            continue
        m = PLACE_CLOCK_RE.match(text) if h.origin is None and text[-3:].rstrip(".") in ("hrs", "hr", "hours") else None
        if m:       # `Bucharest 2010 hrs`: where it was sent from, and when
            h.origin = Span(m.group("place"), lineno, s + m.start("place"), s + m.end("place"))
            h.lines.setdefault("origin", lineno)
            continue
        m = HEADER_NUMBER_RE.match(text)
        if m and h.filed and h.lines.get("doc_type") == _previous_content(lines, lineno):
            continue        # `Nanking Embassy Files: Telegram` / `No. 1247`: the edition's number, not the telegram's
        if m and not h.number:     # `MID USSR` / `No. 26044`; `No. 1443` at the top
            h.number = m.group("num")
            number_at = lineno
            continue
        m = LABELLED_NUMBER_RE.match(text)
        if m and not SERIES_RE.match(text):
            if m.group("label").lower() in g["own_number_labels"] and not h.number:
                h.number = m.group("num")
            continue
        if ("No" in text or "N" in text[:2] or "#" in text or "№" in text) and REGISTER_RE.match(text) \
                and not is_salutation_start(text):
            m = REGISTER_NUMBER_RE.search(text)      # `Received (65) No. 284`, `Foreign Ministry (65) No. Mao-1014`
            if m and not h.number and REGISTER_OWN_RE.match(text):
                h.number = m.group("num")
            continue
        dated = BLANK_DAY_RE.sub("", text)
        dated = dated[1:-1] if dated[:1] == "(" and dated[-1:] == ")" else dated     # `(11 March 1952)` under a title
        if not h.lines.get("date") and whole_date(dated):
            h.date_text = dated.strip(" ,.;")     # `____ April 1958`: the day left blank
            h.lines["date"] = lineno
            continue
        m = ISSUER_DATE_RE.match(text) if "," in text[:60] else None
        if m and not h.lines.get("date") and h.issuer is None and whole_date(text, m.end()) \
                and names_an_office(m.group("issuer"), g):
            # `Polish Embassy Beijing, 8 August 1951`: the letterhead and the date
            h.issuer = m.group("issuer")
            h.lines["issuer"] = lineno
            h.date_text = text[m.end():].strip(" ,.;")
            h.lines["date"] = lineno
            continue
        m = EDITOR_HEADING_RE.match(text) if " to " in text else None
        if m and not h.lines.get("date") and whole_date(m.group("date")):
            # `I.V. STALIN to A.I. MIKOYAN 6 February 1949 (50/III)`: the edition's heading of the cable
            h.date_text = m.group("date")
            h.lines["date"] = lineno
            h.number = h.number or m.group("num")
            continue
        m = CODE_PLACE_DATE_RE.match(text) if h.issuer is None and "," in text else None
        if m and re.search(r"[0-9/]", m.group("code")) and not h.lines.get("date") and whole_date(text, m.end()):
            h.issuer = m.group("code")      # `HA II/10 Berlin, 8/23/1983`: the office's code, where and when
            h.origin = h.origin or Span(m.group("place"), lineno, s + m.start("place"), s + m.end("place"))
            h.date_text = text[m.end():].strip(" ,.;")
            for key in ("issuer", "date", "origin"):
                h.lines[key] = lineno
            continue
        title = _title_over_lines(lines, lineno, text) if text[:1] in "aA" and h.subject is None \
            and (h.doc_type or h.lines.get("date")) and ABOUT_RE.match(text) else None
        if title:       # `Note` / `about a Conversation of the Ambassador ...,` / ... / `in the Foreign Ministry`
            h.subject, skip_to = title
            h.lines["subject"] = lineno
            continue
        m = QUESTION_RE.match(text) if h.doc_type and h.subject is None and text[:8] == "Question" else None
        if m:       # `Question of Cuba. Invitation of Fidel Castro to ...`: the Brazilian form's subject
            h.subject = text.rstrip(".")
            h.lines["subject"] = lineno
            continue
        m = SUBJECT_LINE_RE.match(text) if h.doc_type and h.subject is None else None
        if m and h.lines.get("doc_type") == _previous_content(lines, lineno):
            h.subject = text        # `Information Report` / `About the Present Activity of ...`
            h.lines["subject"] = lineno
            continue
        m = PLACE_DATE_RE.match(text)
        if m and not h.lines.get("date"):
            found = whole_date(text, m.end())
            if (not found or not YEAR_RE.search(found.group(0))) and DATE_BEGUN_RE.match(text[m.end():].strip()):
                # `Washington, November` / `2, 1950—noon.`; `Washington, July 25,` / `1964—4:56 p.m.`
                joined, j_end, k = _date_goes_on(lines, lineno, line, e)
                joined_found = whole_date(joined[s:j_end], m.end()) if k else None
                found, skip_to = (joined_found, k) if joined_found else (found, skip_to)
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
            # the list may go on over lines in the form it began: `Copies to Cde. X` / `to Cde. Y`,
            # `Copies:` / `1. Comr. X`
            rest = text[m.end():]
            # `Distribution list - 11 copies: Stalin - 2,` / `Molotov - 1, ...`: names go on under it
            in_copies = "to" if rest.lower().startswith("to ") else "under" if not rest or rest.endswith(",") else None
            continue
        if h.lines.get("doc_type") == _previous_content(lines, lineno) and h.doc_type == "journal" \
                and JOURNAL_GOES_ON_RE.match(text):
            h.lines["doc_type"] = lineno
            continue        # `JOURNAL` / `of Soviet Ambassador in the DPRK A. M. PUZANOV during the` / `period ...`
        m = FORM_KIND_RE.match(text) if h.doc_type is None and text[:1] in "FIO" else None
        if m:       # `Foreign Telegram Received (62)`: the Chinese Foreign Ministry's form, its register number
            h.doc_type = m.group("type").lower()
            h.number = h.number or m.group("num")
            h.lines["doc_type"] = lineno
            continue
        m = JOURNAL_HEAD_RE.match(text) if h.doc_type is None and (h.lines or h.issuer) else None
        if m:       # `The Journal of Soviet Ambassador to the DPRK A. M. PUZANOV` / `for the period ...`
            h.doc_type = "journal"
            h.lines["doc_type"] = lineno
            continue
        m = JOURNAL_FROM_RE.match(text) if text[:4].lower() == "from" else None
        if m:       # `FROM THE JOURNAL` / `OF M. G. PODOL'SKY`: an extract of a diplomat's journal, and whose
            h.doc_type = h.doc_type or "journal"
            h.lines.setdefault("doc_type", lineno)
            skip_to = _journal_keeper(h, lines, lineno, line, s, m)
            continue
        m = FROM_PERSON_POST_RE.match(text) if text[:4].lower() == "from" and ("–" in text or " - " in text) else None
        if m and looks_like_person(m.group("name")) and is_position(m.group("post")):
            # `from Misho Nikolov – Ambassador of PR Bulgaria to DPRK`: who wrote it, and his post
            h.author = h.author or NameRef(Span(m.group("name"), lineno, s + m.start("name"), s + m.end("name")))
            h.lines.setdefault("author", lineno)
            continue
        m = FROM_RE.match(text)
        if m and not _prose_after(text, m.end()):      # not `From our discussions with M. Golub, ... we gathered`
            line, e, skip_to = _continued(lines, lineno, line, e)
            _from_line(h, line, lineno, s, e, s + m.end())
            continue
        m = SENT_TO_RE.match(text)
        if m:
            rest = text[m.end():]
            found = match_datetime(rest)
            if found:
                h.sent_to_text = rest[:found[0].start()].strip(" ,.") or None
                h.sent_to_routed = h.sent_to_text is not None
                if not h.sent_text:      # the first stamp of each kind, as below
                    h.sent_text = rest[found[0].start():].strip(" ,.")
                    h.lines["sent"] = lineno
            else:
                h.sent_to_text = rest.strip(" ,.")
            h.lines["sent_to"] = lineno
            continue
        m = DESTINATION_RE.match(text)
        if m:
            h.sent_to_text = re.sub(r"(?i)\s+to\s+whom\s*:\s*", ", ", text[m.end():]).strip(" ,.")
            h.lines["sent_to"] = lineno
            continue
        m = STAMP_RE.search(text) if h.issuer else None
        if m and m.start() > 0 and names_an_office(text[:m.start()], g):
            h.issuer += ", " + text[:m.start()].strip(" ,.")     # `Tenth Department Received 18:35 21.XI.1951`
            s += m.start()
            text = line[s:e]
        m = STAMP_RE.match(text)
        if m and h.received_text and m.group(1).lower() == "dispatched":
            continue        # `Arrived: 28.11.62 19:25` / ... / `Dispatched: 29.11.62 06:00`: passed on to its readers
        if m:      # the first stamp of each kind: `Received in Moscow`, not `Received at the 8D/GS`
            line, e, skip_to = _continued(lines, lineno, line, e)
            stamps, _ = _stamps(line, s, e)
            place = STAMP_FROM_RE.match(line, s, e)
            if place and h.origin is None:
                h.origin = Span(place.group("place"), lineno, place.start("place"), place.end("place"))
                h.lines.setdefault("origin", lineno)
            _keep_first_stamps(h, stamps, lineno)
            continue
        m = SERIES_RE.match(text)
        if m:
            h.series = m.group(1).strip()
            h.lines["series"] = lineno
            continue
        if LETTER_SPACED_RE.match(text):      # `S P E C I A L`
            text = text.replace(" ", "")
            low = text.lower()
        if text[:1] == "(" and text[-1:] == ")" and _marks_re().fullmatch(text[1:-1]):
            text = text[1:-1]       # `(Top Secret)` over a Chinese cable's address
            low = text.lower().rstrip(".!")
        if low in g["priorities"]:
            h.priority = h.priority or text.rstrip(".!")
            continue
        pair = _urgency_and_secrecy(text, g) if " " in low else None
        if pair:        # `IMMEDIATE SECRET`: an urgency and a secrecy on one line
            h.priority, h.classification = h.priority or pair[0], h.classification or pair[1]
            continue
        if starts_with_entry("classifications", text):
            clock = TRAILING_CLOCK_RE.search(text)
            if clock and text[:clock.start()].lower() in g["classifications"]:
                text = text[:clock.start()]     # `Confidential 1:30 pm`: the secrecy, and the hour it went (not read)
            parts = MARKS_SPLIT_RE.split(text.rstrip(".!"))
            if len(parts) > 1 and all(_marks_re().fullmatch(p) for p in parts[:-1]) and _marks_re().match(parts[-1]):
                # `CONFIDENTIAL—URGENT`: a secrecy and an urgency; `CONFIDENTIAL—URGENT SUBSTITUTION`: a word after
                for part in parts[:-1] + [_marks_re().match(parts[-1]).group().strip(" ,.;")]:
                    _read_mark(h, part)
            else:
                h.classification = h.classification or text.rstrip(".!")
            continue
        if starts_with_entry("handling_stamps", text) or starts_with_entry("handling", text) \
                or low in g["transmission_means_set"] or RECEIVED_BY_RE.match(text) or low == "copy":
            continue        # `COPY` alone over a letter: this is a copy
        m = PLACE_DASH_RE.match(text)
        if DASH_DESTINATION_RE.match(text) or (m and names_an_office(m.group("office"), g)):
            if h.sent_to_text is None or h.sent_to_routed:
                # `Moscow—Ministry of Foreign Affairs of the USSR.` under `Sent to the 8th Department ...
                # 13.9 13:22`: the address, not where the deciphered copy was passed on
                h.sent_to_text, h.sent_to_routed = text.strip(" -–—.").rstrip(), False
                h.lines["sent_to"] = lineno
            continue
        in_form = any(k in h.lines for k in FORM_FIELDS)
        dateline = PLACE_DATE_RE.match(text) if "," in text and text.upper() == text else None
        if dateline and UNREAD_DATE_RE.fullmatch(text, dateline.end()) and h.origin is None:
            place = dateline.group("place")     # `PYONGYANG, 08. 09. 02.`: where, and a date that reads no way
            h.origin = Span(place, lineno, s, s + len(place))
            h.lines.setdefault("origin", lineno)
            continue
        if h.issuer is None and not in_form and text.upper() == text and re.search(r"[A-Z]{3}", text):
            paren = PAREN_MARK_RE.search(text) if text[-1:] in ")0123456789" else None
            if paren and _read_mark(h, paren.group("mark")):
                text = text[:paren.start()]         # `SOVIET AMBASSADOR (EYES ONLY)114`: the mark, an editor's note number
                if not h.lines and is_position(text) and not any(w.lower() in g["institution_set"] for w in text.split()):
                    h.sent_to_text = smart_title(text, g["acronyms"])     # a post, not an office: where it went
                    h.lines["sent_to"] = lineno
                    continue
            mark = trailing_mark(text)        # `SOVIET EMBASSY IN THE DPRK TOP SECRET`
            if mark and len(mark) < len(text) - 3 and mark.lower() in g["classifications"]:
                h.classification = h.classification or mark
                text = text[:text.upper().rfind(mark.upper())].rstrip()
            h.issuer = smart_title(text, g["acronyms"])
            h.lines["issuer"] = lineno
            continue
        m = FYI_RE.match(text) if "FYI" in text[:5] else None
        if m:
            h.copies.extend(parse_name_list(line, lineno, s + m.start("names"), s + m.end("names")))
            h.lines.setdefault("copies", lineno)
            continue
        if h.subject is None and _is_title_line(text):
            more = _title_goes_on(lines, lineno, text)
            if _address_follows(lines, more[0] if more else lineno) or (h.doc_type and h.number and not more):
                # `Reporting on the Talks with the Vietnamese Attaché` above the address, on one
                # line or on two (`Corrected text of a` / `telegram to Kim Il Sung`); under the
                # numbered type, above the text (`Telegram Number 1930-33` / ... / `China and ...`)
                h.subject = NOTE_MARK_END_RE.sub("", f"{text} {more[1]}" if more else text)    # `... Planes[1]`: the editor's note
                h.lines["subject"] = lineno
                skip_to = more[0] if more else skip_to
                continue
        if h.doc_type == "journal" and h.origin is None and _is_bare_place(text):
            h.origin = Span(text.rstrip("."), lineno, s, s + len(text.rstrip(".")))      # where the journal was kept
            h.lines["origin"] = lineno
            continue
        if in_form and not h.sent_to_text and _is_bare_place(text):
            h.sent_to_text = text.rstrip(".")         # `BEIJING`, `MOSCOW` over the address: where it went
            h.lines["sent_to"] = lineno
            continue
        if in_form and not h.sent_to_text and ("sent" in h.lines or "received" in h.lines) \
                and SURNAME_LINE_RE.match(text) and looks_like_person(text):
            h.sent_to_text = text        # `Morski` under the stamps: the official it went to
            h.lines["sent_to"] = lineno
            continue
        if h.issuer and h.author is None and not (h.doc_type or h.copies) and AUTHOR_RE.match(text) \
                and looks_like_person(text):
            h.author = NameRef(Span(text, lineno, s, e))       # `Regional Division IV` / `Etre Sándor`
            continue
        if names_an_office(text, g) or (h.issuer is None and not h.lines and not in_form and names_an_office_in_prose(text)):
            # `Liaisons office of the MfS` / `at the MdI of the SRV`: a letterhead, its institution in lower case
            words = text.rstrip(".").split()
            if h.issuer and h.issuer.endswith(",") and h.lines.get("issuer") == _previous_content(lines, lineno):
                # `OPERATIONS DIVISION,` / `MAIN OPERATIONS ADMINISTRATION,` / `GENERAL STAFF OF THE SOVIET ARMY`
                part = smart_title(text, g["acronyms"]) if text.upper() == text else text
                h.issuer = h.issuer + " " + part.rstrip(".")
                h.lines["issuer"] = lineno
            elif h.issuer and h.doc_type is None and words[-1] in g["office_words"] \
                    and h.lines.get("issuer") == _previous_content(lines, lineno):
                h.issuer += ", " + text.rstrip(".")        # `MFA USSR` / `Tenth Department`
            elif h.issuer is None and h.lines.keys() <= {"copies"}:
                # under no more than the secrecy and the copy's number (`Copy Nº 3`)
                h.issuer = (smart_title(text, g["acronyms"]) if text.upper() == text else text).rstrip(".")
                h.lines["issuer"] = lineno
            else:       # `Ministry of Foreign Affairs of the USSR` above the address: where it is sent
                office = re.sub(r"^(?:To|to)\s+", "", text.rstrip("."))
                if h.sent_to_text and (_is_bare_place(h.sent_to_text) or office_at == _previous_content(lines, lineno)):
                    # `MOSCOW` / `To Ministry of Foreign Affairs`; `Ministry for Foreign Affairs` / `Head of ... Department`
                    h.sent_to_text += ", " + office
                else:
                    h.sent_to_text = h.sent_to_text or office
                h.lines.setdefault("sent_to", lineno)
                office_at = lineno
            continue
        if h.issuer and h.lines.get("issuer") == _previous_content(lines, lineno) != h.lines.get("date") \
                and ISSUER_GOES_ON_RE.match(text):
            h.issuer += " " + text.rstrip(".")        # `Embassy of the GDR` / `in the DPRK`
            h.lines["issuer"] = lineno
            continue
        dear = _letter_address(lines, lineno) if h.lines or h.issuer else None
        if dear:            # `To:` / `Secretary of State ...` / `Comrade Hegen` / `104 Berlin` / `Dear Comrade Hegen!`
            return _letter_address_read(h, lines, lineno, dear)
        # first line that is none of the above: the message begins here
        return _body_from(h, lineno)
    return _body_from(h, len(lines) + 1)


# The State Department's cables of the 1970s (`FM SECSTATE WASHDC` / `TO AMEMBASSY BELGRADE`):
CABLE_PAGE_RE = re.compile(r"^PAGE \d{1,3}$")                               # `PAGE 01`: a page's heading
# `STATE 211102`, `PAGE 01 SEOUL 03180 190504 Z`, `SEOUL 02172 170850Z`, `KABUL 07638 01 OF 02 221339Z`
# (a cable sent in sections): the number, on each page
CABLE_NUMBER_RE = re.compile(r"^(?:PAGE \d{1,3}\s+)?(?P<num>[A-Z]{4,8} \d{4,6})(?:\s+\d{2} OF \d{2})?(?:\s+\d{6}\s?Z?)?$")
CABLE_CODES_RE = re.compile(r"^(?:(?:ORIGIN|INFO|ACTION)\s+)?(?:[A-Z]{1,6}-\d{2,3}\s*)*(?:/\d+\s+[A-Z])?$")  # `INFO OCT-01 ARA-10`
# `EUR/EE:CWSCHMIDT`, `S :WHTWADDELL`, `S/S - MR. SEBASTIAN`: who drafted, cleared and approved it
CABLE_CLEARANCE_RE = re.compile(r"^(?:(?:DRAFTED|APPROVED|CLEARED)\s+BY\s+)?[A-Z/&]+(?:\s?:[A-Z.:]+(?:\s+\([A-Z]+\))?"
                                r"|\s+-\s+(?:MR|MS|MRS|MISS)\.\s+[A-Z]+)$")
# `R 182248Z AUG 78`, `P R 170808Z MAR 78`, `R 190429 Z MAY 73`; the relay's line above it
CABLE_DTG_RE = re.compile(r"^(?:-{5,}\s*\d+(?:\s+\d{6}\s?Z?\s*/\d+)?"
                          r"|(?P<prec>[ROPZ])(?:\s+[ROPZ])?\s+(?P<dtg>\d{6}\s?Z\s+[A-Z]{3}\s+\d{2})(?:\s+[A-Z][A-Z0-9]{2,5}){0,3})$")
CABLE_FM_RE = re.compile(r"^FM\s+(?P<origin>[A-Z][A-Z ]+)$")
# `TO SECSTATE WASHDC PRIORITY 9910`, `INFO AMEMBASSY TOKYO`: the post, then its precedence and serial
CABLE_TO_RE = re.compile(r"^(?P<label>TO|INFO)\s+(?P<post>[A-Z][A-Z .]+?)(?:\s+(?:IMMEDIATE|PRIORITY|ROUTINE|FLASH|NIACT))?"
                         r"(?:\s+\d{1,5})?$")
# `C O N F I D E N T I A L STATE 211102`, `LIMITED OFFICIAL USE SEOUL 2172`,
# `C O N F I D E N T I A L SECTION 1 OF 2 KABUL 7638`
CABLE_MARK_RE = re.compile(r"^(?P<mark>(?:[A-Z] ){3,}[A-Z]|LIMITED OFFICIAL USE|UNCLASSIFIED|CONFIDENTIAL|SECRET)"
                           r"(?:\s+SECTION \d{1,2} OF \d{1,2})?\s+(?P<num>[A-Z]{4,8} \d{4,6})$")
# `AMEMBASSY SOFIA`, `LONDON, OTTAWA, SAN JOSE, USUN`, `USUN NEW YORK 186`, `(C) BUDAPEST 874` under `REF:`
CABLE_ROUTING_RE = re.compile(r"^(?:\([A-Z0-9]\)\s+)?[A-Z][A-Z]+(?:,? [A-Z]+){0,4}(?: \d{1,6})?(?:\s*\(NOTAL\))?[,;]?$")
# `E.O. 11652: GDS`, `E. O. 11652: XGDS 2`, `EO 11652: GDS`, `TAGS: YO, US`, `REF: STATE 034967`,
# `DEPARTMENT PASS: AMEMBASSY TOKYO, ...`
CABLE_EO_RE = re.compile(r"^(?:E\.?\s?O\.?\s?\d+|TAGS|REFS?|DEPARTMENT PASS)\s?:")
PRECEDENCE = {"R": "ROUTINE", "P": "PRIORITY", "O": "IMMEDIATE", "Z": "FLASH"}


# `CINCPAC FOR POLAD, PARIS FOR JEC`: which office of a post is to read it (header only)
CABLE_FOR_RE = re.compile(r"^[A-Z]+(?: [A-Z]+)? FOR [A-Z/]+(?:, [A-Z]+(?: [A-Z]+)? FOR [A-Z/]+)*$")
# where a cable's text begins: `1. ...`, `BEGIN SUMMARY`, `SUMMARY:`, `(C) ...`
CABLE_TEXT_RE = re.compile(r"^(?:\d{1,2}\.\s|BEGIN SUMMARY|SUMMARY\b|\([A-Z]{1,3}\)\s)")


def _cable_furniture(h, text):
    """A page's repeated heading under a cable's first page: its classification, `PAGE 02`, its
    number, the release stamp."""
    number = CABLE_NUMBER_RE.match(text) if h.number else None
    return text == (h.classification or "").upper() or CABLE_PAGE_RE.match(text) is not None \
        or "Declassified/Released" in text or (number is not None and number.group("num").split()[0] == h.number.split()[0])


# a heading's label of a word or two (`REF:`, `DEPARTMENT PASS:`), not a colon inside a wrapped subject
# (`OF EXECUTIVE SECRETARIES:REQUESTED SUGGESTIONS I: COMMUNICATIONS`)
CABLE_LABEL_RE = re.compile(r"^[A-Z.]+(?: [A-Z.]+)?\s?:")


def _subject_goes_on(h, lines, lineno, text):
    """`SUBJECT: CHINESE DIPLOMATS CLAIM VIETNAM WILL` / `PERMIT SOVIET USE OF CAM RANH BAY`, a
    page's heading between them or not: the subject wrapped onto this line, when the text or a
    reference begins under it."""
    if text[:1].isdigit() or text.endswith(".") or CABLE_LABEL_RE.match(text) or len(text) > 70 or CABLE_TEXT_RE.match(text) \
            or _cable_furniture(h, text):
        return False
    if any(lines[k - 1].strip() and not _cable_furniture(h, lines[k - 1].strip())
           for k in range(h.lines["subject_to"] + 1, lineno)):
        return False        # something else was read after the subject
    for k in range(lineno + 1, min(len(lines), lineno + 8) + 1):
        after = lines[k - 1].strip()
        if after and not (_cable_furniture(h, after) or CABLE_FOR_RE.match(after)):
            return CABLE_TEXT_RE.match(after) is not None or CABLE_EO_RE.match(after) is not None
    return False


def _cable_line(h, text, line, s, lineno, routing, lines):
    """A line of a 1970s cable's heading, read into h: "routing" under a `TO` or `INFO` line,
    True for any other line read, None when the line is not one."""
    if CABLE_PAGE_RE.match(text) or CABLE_CODES_RE.match(text) or CABLE_CLEARANCE_RE.match(text):
        return True
    if h.cable and (CABLE_FOR_RE.match(text) or _cable_furniture(h, text)):
        return True         # `CINCPAC FOR POLAD`; a later page's heading under the first's
    if h.cable and h.subject and "subject_to" in h.lines and _subject_goes_on(h, lines, lineno, text):
        h.subject += " " + text
        h.lines["subject_to"] = lineno
        return True
    m = CABLE_NUMBER_RE.match(text) or CABLE_MARK_RE.match(text)
    if m and (m.re is CABLE_MARK_RE or not h.lines or text.startswith("PAGE ")):
        h.number = h.number or m.group("num")
        if m.re is CABLE_MARK_RE:
            h.classification = h.classification or m.group("mark").replace(" ", "")
            return "routing"    # `CINCPAC FOR POLAD` may follow: still routing
        return True
    if CABLE_EO_RE.match(text):
        if text.startswith("REF"):
            h.ref_lines.append(lineno)      # `REF: (A) BUDAPEST 890, (B) STATE 68733,`: telegrams it answers
        return "routing"        # `DEPARTMENT PASS: AMEMBASSY TOKYO, THE HAGUE,` / `LONDON, OTTAWA, ...`
    m = CABLE_DTG_RE.match(text)
    if m:
        if m.group("dtg"):
            h.priority = h.priority or PRECEDENCE[m.group("prec")]
            h.sent_text = h.sent_text or m.group("dtg")
            h.lines.setdefault("sent", lineno)
            h.doc_type = h.doc_type or "telegram"
        return True
    m = CABLE_FM_RE.match(text) if "sent" in h.lines else None
    if m:
        h.origin = h.origin or Span(m.group("origin"), lineno, s + m.start("origin"), s + m.end("origin"))
        h.lines.setdefault("origin", lineno)
        h.cable = True
        if m.group("origin").split()[0] in genre()["cable_posts_set"]:
            h.sender_office = h.sender_office or m.group("origin")     # `FM AMEMBASSY PRAGUE`, unsigned: the post sent it
        return True
    m = CABLE_TO_RE.match(text) if "origin" in h.lines else None
    if m:
        if m.group("label") == "TO":
            h.sent_to_text = h.sent_to_text or m.group("post")
            h.lines.setdefault("sent_to", lineno)
        return "routing"
    if routing and CABLE_ROUTING_RE.match(text):
        if h.ref_lines and h.ref_lines[-1] == lineno - 1:
            h.ref_lines.append(lineno)      # `(C) BUDAPEST 874` under `REF: ...`
        return "routing"
    return None


def source_note_marks(h, lines, start):
    """The later State Department volumes print a telegram's marks in the source note under it
    (`  1. Source: Department of State, Central Files, POL 27 VIET S. Secret; Flash; Limdis.`):
    read into h where the heading prints none."""
    for k in range(start, len(lines) + 1):
        text = lines[k - 1]
        at = text.find("Source:")
        if at >= 0:
            _source_marks(h, text[at:])
            return


def _source_marks(h, note):
    """The marks in a source note's text (`Source: ... Secret; Flash; Limdis.`), read into h."""
    g = genre()
    for sentence in note.split(". "):
        marks = [m.strip(" .") for m in sentence.split(";")]
        kinds = [("priority" if m.lower() in g["priorities"] else "classification" if m.lower() in g["classifications"]
                  else "handling" if m.lower() in g["handling"] else None) for m in marks]
        # a channel's codeword after the marks (`Top Secret; Immediate; Nodis; Sunflower`) is no mark
        kinds = [k or ("codeword" if i and kinds[0] and m.istitle() and " " not in m else None)
                 for i, (m, k) in enumerate(zip(marks, kinds))]
        if None not in kinds:       # `Secret; Immediate; Exdis`: every part a mark
            for mark, kind in zip(marks, kinds):
                if kind == "priority":
                    h.priority = h.priority or mark
                elif kind == "classification":
                    h.classification = h.classification or mark
            return


def _page_furniture(h, lines, start):
    """Under a 1970s cable's heading, each page repeats its classification, `PAGE 02` and the cable's
    number; the release stamp may sit among them: not the text."""
    if not (h.cable and h.number):
        return
    for k in range(start, len(lines) + 1):
        if _cable_furniture(h, lines[k - 1].strip()):
            h.skip_lines.add(k)


def _body_from(h, lineno):
    """The header ends before lineno; an address printed above the rest of the form opens the
    message, and the form's lines under it are the header's."""
    if h.address_line is None:
        h.first_body_line = lineno
    else:
        h.first_body_line = h.address_line
        h.skip_lines = set(range(h.address_line + 1, lineno))
    return h


def _posts_heading(h, m, line, s, lineno):
    """`The Ambassador in Korea (Muccio) to the Secretary of State`: the sender's post and name,
    and the post (and name) it went to."""
    h.issuer = m.group("from")
    h.lines["issuer"] = lineno
    h.to_office = m.group("to")
    h.sent_to_text = h.sent_to_text or m.group("to")
    h.lines.setdefault("sent_to", lineno)
    if m.group("fname") and looks_like_person(m.group("fname")):
        h.author = NameRef(Span(m.group("fname"), lineno, s + m.start("fname"), s + m.end("fname")))
    if m.group("tname") and looks_like_person(m.group("tname")):
        h.to.append(NameRef(Span(m.group("tname"), lineno, s + m.start("tname"), s + m.end("tname"))))


FROM_PERSON_POST_RE = re.compile(r"(?i:from)\s+(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2})\s+[–—-]\s+"
                                 r"(?P<post>[A-Z].*?)\.?$")
NAMED_REPORT_RE = re.compile(r"(?P<name>[A-Z][\w'’\-]+)\s+(?P<type>Report|Telegram|Cable)\s+from\s+"
                             r"(?P<place>[A-Z][\w\-]+)\s+to\s+[A-Z][\w\-]+$")
# an address that names the sender too: `To Foreign Minister Ohira from Ambassador [Rokuzo] Yaguchi`
TO_FROM_RE = re.compile(r"To\s+(?P<to>[^.!?;:]+?)\s+from\s+(?P<from>[^.!?;:]+?)\.?$")


def _to_from_names(line, lineno, s, m):
    """(addressees, sender) of a `To X from Y` line, each named; else None."""
    if len(m.group(0).split()) > 16:
        return None
    to = parse_name_list(line, lineno, s + m.start("to"), s + m.end("to"))
    sender = parse_name_list(line, lineno, s + m.start("from"), s + m.end("from"))
    if not to or not sender:
        return None
    return to[-1:], sender[-1]       # the name after the posts (`Chargés d'affaires ad interim Kataoka`)


_SPACED_NUMBER = r"\d{1,3}(?: \d{3})+(?!\d)|\d[\w/\-]*"
NUMBER_DATE_PLACE_RE = re.compile(rf"^(?:(?:No|Nr)\.?\s*(?P<num>{_SPACED_NUMBER})\s+(?P<date>\d{{1,2}} [A-Z][a-z]+ \d{{4}})"
                                  rf"(?:,\s+(?P<place>[A-Z][a-z]+))?"
                                  rf"|(?P<date2>\d{{1,2}} [A-Z][a-z]+ \d{{4}})\.\s+(?:No|Nr)\.?\s*(?P<num2>{_SPACED_NUMBER}))$")
TRAILING_CLOCK_RE = re.compile(r"\s+\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|hrs?\.?|hours))?$", re.I)
PLACE_CLOCK_RE = re.compile(r"^(?P<place>[A-Z][a-z]+)\s+(?P<clock>\d{4})\s*(?:hrs?|hours)\.?$")
INCOMING_RE = re.compile(r"\s+(?:Incoming|Outgoing|Foreign)$")
FORM_KIND_RE = re.compile(r"(?i)^(?:foreign|incoming|outgoing)\s+(?P<type>telegram|cable)(?:\s+(?:received|sent|dispatched))?"
                          r"(?:\s*\((?P<num>\d{1,6})\))?$")
JOURNAL_HEAD_RE = re.compile(r"(?i)^(?:the\s+)?(?:journal|diary)\s+of\s+\S")
# the journal's title under its heading: whose it is and the period it covers, over lines
JOURNAL_GOES_ON_RE = re.compile(r"^(?:of|for|during|period|from)\s|^\d{1,2}(?:\s+[A-Z][a-z]+)?\s+(?:through|to)\s")
JOURNAL_FROM_RE = re.compile(r"(?i)^from\s+the\s+(?:journal|diary)(?:\s+of\s+(?P<who>\S.*?))?\.?$")
JOURNAL_OF_RE = re.compile(r"(?i)^of\s+(?P<who>\S.*?)\.?$")


def _journal_keeper(h, lines, lineno, line, s, m):
    """Whose journal `FROM THE JOURNAL OF X` (or `FROM THE JOURNAL` / `OF X`) is: its author, read
    into h; the last line read. `From the Journal of P. F. Yudin, 12 March 1955, Top Secret`: the
    date and secrecy after the name too."""
    if m.group("who"):
        keeper, at, last = m.group("who"), s + m.start("who"), lineno
        parts = keeper.split(", ")
        while len(parts) > 1:
            tail = parts[-1].strip(" .")
            if whole_date(tail) and not h.lines.get("date"):
                h.date_text, h.lines["date"] = tail, lineno
            elif starts_with_entry("classifications", tail):
                h.classification = h.classification or tail
            else:
                break
            parts.pop()
        keeper = ", ".join(parts)
    else:
        for k, s2, e2 in next_contents(lines, lineno, 1):
            nxt = JOURNAL_OF_RE.match(lines[k - 1], s2, e2)
            if nxt is None:
                return lineno
            line, keeper, at, last = lines[k - 1], nxt.group("who"), nxt.start("who"), k
            break
        else:
            return lineno
    people = parse_name_list(line, last, at, at + len(keeper))
    if people and h.author is None:
        h.author = people[0]
    return last


def _date_goes_on(lines, lineno, line, end):
    """A dateline over two lines (`Washington, November` / `2, 1950—noon.`, `Washington, July 25,`
    / `1964—4:56 p.m.`): the two lines joined, where they end and the last line read; or the line alone."""
    for k, s2, e2 in next_contents(lines, lineno, 2):
        nxt = lines[k - 1][s2:e2]
        if DAY_YEAR_RE.match(nxt):
            joined = line[:end] + " " + nxt
            return joined, len(joined), k
        break
    return line, end, 0


ABOUT_RE = re.compile(r"^[Aa]bout\s+(?:a|an|the)\s+[A-Z]")
TITLE_GOES_ON_RE = re.compile(r"^[a-z]")         # `on 2 June 1969 ...`, `in the Foreign Ministry ...`


def _title_over_lines(lines, lineno, text):
    """A note's title under its kind or date, over several lines, each but the last broken
    mid-phrase (`about a Conversation of the Ambassador of the GDR in the PR China,` / `Comrade
    Hertzfeldt[1], with the` / ... / `in the Foreign Ministry of the PR China`): (the title, its
    last line), or None when the title is one sentence of the text."""
    parts, last, prev = [text], lineno, text
    for k in range(lineno + 1, min(len(lines), lineno + 10) + 1):
        line = lines[k - 1].strip()
        if not line:
            continue
        if not (prev.endswith(",") or breaks_mid_phrase(prev) or TITLE_GOES_ON_RE.match(line)):
            break
        parts.append(line)
        last, prev = k, line
    if any(p.endswith((".", ":", "!", "?")) for p in parts):
        return None         # a sentence: the text begins here
    return " ".join(p.strip() for p in parts), last


# an office's code before the place and date: `HA II/10 Berlin, 8/23/1983`
CODE_PLACE_DATE_RE = re.compile(r"^(?P<code>[A-Z]+(?: [A-Z0-9/.\-]+){0,3})\s+(?P<place>[A-Z][a-z]+),\s+")
# a subject under the document's kind: `About the Present Activity of ...`, `On the Visit of ...`
QUESTION_RE = re.compile(r"^Questions? of [A-Z][^.!?]{0,80}\.(?:\s+[A-Z][^.!?]{0,200}\.){0,3}$")
SUBJECT_LINE_RE = re.compile(r"^(?:About|On|Concerning|Regarding|Re)\s+(?:the\s+)?[A-Z][^.!?]*$")
ISSUER_GOES_ON_RE = re.compile(r"^(?:in|to|at|of)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*){0,3}$")
DEAR_RE = re.compile(r"^(?:My\s+)?Dear\s+\S")
STAMPED_RE = re.compile(r"^Stamped:")          # `Stamped: Declassified 5 June 1987`
# a line of a letter's address: a post, an office, a titled name, a town, a street with its number
ADDRESS_LINE_RE = re.compile(r"^(?:To:|[\w\[(][^.!?;]{0,90}?)$")


def _previous_content(lines, lineno):
    k = lineno - 1
    while k >= 1 and not lines[k - 1].strip():
        k -= 1
    return k


def _letter_address(lines, lineno):
    """The line of `Dear ...` when the lines from lineno down to it are a letter's address (at
    most eight short lines: posts, offices, names, a town, a street, the archive's stamps); else None."""
    stop = min(len(lines), lineno + 24)
    dear = next((k for k in range(lineno + 1, stop + 1) if lines[k - 1].lstrip()[:3] in ("Dea", "My ")
                 and DEAR_RE.match(lines[k - 1].strip())), None)
    if dear is None:
        return None         # most headers: no `Dear` below, nothing more to read
    count = 0
    for k in range(lineno, dear):
        text = lines[k - 1].strip()
        if not text:
            continue
        count += 1
        if count > 8 or not (STAMPED_RE.match(text) or ADDRESS_LINE_RE.match(text)):
            return None
    return dear if count else None


def _letter_address_read(h, lines, lineno, dear):
    """The header ends with a letter's address: where it went, with the offices read just above
    it (`Ministry for Foreign Affairs` / `Head of Far East Department`); the letter opens at `Dear`."""
    block = _address_block(lines, lineno, dear)
    above = h.lines.get("sent_to")
    h.sent_to_text = f"{h.sent_to_text}, {block}" if h.sent_to_text and above and above < lineno else block
    h.lines.setdefault("sent_to", lineno)
    return _body_from(h, dear)


def _address_block(lines, start, end):
    """The address's lines joined (`To:` and the archive's stamps left out, a spaced town closed up)."""
    parts = []
    for k in range(start, end):
        text = lines[k - 1].strip()
        if not text or text == "To:" or STAMPED_RE.match(text):
            continue
        parts.append(text.replace(" ", "") if LETTER_SPACED_RE.match(text) else text)
    return ", ".join(parts)


def _marks_follow(lines, lineno):
    """The next line marks the copy's secrecy, priority or handling: the form begins under it."""
    for k, s, e in next_contents(lines, lineno, 2):
        text = lines[k - 1][s:e]
        return starts_with_entry("classifications", text) or starts_with_entry("handling", text) \
            or text.lower().rstrip(".!") in genre()["priorities"]
    return False


TOP_PLACE_RE = re.compile(r"^[A-Z][a-z]+(?:[ \-][A-Z][a-z]+)?\.?$")
DISPATCH_RE = re.compile(r"(?i)^(?:sent|dispatched|transmitted)\b")


def _dispatch_follows(lines, lineno):
    """The next line is the stamp of when it was sent: the word above it is where from."""
    for k, s, e in next_contents(lines, lineno, 2):
        return DISPATCH_RE.match(lines[k - 1], s, e) is not None
    return False


def _stamps_follow(lines, lineno):
    """The next line is a stamp or a list of copies: the form goes on under the address."""
    for k, s, e in next_contents(lines, lineno, 2):
        text = lines[k - 1][s:e]
        return STAMP_RE.match(text) is not None or COPIES_RE.match(text) is not None
    return False
