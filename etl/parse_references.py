"""Messages referred to in prose: "your telegram of 18:00 14 July of this year",
"my telegram of ... to KIM IL SUNG", "a telegram to comrade X", "the letter of Comrade X to Comrade Y"."""
import re
from functools import lru_cache

from .dates import MONTH_RE, match_datetime
from .genre import genre
from .parse_names import looks_like_person, name_ref_from_match, names_an_office_in_prose, titled_person, titles_alternation
from .parse_signature import is_position
from .records import Reference
from .text import needles


@lru_cache(maxsize=None)
def _ref_re():
    words = "|".join(sorted(genre()["message_words"] + genre()["message_words_identified"], key=len, reverse=True))
    return re.compile(
        # `the Embassy's telegram 1065`: the post's own, settled as `Embtel` is (settle_office_references)
        r"(?:\b(?P<whose>your|my|our|his|her|their|the|a|an|department['’]s|dept['’]?s|(?<=the\s)(?-i:Embassy|Legation)['’]s)\s+"
        r"|(?<=\bof\s)(?=(?-i:[Tt]elegram|[Cc]able)\s+(?:No\.|N[º°o]\.?|№)\s*\d))"     # `the contents of telegram No. 5653`
        r"(?:(?P<adj>reply|ciphered|coded|last|previous|latest|recent|urgent|personal|new|following|further|proposed|draft)\s+)?"
        rf"(?P<genre>{words})s?\b",
        re.I,
    )


# `Mao Zedong sent a telegram to ...`, `In addition, Comrade Roshchin has sent us the letter of ...`: who
# sent it, named at the start of the clause; the verb may take `me` or `us` before the message
SENT_BY_VERBS = r"\s+(?:has\s+|had\s+)?(?:sent|sends|wrote|writes|addressed|dispatched)\s+(?:(?P<obj>me|us)\s+)?$"
CLAUSE_START = r"(?:(?<=[,.;:] )|(?<=[,.;:]  )|(?<=\bthat )|(?<=\band )|(?<=\bthen ))"
OWN_VERB_RE = re.compile(r"\b(?:I|we)\s+(?:have\s+|had\s+)?(?:wrote|written|sent|send|addressed|dispatched|gave|given)\s+$", re.I)
TEXT_OF_RE = re.compile(r"\b(?:the\s+)?text\s+of\s+$", re.I)
TRANSMIT_VERB_RE = re.compile(r"\b(?:transmit(?:ting)?|forward(?:ing)?|send|sending|enclos(?:e|ing)|pass(?:ing)? on|convey(?:ing)?|"
                              r"attach(?:ing)?)\b[^.;]*$", re.I)
COLON_AFTER_RE = re.compile(r"\s*(?:(?:follows|is\s+as\s+follows|reads)\s*)?:\s*[—–-]*\s*$")
NUMBER_RE = re.compile(r",?\s*(?:No\.|number)\s*(?P<num>[\w/\-]+(?:\.\d+)*)", re.I)       # `no. 059.057`
SELF_RE = re.compile(r"\s+to\s+(?P<who>me|us)\b", re.I)
YOU_RE = re.compile(r"\s+to\s+you\b", re.I)
OF_RE = re.compile(r",?\s+(?:of|dated|from|on)\s+", re.I)
# `my telegram 202, September 23`: the number printed bare after the word, then a date or a stop
BARE_NUMBER_RE = re.compile(rf"\s+(?P<num>(?:[A-Z]{{1,2}}\.)?\d{{1,6}})(?=,?\s+(?i:{MONTH_RE}|of|dated)\b|\s+from\s+\d|\s+(?:to|from)\s+(?:the\s+)?[A-Z]|\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_RE})\b|[.;:)]|$)")
# `Your telegram 14th March`, `telegram 6 January`: a date right after the word
DATE_NEXT_RE = re.compile(rf"\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{MONTH_RE})\b|(?i:{MONTH_RE})\s+\d)")
# `telegram No. 5653 from the British Foreign Office`, `... to the British embassy in Tokyo`: an
# office sent it, or received it; its name runs to a stop or the next part of the reference
OFFICE_REF_RE = re.compile(r",?\s+(?P<dir>from|to)\s+(?:the\s+)?(?P<office>[A-Z][\w'’\-]*(?:\s+[A-Za-z][\w'’\-]*){0,7}?)"
                           r"(?=\s*[,:;)]|\.(?:\s|$)|\s+(?:to|from|dated|on|follows|is|was|which|that)\b|\s*$)")


@lru_cache(maxsize=None)
def _person_re(prefix):
    return re.compile(prefix + titled_person())


@lru_cache(maxsize=None)
def _sent_by_res():
    """(at the line's start, after a clause's start, after a title anywhere): a named sender right
    before the message. A title marks where a name begins, so `... two weeks ago Chinese Premier
    Zhou Enlai had sent a personal message` names Zhou Enlai."""
    titled = rf"(?<![\w])(?i:{titles_alternation()})\s+" + titled_person()
    return (re.compile(titled_person() + SENT_BY_VERBS), re.compile(CLAUSE_START + titled_person() + SENT_BY_VERBS),
            re.compile(titled + SENT_BY_VERBS))


def _sent_by(line, start, at):
    """The match naming who sent the message that begins at `at`, or None."""
    before = line[max(start, at - 30):at]
    if not any(v in before for v in ("sent", "wrote", "writes", "addressed", "dispatched")):
        return None
    at_start, in_line, after_title = _sent_by_res()
    for m in (at_start.match(line, start, at), in_line.search(line, start, at), after_title.search(line, start, at)):
        if m and looks_like_person(m.group("name")):
            return m
    return None


@lru_cache(maxsize=None)
def _message_needles():
    return needles(genre()["message_words"] + genre()["message_words_identified"])


# A line that names the telegram this one answers or follows, by its number: `To No. 483/sh.`,
# `To your No. 1112-1126.`, `To my [telegram] No. 2967 (vkh. No. 20757).`, `In addition to my Nº 2390.`
# `Referencing the no. 73 cipher telegram.`: whose it is goes unsaid
NUMBER_LINE_RE = re.compile(
    r"(?i)^(?P<lead>to|in\s+addition\s+to|in\s+reply\s+to|in\s+answer\s+to|re:?|referencing|referring\s+to|"
    r"with\s+reference\s+to)\s+"
    r"(?:(?P<whose>your|my|our|the)\s+)?(?:\[?(?P<genre>telegram|cable|ciphered\s+telegram)\]?\s+)?"
    r"(?:No\.?|N[º°o]\.?|№)\s*(?P<num>\d[\w/\-–]*)(?:\s+(?:cipher(?:ed)?\s+|coded\s+)?(?:telegram|cable)\b)?")


# A telegram named by its number, as the State Department's cables name them: `Your 101, April 15,
# 8 p.m.`, `see my 1487 of November 5, 1 p.m.`, `Your 1261, July 1, noon, and 1282, July 3, 7 p.m.`,
# `Re. your 1502.`, `My number 1010, August 3`, `mytels 2023 August 12 and 2036 August 13`, `urtel
# 577`; a number alone is one only at the end of a phrase (`in reply your 1820.`, `Your 214
# received`), never `your 20 divisions`
# a telegram's number; `295.2` at a sentence's or line's end is 295 and the editor's note 2 (`1.5` is no number)
_TEL_NUMBER = r"\d{2,5}(?=\.\d{1,2}(?:\s|$))|\d{1,5}\b(?![.,]\d)"
NUMBERED_RE = re.compile(r"\b(?P<whose>your|my|our|mytels?|ourtels?|urtels?|reurtels?|deptels?|embtels?|re(?:dep|emb|my)tels?|embdesps?|depdesps?|deptdesps?"
                         r"|mydesps?|urdesps?|department['’]s|dept['’]?s"
                         r"|(?-i:[A-Z][a-z]{2,}['’]s))\s+(?:(?:number|No\.?|N[º°o]\.?)\s*)?"
                         r"(?:(?:\[(?:telegram|cable)s?\]|(?:telegram|cable)s)\s+)?"       # `Our [cable] 203`, `our cables 201 and 205`    # `London's 63 Aug 13`: a post's
                         rf"(?P<num>{_TEL_NUMBER})", re.I)
DIGIT_RE = re.compile(r"\d")
YOURS = ("your", "urtel", "urtels", "reurtel", "reurtels")
MORE_NUMBERED_RE = re.compile(rf"(?P<joint>,\s*and\s+|\s+and\s+|,\s*)(?P<num>{_TEL_NUMBER})")
NUMBER_DATE_LEAD_RE = re.compile(r",\s*|\s+(?:of|dated)\s+|\s+")
GLUED_NOTE_RE = re.compile(rf"(?i:{MONTH_RE})\s+(?P<day>\d{{2,3}})(?!\d)")
MONTH_NEXT_RE = re.compile(rf"\s+(?i:{MONTH_RE})\b")
# what may follow a telegram's number: a stop, `received`, or a verb it is the subject of (`Your 4782 is a major paper`)
NUMBER_ALONE_END_RE = re.compile(r"\s*(?:[.;:,)]|$|received\b|(?:is|was|has|had|says|said|states|stated|reports|reported)\s)")
YEAR_LIKE_RE = re.compile(r"^(?:19|20)\d\d$")
CORRECTED_NUMBER_RE = re.compile(r"\s*\[(?P<num>\d{1,5})\]")
RE_LEAD_RE = re.compile(r"(?:^|[\s(])(?:Re|Ref|Reference)\.?:?\s+$")      # `Re Deptel 631 unable communicate Seoul.`


def _number_date(line, pos, end):
    """(the date as printed, where it ends) after a telegram's number at pos, or None: `, April 15,
    8 p.m.`, ` of November 5`, ` August 12`; in `mytels 1797 July 20, 1816 July 22` the date of 1797 is `July 20`
    (1816 is the next telegram's number, not a year); `August 132)` is 13 August, note 2."""
    lead = NUMBER_DATE_LEAD_RE.match(line, pos, end)
    found = match_datetime(line[:end], lead.end(), anchored=True) if lead else None
    glued = GLUED_NOTE_RE.match(line, lead.end(), end) if lead and (found is None or (found[1].day or 0) > 31) else None
    note_end = None
    if glued and (len(glued.group("day")) == 3 or int(glued.group("day")) > 31):
        # `August 132)`, `August 63)`: the web edition glues the editor's note number to the day
        found = match_datetime(line[:glued.end("day") - 1], lead.end(), anchored=True)
        note_end = glued.end("day") if found and found[0].end() == glued.end("day") - 1 else None
    if found and found[1].year_text and len(found[1].year_text) == 4 and (
            found[1].year < 1900 or MONTH_NEXT_RE.match(line, found[0].end(), end)):
        cut = found[0].start() + found[0].group(0).rfind(found[1].year_text)
        found = match_datetime(line[:cut].rstrip(" ,"), lead.end(), anchored=True)
    return (found[0].group(0), note_end or found[0].end()) if found else None


def _numbered_whose(word):
    """Whose telegram NUMBERED_RE's first word names. `Deptel 214`, `Department's 1234` and `Embtel
    2211` are the Department's or the embassy's own: whose that is depends on who sends this one
    (settle_office_references)."""
    if word[:2] == "re" and word[2:5] in ("dep", "emb", "myt"):
        word = word[2:]         # `ReDeptel 294`, `reEmbtel 1988`: in reply to, or about, that telegram
    if word in YOURS or word[:6] == "urdesp":
        return "your"
    if word[:3] == "dep":
        return "department"
    if word[:6] == "mydesp":
        return "my"
    if word[-2:] in ("'s", "’s"):
        # `Embassy's 7216`: the embassy's own (settled as `Embtel` is); `London's 63`: another post's
        return "post" if word[:-2] in ("embassy", "legation") else "other"
    return "post" if word[:6] in ("embtel", "embdes") else "my"


def _numbered_references(lineno, line, start, end, spans=None):
    """The telegrams a line names by their number alone (NUMBERED_RE), with their dates. A number
    counts when it is dated, ends a phrase or is joined to one that counts (`your 1820 and 1821.`);
    not `your 5 and 6 armies`."""
    refs = []
    for m in NUMBERED_RE.finditer(line, start, end):
        whose = _numbered_whose(m.group("whose").lower())
        kind = "despatch" if "desp" in m.group("whose").lower() else "telegram"     # `Embdesp 528, October 31`
        at, pos, num = m.start(), m.end("num"), m.group("num")
        if whose == "other" and YEAR_LIKE_RE.match(num):
            continue            # `Mao's 1949.`: a year, not a post's telegram
        fixed = CORRECTED_NUMBER_RE.match(line, pos, end)
        if fixed:       # `Department's 8180 [8181] of October 6th`: the editor's correction is its number
            pos, num = fixed.end(), fixed.group("num")
        items = []          # (reference, counts by itself)
        led = RE_LEAD_RE.search(line, max(start, at - 12), at) is not None
        while True:
            date = _number_date(line, pos, end)        # (as printed, where it ends)
            if date:
                pos = date[1]
            more = MORE_NUMBERED_RE.match(line, pos, end)      # `..., and 1282, July 3, 7 p.m.`
            alone = date is not None or led or NUMBER_ALONE_END_RE.match(line, pos, end) is not None
            led = False
            items.append((Reference(line=lineno, text=line[at:pos], whose=whose, genre=kind, number=num,
                                    date_text=date[0] if date else None), alone))
            if not more:
                break
            at, pos, num = more.start("num"), more.end("num"), more.group("num")
        counts, kept = False, []
        for ref, alone in reversed(items):      # a number counts by itself, or by the one joined after it
            counts = alone or counts
            kept.append(ref if counts else None)
        kept.reverse()
        kept = kept[:kept.index(None)] if None in kept else kept
        refs.extend(kept)
        if kept and spans is not None:
            spans.append((m.start(), m.end()))
    return refs


# `Belgrade telegram 1357 to Dept`, `(Moscow telegram 1510 to Department ...)`: a post's telegram by
# the city it came from; the city names who sent it
POST_TELEGRAM_RE = re.compile(r"\b(?P<post>[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?)\s+telegram\s+(?:No\.\s*)?(?P<num>\d{1,6})\b(?![.,]\d{2})")
NOT_A_POST = {"in", "on", "at", "by", "for", "from", "to", "of", "the", "this", "that", "these", "those", "your", "our",
              "my", "his", "her", "their", "its", "each", "every", "any", "another", "same", "said", "above", "following",
              "last", "next", "previous", "latest", "urgent", "secret", "personal", "circular", "reply", "see", "department",
              "embassy", "legation", "consulate", "mission", "delegation", "reference", "and", "but", "with", "also", "cipher",
              "ciphered", "coded", "incoming", "outgoing", "top", "one", "first", "second", "third", "further", "earlier",
              "station", "office", "ministry", "government", "army", "navy", "post", "new", "old"}


def _post_telegrams(lineno, line, start, end):
    refs = []
    for m in POST_TELEGRAM_RE.finditer(line, start, end):
        post = m.group("post")
        if any(w.lower() in NOT_A_POST for w in post.split()):
            continue
        date = _number_date(line, m.end(), end)
        refs.append(Reference(line=lineno, text=line[m.start():date[1] if date else m.end()], whose="other",
                              genre="telegram", number=m.group("num"), date_text=date[0] if date else None,
                              sender_office=post))
    return refs


def _number_line(lineno, line, start, end):
    m = NUMBER_LINE_RE.match(line, start, end)
    if not m:
        return None
    whose = (m.group("whose") or "").lower()
    lead = m.group("lead").lower()
    if whose == "the" or (not whose and lead[:3] in ("ref", "wit")):
        whose = "other"     # `Referencing the no. 73 cipher telegram`
    elif not whose:       # `To No. 483/sh`: in reply to the addressee's; `In addition to Nº 2390`: to one's own
        whose = "my" if lead.startswith("in addition") else "your"
    return Reference(line=lineno, text=line[m.start():m.end()].rstrip(" .,"), whose="my" if whose == "our" else whose,
                     genre="telegram", number=m.group("num").rstrip(".,"))


# `Ref: State 131591.`, `Ref: Moscow 2887.`, `Ref: (A) BONN 729`: a post's telegram by its number, after
# the cables' `Ref:` (the Department's when the post is `State`)
_POST_NUMBER = r"(?P<post>State|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[A-Z]{3,})\s+(?P<num>\d{2,6})(?=[.,;:)]|\s|$)"
REF_POST_RE = re.compile(r"\bRef(?:s|erence)?[.:]\s+(?:\([A-Z]\)\s+)?" + _POST_NUMBER)
# the next on the list: `Ref: (A) Moscow 11684 (B) Moscow 11713`, `Ref: Moscow 2887, Bonn 729 and State 1234`
MORE_POST_RE = re.compile(r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+(?=\([A-Z]\)))(?:\([A-Z]\)\s+)?" + _POST_NUMBER)


# the translator's or editor's remark closing a bracket, after a dash or alone in it: `(... in May—our
# note)`, `(our note)`
EDITORS_NOTE_OPENERS = ("(", "[", "—", "–", "-")


# a cable's telegrams by post and number, each lettered or not, on its `REF:` lines: `(A) BUDAPEST 890`,
# `STATE 297316 (NOTAL)`; and the Department's in a cable's text: `DRAWING ON STATE 297121`
CABLE_REF_RE = re.compile(r"(?:\([A-Z]\)\s+)?\b(?P<post>[A-Z]{3,}(?: [A-Z]{3,})?) (?P<num>\d{2,6})\b")
STATE_TEL_RE = re.compile(r"\bSTATE (?P<num>\d{5,6})\b")


def cable_references(lineno, line, start, end, own_post, department_sends):
    """The telegrams a cable's `REF:` line names (own_post: the city the cable was sent from, whose
    earlier telegrams are its own; the Department's, `STATE 297316`, are its own when it sends)."""
    refs = []
    for m in CABLE_REF_RE.finditer(line, start, end):
        post = m.group("post")
        if post == "STATE":
            whose = "my" if department_sends else "your"
        else:
            whose = "my" if post == own_post else "other"
        refs.append(Reference(line=lineno, text=f"{post} {m.group('num')}", whose=whose, genre="telegram",
                              number=m.group("num")))
    return refs


def _ref_post_references(lineno, line, start, end):
    refs = []
    for m in REF_POST_RE.finditer(line, start, end):
        while m:
            whose = "department" if m.group("post").lower() == "state" else "other"
            refs.append(Reference(line=lineno, text=line[m.start("post"):m.end("num")], whose=whose, genre="telegram",
                                  number=m.group("num")))
            m = MORE_POST_RE.match(line, m.end(), end)
    return refs


def parse_references(body_lines):
    """References in a message's own lines: [(lineno, line, start, end)] -> [Reference]."""
    to_person, from_person, of_person = (_person_re(rf",?\s+{w}\s+") for w in ("to", "from", "of"))
    sent_to_person = _person_re(r"\s+(?:was|were|has\s+been|had\s+been)\s+sent\s+to\s+")    # `... was sent to Roshchin:`
    # `a letter I have receive[d] from KIM IL SUNG`: who sent it to me
    received_from = _person_re(r"\s+(?:(?:that|which)\s+)?(?:I|we)\s+(?:have\s+|had\s+)?(?:received?|got|obtained)\s+from\s+")
    refs = []
    rx = _ref_re()
    for k, (lineno, line, start, end) in enumerate(body_lines):
        numbered = []       # where the line names telegrams by their numbers: no other reference begins there
        if k < 2 and line[start:start + 2] in ("To", "In", "Re", "Wi"):
            ref = _number_line(lineno, line, start, end)
            if ref:
                refs.append(ref)
                continue
        folded = line[start:end].casefold()
        if "ref" in folded and REF_POST_RE.search(line, start, end):
            refs.extend(_ref_post_references(lineno, line, start, end))
        elif "STATE " in line and STATE_TEL_RE.search(line, start, end):
            refs.extend(Reference(line=lineno, text=m.group(), whose="department", genre="telegram", number=m.group("num"))
                        for m in STATE_TEL_RE.finditer(line, start, end))    # `DRAWING ON STATE 297121`
        if ("your " in folded or "my " in folded or "our " in folded or "tel" in folded or "dep" in folded or "desp" in folded
                or "'s " in folded or "’s " in folded) \
                and DIGIT_RE.search(line, start, end) and NUMBERED_RE.search(line, start, end):
            refs.extend(_numbered_references(lineno, line, start, end, numbered))
        if not any(n in folded for n in _message_needles()):
            continue
        if " telegram " in folded and DIGIT_RE.search(line, start, end):
            refs.extend(_post_telegrams(lineno, line, start, end))
        for m in rx.finditer(line, start, end):
            if numbered and any(a <= m.start() < b for a, b in numbered):
                continue        # `our cables 201 and 205`: read by their numbers
            if line[m.end():m.end() + 1] in (")", "]") and line[max(start, m.start() - 2):m.start()].rstrip()[-1:] in EDITORS_NOTE_OPENERS:
                continue        # `(... in May—our note)`: the translator's remark, no message
            whose = (m.group("whose") or "").lower()
            before = line[start:m.start()]
            ref = Reference(line=lineno, text="", whose=whose, genre=m.group("genre").lower())
            sent_by = None
            if whose[:3] == "dep":      # `Department's telegram dated July 4`: settled by who sends
                ref.whose = "department"
            elif whose[:3] in ("emb", "leg"):
                ref.whose = "post"
            elif whose in ("my", "our") or OWN_VERB_RE.search(before):
                ref.whose = "my"
            elif whose == "your":
                ref.whose = "your"
            else:
                ref.whose = "other"
                sent_by = _sent_by(line, start, m.start()) if whose in ("a", "an", "the") else None
            if sent_by:
                ref.sender = name_ref_from_match(line, lineno, sent_by)
                ref.recipient_is_self = sent_by.group("obj") is not None
            ref.is_enclosure = bool(TEXT_OF_RE.search(before))
            pos = m.end()
            progress = True
            while progress and pos < end:
                progress = False
                for rxp, kind in ((SELF_RE, "self"), (YOU_RE, "you"), (to_person, "to"), (sent_to_person, "to"),
                                  (from_person, "from"), (received_from, "from"), (OFFICE_REF_RE, "office"), (NUMBER_RE, "number"),
                                  (BARE_NUMBER_RE, "bare"), (OF_RE, "of"), (DATE_NEXT_RE, "date"), (of_person, "of-person")):
                    mm = rxp.match(line, pos, end)
                    if not mm:
                        continue
                    if kind in ("of", "date"):
                        found = match_datetime(line[:end], mm.end(), anchored=True)
                        if not found or ref.date_text or (kind == "date" and pos != m.end()):
                            continue
                        ref.date_text = found[0].group(0)
                        pos = found[0].end()
                    elif kind in ("to", "from", "of-person"):
                        if not looks_like_person(mm.group("name")):
                            continue
                        who = name_ref_from_match(line, lineno, mm)
                        if kind == "to" and ref.recipient is None and not ref.recipient_is_self:
                            ref.recipient = who
                        elif kind in ("from", "of-person") and ref.sender is None:
                            ref.sender = who
                        else:
                            continue
                        pos = mm.end()
                    elif kind == "office":
                        sent = mm.group("dir") == "from"
                        named = (ref.sender or ref.sender_office) if sent else \
                            (ref.recipient or ref.recipient_office or ref.recipient_is_self or ref.recipient_is_addressee)
                        office = mm.group("office")
                        if named or not (names_an_office_in_prose(office) or (not sent and is_position(office))):
                            continue
                        if sent:
                            ref.sender_office = office
                        else:
                            ref.recipient_office = office
                        pos = mm.end()
                    elif kind == "self":
                        ref.recipient_is_self = True
                        pos = mm.end()
                    elif kind == "you":
                        ref.recipient_is_addressee = True
                        pos = mm.end()
                    elif kind == "number":
                        ref.number = mm.group("num")
                        pos = mm.end()
                    elif kind == "bare":
                        if pos != m.end():
                            continue
                        ref.number, pos = mm.group("num"), mm.end()
                        date = _number_date(line, pos, end)
                        if date and not ref.date_text:
                            ref.date_text, pos = date
                    progress = True
                    break
            ref.text = line[m.start():pos]
            if COLON_AFTER_RE.match(line[pos:end]) and (TRANSMIT_VERB_RE.search(before) or whose in ("the", "a", "an", "")):
                ref.is_enclosure = True
            elif whose == "the" and (m.group("adj") or "").lower() == "following":
                ref.is_enclosure = True     # `the following reply of Filippov to Mao Zedong in response to ...:`
            has_detail = ref.identified()
            if ref.genre in genre()["message_words_identified"] and not (ref.date_text or ref.number):
                continue  # "your orders", "in order": no message named
            if ref.whose in ("other", "department") and not has_detail:
                continue  # "the telegram", "a letter", "the Department's telegram": nothing to identify it by
            if ref.whose == "my" and whose in ("the", "a", "an") and not has_detail:
                continue
            refs.append(ref)
    return refs


TRANSMIT_VERBS = ("transmit", "pass on", "convey", "hand over", "deliver", "forward", "read")


@lru_cache(maxsize=None)
def _transmit_to_re():
    # `Transmit to Comrade X the following`, `Transmit the following answer to X`, `Following message
    # for delivery soonest to Khrushchev from the President:`
    return re.compile(r"\b(?i:" + "|".join(TRANSMIT_VERBS) + r"|delivery)\s+(?i:the\s+following(?:\s+[a-z]+)?\s+)?"
                      r"(?i:(?:soonest|immediately|urgently|at\s+once)\s+)?(?i:to)\s+" + titled_person())


_ASKED_TO = r"\s+(?i:asked|asks|requested|requests|instructed)\s+(?i:me|us)\s+to\s+(?i:transmit|pass on|convey|forward|send)"


@lru_cache(maxsize=None)
def _transmit_from_re():
    return re.compile(titled_person() + _ASKED_TO)


@lru_cache(maxsize=None)
def _asked_to_re():
    return re.compile(_ASKED_TO)


def parse_transmit_to(body_lines):
    """`Transmit to Comrade X the following answer:` -> X, the recipient of the enclosed message."""
    for lineno, line, start, end in body_lines:
        folded = line[start:end].casefold()
        if not any(v in folded for v in TRANSMIT_VERBS):
            continue
        m = _transmit_to_re().search(line, start, end)
        if m:
            return name_ref_from_match(line, lineno, m)
    return None


def parse_transmit_from(body_lines):
    """`Kim Il Sung asked me to transmit the following:` -> the author of the enclosed message."""
    for lineno, line, start, end in body_lines:
        if not _asked_to_re().search(line, start, end):     # cheap: the name is looked for only before it
            continue
        for m in _transmit_from_re().finditer(line, start, end):
            if looks_like_person(m.group("name")):
                return name_ref_from_match(line, lineno, m)
    return None


# `Vyshinski replied on November 18 in translation as follows:`, `Mao Zedong stated the following:`:
# who wrote or said the quotation under the line, named where the clause begins
_SAID_AS_FOLLOWS = (r"\s+(?:has\s+|had\s+)?(?i:replied|answered|wrote|stated|said|declared)\b[^.:;\n]*?"
                    r"\b(?i:as\s+follows|the\s+following)\s*:\s*$")


@lru_cache(maxsize=None)
def _said_res():
    return re.compile(titled_person() + _SAID_AS_FOLLOWS), re.compile(CLAUSE_START + titled_person() + _SAID_AS_FOLLOWS)


def parse_quoted_from(body_lines):
    """`X replied ... as follows:` over a quotation -> X, its author; None when no line says so."""
    for lineno, line, start, end in body_lines:
        if line[end - 1:end] != ":" and line[start:end].rstrip()[-1:] != ":" or "follow" not in line[start:end]:
            continue
        at_start, in_line = _said_res()
        for m in (at_start.match(line, start, end), in_line.search(line, start, end)):
            if m and looks_like_person(m.group("name")):
                return name_ref_from_match(line, lineno, m)
    return None


DEPARTMENT_RE = re.compile(r"(?i)\b(?:secretary of state|department of state|department|secstate)\b")


def settle_office_references(messages, sender_post):
    """`Deptel 214` and `Embtel 2211` in a State Department telegram: the sender's own when it comes
    from that side (the Secretary of State writing `Deptel`, an embassy writing `Embtel`), else the
    addressee's. sender_post is the post heading the telegram (`Ambassador in Yugoslavia`,
    `Secretary of State`), or None when unknown: then whose it is stays open."""
    side = None if not sender_post else "department" if DEPARTMENT_RE.search(sender_post) else "post"
    for m in messages:
        for ref in m.references:
            if ref.whose in ("department", "post"):
                ref.whose = "other" if side is None else "my" if ref.whose == side else "your"
