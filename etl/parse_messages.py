"""Messages inside a document: the top-level one and every quoted or forwarded one.

Quotation marks open and close enclosed messages; they may be unbalanced (a stray closing
mark, a quote never closed), which is reported as a problem, never an error.
"""
import re
from functools import lru_cache

from .dates import whole_date
from .genre import alternation, genre, starts_with_entry
from .parse_address import (
    ADDRESS_ONLY_RE,
    ALSO_INFORM_RE,
    BARE_ADDRESS_RE,
    LEAD_ONLY_RE,
    LETTER_PLACE_RE,
    address_end,
    address_goes_on,
    address_names,
    is_form_mark,
    letter_address,
    letter_starts,
    match_salutation,
    office_line,
    offices_addressed,
)
from .parse_demands import ITEM_RE, parse_demands
from .parse_names import names_an_office, names_of_people, only_names, parse_name_list
from .parse_references import parse_quoted_from, parse_references, parse_transmit_from, parse_transmit_to
from .parse_signature import (
    COPIES_COUNT_RE,
    COPIES_RE,
    DASHED_NUMBER_RE,
    HANDLER_NOTE_RE,
    NUMBER_DATE_RE,
    NUMBER_FIRST_RE,
    NUMBER_RE,
    PLACE_DATE_RE,
    SIG_RE,
    SIGNATURE_MARK_RE,
    SPACED_NAME_RE,
    TYPIST_RE,
    bare_signature,
    dated_signature,
    is_closing,
    is_authority_line,
    is_closing_line,
    is_date_or_number,
    is_position,
    labelled_stamps,
    signature_line,
    signed_number,
    signer_ref,
    trailing_copies,
    trailing_readers,
    undated_line_month,
    without_marks,
)
from .records import NameRef, ParsedMessage, Span
from .text import (
    OMISSION_RE,
    SEPARATOR_CHARS,
    breaks_mid_phrase,
    content_bounds,
    is_separator,
    opening_quotes,
    piece_text,
    strip_quotes,
    trailing_quotes,
)

COPY_RE = re.compile(r"(?i)^copy(?:\s+to)?\s*:?\s+")
FOOTNOTE_MARK_RE = re.compile(r"\[\d{1,2}\]")            # `[1]`: a mark that refers to the editor's footnote
GLUED_NOTE_RE = re.compile(r"(?<=[ap]\.m\.)\d{1,3}$")       # a note's number glued to a clock: `2:30 p.m.53`
FOOTNOTE_RE = re.compile(r"^\[\d{1,2}\]\s+\S")          # `[1] The editors of ...`: the footnote, under the text


def segment(lines, first_line, problems, skip=frozenset()):
    """Split lines[first_line:] into nested messages by quotation marks.

    Returns ParsedMessage shells with line_start/line_end and `own` pieces:
    (lineno, start, end) of text that belongs to the message and not to a child.

    A quotation of several paragraphs is printed with an opening mark at the start of each and
    one closing mark at its end; read as nested quotations it leaves quotes unclosed, so it is
    read again with such a mark taken to continue the quotation, and that reading is kept when
    it leaves fewer open."""
    found = []
    messages = _segment(lines, first_line, found, skip, False)
    unclosed = sum(1 for p in found if p[1] == "unclosed-quote")
    if unclosed:
        again = []
        continued = _segment(lines, first_line, again, skip, True)
        if sum(1 for p in again if p[1] == "unclosed-quote") < unclosed:
            messages, found = continued, again
    problems.extend(found)
    return messages


def _segment(lines, first_line, problems, skip, paragraphs_continue):
    """segment's reading; with paragraphs_continue, a line inside a quotation that opens with the
    mark that opened it continues it (a new paragraph of the same quotation)."""
    first_line = min(first_line, max(len(lines), 1))   # a document that is all header
    top = ParsedMessage(index=0, parent=None, line_start=first_line, line_end=first_line)
    messages = [top]
    unquoted = set()
    begun = set()           # messages opened by `Begin text.`, closed by `End text.`
    stack = [0]
    marks = {}              # a quotation's opening mark, when it opened a line
    last_content = first_line
    prev_text = last_typed = ""
    after_separator = False
    for lineno in range(first_line, len(lines) + 1):
        line = lines[lineno - 1]
        s, e = content_bounds(line)
        if s == e or lineno in skip:
            continue
        last_content = lineno
        if len(stack) == 1 and lineno > top.line_start and (after_separator or (
                e - s < 40 and LETTER_PLACE_RE.match(line, s, e)) or (
                e - s < 40 and LEAD_ONLY_RE.match(line, s, e) and _ends_message(without_marks(last_typed)))) \
                and letter_starts(lines, lineno):
            # a letter enclosed without quotation marks, to the end (`* * * * *` / `Moscow, Kremlin.` /
            # `DEAR ...`; or `Dear Cde.` / `I. V. Stalin` under the closing of the note that covers it)
            child = ParsedMessage(index=len(messages), parent=0, line_start=lineno, line_end=lineno)
            messages.append(child)
            stack.append(child.index)
            unquoted.add(child.index)
        after_separator = line[s] in SEPARATOR_CHARS and is_separator(line[s:e])
        begin = BEGIN_TEXT_RE.match(line, s, e) if line[s] in "Bb" else None
        if begin:       # `Begin text. Personal and Confidential ...`: the text of another message follows
            child = ParsedMessage(index=len(messages), parent=stack[-1], line_start=lineno, line_end=lineno)
            messages.append(child)
            stack.append(child.index)
            unquoted.add(child.index)
            begun.add(child.index)
            s = begin.end()
            if s >= e:
                continue
        end = END_TEXT_RE.search(line, s, e) if stack[-1] in begun and "ext" in line[e - 6:e] else None
        if end:         # `As ever, DE. End text.`: that message ends here
            if end.start() > s:
                messages[stack[-1]].own_lines.append((lineno, s, end.start()))
            messages[stack.pop()].line_end = lineno
            prev_text = last_typed = line[s:end.start()]
            continue
        opens = opening_quotes(line, s, e)
        closes = trailing_quotes(line, s, e)
        if opens and closes and opens + closes > e - s:  # a line that is only quotation marks
            opens = min(opens, e - s)
            closes = 0
        if opens and paragraphs_continue and marks.get(stack[-1]) == line[s]:
            opens -= 1          # `"2) It is possible ...`: the next paragraph of the quotation open
            s_text = s + 1
        else:
            s_text = s
        if opens and closes and not _quoted_message_starts(line, s_text + opens, e, prev_text):
            opens = closes = 0  # a quoted phrase, not a message
        for i in range(opens):
            child = ParsedMessage(index=len(messages), parent=stack[-1], line_start=lineno, line_end=lineno)
            messages.append(child)
            stack.append(child.index)
            marks[child.index] = line[s_text + i]
        messages[stack[-1]].own_lines.append((lineno, s, e))
        for _ in range(closes):
            if len(stack) > 1:
                messages[stack.pop()].line_end = lineno
            else:
                problems.append((lineno, "stray-quote", "closing quotation mark with no quotation open; kept as text"))
        prev_text = line[s:e]
        if prev_text[:1] != "[" or not HANDLER_NOTE_RE.match(prev_text.rstrip(":")):
            last_typed = prev_text     # the last line that is not only an editor's note (`[handwritten:]`)
    for idx in stack[1:]:
        m = messages[idx]
        m.line_end = last_content
        if idx in unquoted:
            continue
        problems.append((m.line_start, "unclosed-quote", "quotation opened here is never closed; it runs to the end of the document"))
        m.line_end = last_content
    top.line_end = last_content
    return messages


MARKS_LEAD_RE = re.compile(r"(?i)(?:(?:personal|confidential|strictly confidential|secret|top secret|eyes only)"
                           r"(?:\s+and\s+|,\s*|\s+))+")


# a State Department telegram's own marks around the text it carries: `Begin text.`, `Begin verbatim
# text:`, `Begin Verbatim Text:` ... `End text.`, `End Verbatim Text.`
BEGIN_TEXT_RE = re.compile(r"(?:Begin|BEGIN)\s+(?:[Vv]erbatim\s+|VERBATIM\s+)?(?:[Tt]ext|TEXT)\s*[.:]\s*")
END_TEXT_RE = re.compile(r"\s*(?:End|END)\s+(?:[Vv]erbatim\s+|VERBATIM\s+)?(?:[Tt]ext|TEXT)\s*\.?$")


# the words that tell who speaks, inside a quotation: `, he added,`
SPEECH_RE = re.compile(r",\s+(?:he|she|they|we|I|[A-Z][a-z]+)\s+(?:said|added|stated|declared|continued|noted|replied|"
                       r"asked|remarked|emphasized|emphasised|stressed|insisted|explained|answered)\b")
INTRODUCES_RE = re.compile(r"\b(?:transmit|forward|text of|following|send you|enclose)\w*\b", re.I)


# a second addressee on the line under the address: a name and the editor's identification of it
SECOND_ADDRESSEE_RE = re.compile(r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}\s*\[[A-Z][^\]\n]{1,40}\]$")


def _quoted_message_starts(line, start, end, prev_text):
    """A one-line quotation is a message when it opens with an address, or the paragraph
    before it introduces one (ends with a colon, or transmits a text); not when it tells who says
    it (`"These documents, he added, speak for themselves."`): that is speech reported."""
    if match_salutation(line, start, end) is not None:
        return True
    if SPEECH_RE.search(line, start, end):
        return False
    return prev_text.rstrip().endswith(":") or INTRODUCES_RE.search(prev_text) is not None


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


def _extend_salutation(msg, more, lines):
    """The address goes on over the pieces `more`: the salutation's text takes their lines, its
    position stays that of its first line."""
    sal = msg.salutation
    msg.salutation = Span("\n".join([sal.text] + [piece_text(lines, p) for p in more]),
                          sal.line, sal.char_start, sal.char_end)


def _ends_message(text):
    """A line that can close a message: a signature, a date or a number."""
    return is_date_or_number(text) or signature_line(text) is not None or dated_signature(text) is not None


def _without_separators(pieces, lines):
    """The pieces without separator lines, and without editorial notes printed under a closing
    separator (`13/5-50. Roshchin` / `——————` / `x/ Pseudonym I.V. Stalin.`)."""
    seps = [k for k, p in enumerate(pieces) if is_separator(piece_text(lines, p))]
    if not seps:
        return pieces
    last = seps[-1]
    if len(pieces) - 8 <= last and 0 < last < len(pieces) - 1 and _ends_message(piece_text(lines, pieces[last - 1])):
        pieces = pieces[:last]
    seps = set(seps)
    return [p for k, p in enumerate(pieces) if k not in seps]


ENCLOSED_NAME_RE = re.compile(r"\s[/(](?P<name>(?:[A-Z][a-z]?\.\s?){1,3}[A-Z][A-Za-z'’\-]+)[/)]$")   # `... (B. VERESHCHAGIN)`
POST_TAIL_RE = re.compile(r"^(?:in|of|at|to|for)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,3}$")    # `in China`
TOWN_RE = re.compile(r"^[A-Z][a-z]{2,}(?:[ \-][A-Z][a-z]+)?$")               # `Pyongyang`, `Port Arthur`


def _addressee_post(msg, pieces, lines, i):
    """The addressee's post and town printed under the address (`to Mr. Kim Il Sung` / `Chairman
    of the Cabinet of Ministers of` / `the Democratic People's Republic of Korea` / `Pyongyang`):
    part of the address, not of the text. Returns the piece after them."""
    start = i
    while i < len(pieces) - 1:
        text = piece_text(lines, pieces[i])
        if not (is_position(text) or (i > start and breaks_mid_phrase(piece_text(lines, pieces[i - 1]))
                                      and text[-1:] not in ".!?:")):
            break
        i += 1
    if i == start:
        return i
    lineno, s, e = pieces[i]
    if i < len(pieces) - 1 and TOWN_RE.match(lines[lineno - 1], s, e) and not msg.to_place:
        msg.to_place = Span(lines[lineno - 1][s:e], lineno, s, e)
        i += 1
    _extend_salutation(msg, pieces[start:i], lines)
    return i


HANDWRITTEN_RE = re.compile(r"^\[(?:handwritten|signed|signature)\s*:\s*", re.I)


def _address_under_closing(msg, pieces, lines, i, j):
    """A letter that prints its addressee under the signature (`Sincerely yours,` / `Chung W. Cho
    Minister` / `Ambassador Yu Taik Kim` / `Korean Mission in Japan,` / `TOKYO`): the addressee
    is the message's recipient, never its signer. Returns where the signature ends."""
    for c in range(j - 3, max(i, j - 7) - 1, -1):
        if not is_closing_line(piece_text(lines, pieces[c])):
            continue
        lineno, s, e = pieces[c + 2]
        first = lines[lineno - 1][s:e].split(None, 1)[0].lower().rstrip(".")
        names = parse_name_list(lines[lineno - 1], lineno, s, e)
        if first not in genre()["titles_set"] or (not names and c + 3 == j):
            return j        # `Sincerely yours,` / a name / `Ambassador`: the signer's post, no address
        if not msg.to and only_names(lines[lineno - 1], s, e):     # not `Ambassador X Korean Mission in Japan Tokyo`
            msg.to = names
        return c + 2
    return j


def _unclosed_note_under(msg, pieces, lines, i, j, sig_pieces):
    """An editor's note opened under the text and never closed (`[handwritten: authenticated:
    Chistov` / `MFA 25 September 1956 ...`): no part of the text. When it opens with a name
    (`[handwritten: A. Mikoyan` / `23 September` / ...), that is the signature. Returns where
    the rest of the message ends."""
    low = max(i, j - 8)
    if not any(lines[ln - 1][s] == "[" for ln, s, _ in pieces[low:j]):
        return j            # the common case: no line under the text opens with a bracket
    depth = 0
    for k in range(j - 1, low - 1, -1):
        text = piece_text(lines, pieces[k])
        depth += text.count("[") - text.count("]")
        if text[:1] != "[" or depth <= 0:
            continue
        head = HANDWRITTEN_RE.match(text)
        name = bare_signature(text[head.end():]) if head else None
        if name and msg.signer is None:
            ln, s, _ = pieces[k]
            msg.signer = signer_ref(name, ln, s + head.end())
            if k + 1 < j and msg.date_text is None and whole_date(piece_text(lines, pieces[k + 1])):
                msg.date_text, msg.date_line = piece_text(lines, pieces[k + 1]).strip(" ,.;"), pieces[k + 1][0]
            sig_pieces[:0] = pieces[k:j]
        return k
    return j


def _note_opens(pieces, lines, i, j):
    """Where an editor's note closed on pieces[j - 1] opens, when it began a line a few lines
    above (`[handwritten: 2nn, a second copy` / ... / `14 October 1948]`); else None."""
    depth = 0
    for k in range(j - 1, max(i, j - 6) - 1, -1):
        text = piece_text(lines, pieces[k])
        depth += text.count("]") - text.count("[")
        if depth <= 0:
            return k if text[:1] == "[" else None
    return None


def _place_under_name(sig, lines, above):
    """A one-word line in title case under the signer's name or authority, above the date: the
    place the letter was written (`Kim Il Sung` / `Pyongyang` / `31 August 1950`), not a signer."""
    m, rest = sig
    if rest or m.group("formula") or " " in m.group("name") or not m.group("name")[1:].islower():
        return False
    text = piece_text(lines, above)
    return bare_signature(text) is not None or is_authority_line(text)


def _more_addressees(msg, pieces, lines, i):
    """`To Comrade V.M. Molotov` / `To Comrade N.A. Bulganin`: an address line to each addressee,
    one under the other. Returns the piece after them."""
    start = i
    while msg.to and i < len(pieces) - 1:
        lineno, s, e = pieces[i]
        line = lines[lineno - 1]
        sal = match_salutation(line, s, e) if line[s:s + 3] in ("To ", "to ") else None
        if not sal or address_end(line, s, e) < e:
            break
        names = parse_name_list(line, lineno, sal[0], sal[1])
        if not names:
            break
        msg.to.extend(names)
        i += 1
    if i > start:
        _extend_salutation(msg, pieces[start:i], lines)
    return i


def parse_parts(msg, lines, problems):
    """Fill a segmented message's salutation, recipients, body, signature, references, demands."""
    pieces = _without_separators(_clean_pieces(msg, lines), lines)
    i = 0      # omission marks above the address carry no text of the message
    while i < len(pieces) - 1 and OMISSION_RE.match(piece_text(lines, pieces[i])):
        i += 1
    if msg.parent is not None and i < len(pieces) - 1:
        lineno, s, e = pieces[i]
        lead = MARKS_LEAD_RE.match(lines[lineno - 1], s, e)
        at = lead.end() if lead else s
        if whole_date(lines[lineno - 1][:e], at):
            # `Personal and Confidential April 5, 1956` over an enclosed letter: when it was written
            msg.date_text, msg.date_line = lines[lineno - 1][at:e].strip(" ,.;"), lineno
            i += 1
    addressed = False
    if i < len(pieces) - 1 and LETTER_PLACE_RE.match(lines[pieces[i][0] - 1], pieces[i][1], pieces[i][2]) \
            and letter_address(lines, pieces[i + 1][0]):
        lineno, s, e = pieces[i]          # `Moscow, Kremlin.` above a letter's address
        place = lines[lineno - 1][s:e].split(",")[0].split(" ")[0]
        msg.to_place = Span(place, lineno, s, s + len(place))
        i += 1
    if i < len(pieces) - 1 and LEAD_ONLY_RE.match(lines[pieces[i][0] - 1], pieces[i][1], pieces[i][2]):
        found = letter_address(lines, pieces[i][0])
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
            sal_end = address_end(line, s, e)
            msg.salutation = Span(line[s:sal_end], lineno, s, sal_end)
            inform = ALSO_INFORM_RE.search(line, n_start, n_end) if "inform" in line[n_start:n_end] else None
            if inform:      # `Gao [Gang], He [Jinnian]; also inform Ambassador Ni [Zhiliang]:`: a copy to Ni
                msg.copy_to = address_names(line, lineno, inform.end(), n_end)[0]
            msg.to, msg.via = address_names(line, lineno, n_start, inform.start() if inform else n_end)
            if not msg.to or "[" in line[n_start:n_end] or " and " in line[n_start:n_end]:
                # `To the Foreign Ministry:`, `To the Ministry of Foreign Affairs and Comrade [Li] Fuchun:`
                msg.to_office = offices_addressed(line[n_start:n_end])
            if m.groupdict().get("place"):
                p = m.group("place")
                msg.to_place = Span(p, lineno, s + m.start("place"), s + m.start("place") + len(p))
            rest = content_bounds(line, sal_end, e)
            if FOOTNOTE_MARK_RE.fullmatch(line, rest[0], rest[1]):
                rest = (e, e)               # `... and the Central Committee:[1]`: the editor's footnote mark
            mark = ADDRESS_MARK_RE.fullmatch(line, rest[0], rest[1]) if line[rest[0]:rest[0] + 1] == "(" else None
            if mark and starts_with_entry("classifications", mark.group("mark")):
                msg.address_mark, rest = mark.group("mark"), (e, e)     # `To Ambassador Jiao [Ruoyu]: (Secret)`
            if rest[0] < rest[1]:
                pieces[i] = (lineno, rest[0], rest[1])   # the message goes on on the same line
            else:
                i += 1
                i = address_goes_on(msg, pieces, lines, i)
                i = _more_addressees(msg, pieces, lines, i)
                # `To transmit to Comrade MAO ZEDONG` / `Comrade MAO ZEDONG!`: the greeting under the address
                if i < len(pieces) - 1 and ADDRESS_ONLY_RE.match(piece_text(lines, pieces[i])):
                    i += 1
                elif not msg.to and i < len(pieces) - 1:
                    # `TO THE CHAIRMAN OF THE COUNCIL OF MINISTERS OF THE USSR` / `Comrade STALIN I.V.`
                    ln, a, b = pieces[i]
                    more = match_salutation(lines[ln - 1], a, b)
                    if more:
                        msg.to = parse_name_list(lines[ln - 1], ln, more[0], more[1])
                        msg.to_office = None        # the line above was the addressee's post
                        i += 1
                elif i < len(pieces) - 1 and SECOND_ADDRESSEE_RE.match(piece_text(lines, pieces[i])):
                    ln, a, b = pieces[i]           # `To Comrade GROMYKO` / `Instantsia [Highest Authority]`
                    msg.to.extend(parse_name_list(lines[ln - 1], ln, a, b))
                    i += 1
                # `To RAZUVAEV` / `SPECIAL`: a mark of the form under the address
                while i < len(pieces) - 1 and is_form_mark(piece_text(lines, pieces[i])):
                    i += 1
                i = _addressee_post(msg, pieces, lines, i)
        elif bare:
            msg.salutation = Span(bare.group(0), lineno, s, e)
            msg.to = parse_name_list(line, lineno, bare.start("names"), bare.end("names"))
            i += 1
        elif len(pieces) - i > 1 and line[e - 1:e] in ",:!" and is_position(line[s:e - 1]):
            msg.salutation = Span(line[s:e], lineno, s, e)      # `Commander-in-Chief,`: the addressee's post alone
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
            msg.copy_to.extend(names_of_people(line, lineno, s + m.end(), e))     # not the offices beside them
            i += 1
            continue
        break
    j = len(pieces)
    sig_pieces, formula_piece = [], None
    j = _unclosed_note_under(msg, pieces, lines, i, j, sig_pieces)
    j = _address_under_closing(msg, pieces, lines, i, j)
    while j > i:
        k = trailing_copies(msg, pieces, lines, i, j)
        k = trailing_readers(msg, pieces, lines, i, k) if k == j else k
        if k < j:
            j = k
            continue
        lineno, s, e = pieces[j - 1]
        line = lines[lineno - 1]
        s, e = strip_quotes(line, s, e)
        text = line[s:e]
        if OMISSION_RE.match(text.strip()) or COPIES_COUNT_RE.match(text) or starts_with_entry("handling_stamps", text) \
                or (msg.signer is None and msg.sender_office is None and labelled_stamps(text) is not None) \
                or (text[:1] == "[" and FOOTNOTE_RE.match(text)) \
                or (msg.signer is None and (starts_with_entry("notes_under_signature", text) or HANDLER_NOTE_RE.search(text))):
            # `[...]`, `5 copies`, `Typed by ... on ...`, `Spravka: ...`, `[stamp: ...]`, an officer's
            # `[illegible signature]`: no part of the message's text
            j -= 1
            continue
        if text[-1:] == "]" and text.count("]") > text.count("["):
            k = _note_opens(pieces, lines, i, j)
            if k is not None:       # `[handwritten: a second copy` / `was sent ...` / `14 October 1948]`
                j = k
                continue
        if msg.signer is None and text.isdigit() and len(text) <= 6:
            sig_pieces.insert(0, (lineno, s, e))    # `1955`: a register number under the signature
            j -= 1
            continue
        printed = (s, e)        # the line as printed, kept whole in the signature
        if text[-1:] == "]" and msg.signer is None:
            mark = FOOTNOTE_MARK_RE.search(text, len(text) - 4)
            if mark and mark.end() == len(text) and mark.start() > 0:
                e = s + mark.start()         # `Risquet.[1]`: the editor's footnote mark after the name
                text = line[s:e]
        mark = SIGNATURE_MARK_RE.match(text) if text[:1] in "[(Ss" else None
        if mark and mark.end() < len(text):
            s += mark.end()              # `[signature] (A. PUZANOV)`
            text = line[s:e]
        if text[:1] in ("(", "/") and text[-1:] == {"(": ")", "/": "/"}[text[:1]] and signature_line(text[1:-1]):
            s, e = s + 1, e - 1          # `(A. Gromyko)`, `/A. PUZANOV/`
            text = line[s:e]
        enclosed = ENCLOSED_NAME_RE.search(text) if msg.signer is None and text[-1:] in ")/" else None
        enclosed_name = bare_signature(enclosed.group("name")) if enclosed else None
        if enclosed_name and (
                "signature]" in text or office_line(text[:enclosed.start()].strip())
                or is_position(text[:enclosed.start()].strip())
                or (j - 1 > i and piece_text(lines, pieces[j - 2]).endswith("signature]"))):
            # `SOVIET AMBASSADOR IN THE DPRK [signature] /A. PUZANOV/`; `USSR MFA DVO (B. VERESHCHAGIN)`
            # under `COUNSELLOR OF THE [signature]`: the post, and the name in parentheses or slashes
            msg.signer = signer_ref(enclosed_name, lineno, s + enclosed.start("name"))
            sig_pieces.insert(0, (lineno, *printed))
            j -= 1
            if j > i and piece_text(lines, pieces[j - 1]).endswith("signature]"):     # `COUNSELLOR OF THE [signature]`
                sig_pieces.insert(0, pieces[j - 1])
                j -= 1
            break
        place_date = PLACE_DATE_RE.match(text) if "," in text else None
        if place_date and whole_date(text, place_date.end()) and msg.date_text is None:
            msg.date_text, msg.date_line = text[place_date.end():].strip(" ,.;"), lineno    # `Pyongyang, 29 September 1950`
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
            continue
        if TYPIST_RE.match(text):
            j -= 1                  # `me/MB`: the typist's initials
            continue
        plain = without_marks(text)          # `Nº [handwritten: 328/ag] [signature]`
        plain = GLUED_NOTE_RE.sub("", plain)  # `18 June 1953, 2:30 p.m.53`: the editor's note number
        num_date = NUMBER_DATE_RE.match(plain) if plain[:1] == "N" and " - " in plain else None
        if num_date and whole_date(num_date.group("date")):
            msg.number = msg.number or num_date.group("num")        # `Nº 395 - 9 August 1960`
            if msg.date_text is None:
                msg.date_text, msg.date_line = num_date.group("date").strip(" ,.;"), lineno
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
            continue
        num = NUMBER_RE.match(plain) or DASHED_NUMBER_RE.match(plain)      # `– 166 charges d’affaires –`
        if num or is_date_or_number(plain):
            if num:
                msg.number = msg.number or num.group("num")
                if num.groupdict().get("post") and msg.signer is None:
                    msg.sender_office = msg.sender_office or num.group("post")     # the signer's post, unnamed
            elif msg.date_text is None:
                msg.date_text, msg.date_line = plain.strip(" ,.;"), lineno
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
            continue
        month = undated_line_month(text) if msg.signer is None and j - 1 > i else None
        if month or (msg.signer is None and j - 1 > i and is_authority_line(text)):
            # `[date not filled in] August 1949` (dated to the month); `at the instruction of ...`
            if month and msg.date_text is None:
                msg.date_text, msg.date_line = month, lineno
            sig_pieces.insert(0, (lineno, *printed))
            j -= 1
            continue
        if msg.signer is None and msg.sender_office is None:
            post = 1 if text[-1:] not in ".!?:;," and j - 1 > i and is_position(text) else 0
            if not post and j - 2 > i and POST_TAIL_RE.match(text) and is_position(piece_text(lines, pieces[j - 2])):
                post = 2            # the post over two lines: `Charge d'Affaires of the Embassy of the RP` / `in China`
            if post:
                a_line, a_s, a_e = pieces[j - 1 - post]    # `Irén Rózsa` / `Deputy Assistant Under-Secretary`
                above = bare_signature(lines[a_line - 1][a_s:a_e])
                if above:
                    msg.signer = signer_ref(above, a_line, a_s)
                    sig_pieces[:0] = [(a_line, a_s, a_e)] + list(pieces[j - post:j - 1]) + [(lineno, s, e)]
                    j -= 1 + post
                    break
        dated = dated_signature(text)
        if dated:
            date_end, name_at, m = dated
            msg.signer = signer_ref(m, lineno, s + name_at)
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
        sig = signature_line(text)
        if not sig and " " in text:
            before, last_word = text.rsplit(" ", 1)
            if last_word.lower() in genre()["positions"]:
                sig = signature_line(before)        # `Chung W. Cho Minister`: the post after the name
        if sig and j - 1 > i and _ends_a_wrapped_sentence(text, piece_text(lines, pieces[j - 2])):
            sig = None          # `... ON THE BELGRADE` / `MEETING.`: a line the text wrapped onto, not a name
        first = NUMBER_FIRST_RE.match(text) if not sig and text[:1] == "N" else None
        if first and signature_line(text[first.end():]):
            msg.number = msg.number or first.group("num")      # `No. 15 T. SHTYKOV`
            s += first.end()
            text = line[s:e]
            sig = signature_line(text)
        if sig and sig_pieces and j - 1 > i and _place_under_name(sig, lines, pieces[j - 2]):
            sig_pieces.insert(0, (lineno, *printed))    # `Kim Il Sung` / `Pyongyang` / `31 August 1950`
            j -= 1
            continue
        if sig:
            m, rest = sig
            formula = m.group("formula")
            co_signed = None
            sig_start = s
            if formula and not is_closing(formula):
                # `We need aircraft. KIM IL SUNG. 14.7.52`: the sentence is body, the rest signature
                formula_piece = (lineno, s, s + len(formula))
                sig_start = s + m.start("name")
            msg.signer = signer_ref(m, lineno, s)
            if not rest and not formula and j - 1 > i:
                # `KIM IL SUNG` / `PAK HEON-YEONG`: signed by two; the first named is the sender
                a_line, a_s, a_e = pieces[j - 2]
                above = bare_signature(lines[a_line - 1][a_s:a_e])
                if above and a_line - 1 > 0 and j - 2 > i and \
                        _ends_a_wrapped_sentence(lines[a_line - 1][a_s:a_e], piece_text(lines, pieces[j - 3])):
                    above = None    # `MEETING.` / `VANCE`: the text's last word, then the signature
                if above and SIG_RE.match(text) and above.group("name").isupper():
                    msg.signer = signer_ref(above, a_line, a_s)
                    co_signed = (a_line, a_s, a_e)
                    j -= 1
            if rest:
                num = signed_number(rest)
                if num:
                    msg.number = msg.number or num
                else:
                    msg.date_text, msg.date_line = rest, lineno
            sig_pieces.insert(0, (lineno, sig_start if formula_piece else printed[0], printed[1]))
            if co_signed:
                sig_pieces.insert(0, co_signed)
            j -= 1
        elif msg.signer is None and msg.sender_office is None:
            office = office_line(text)
            if office is None and text[:1] == "(" and text[-1:] == ")":
                office = office_line(text[1:-1].rsplit(", ", 1)[0])      # `(Cabinet Ministers of Tibet, Lhasa)`
            if office:
                msg.sender_office = office        # an office signs: `[Chinese] Embassy in the Soviet Union`
                sig_pieces.insert(0, (lineno, s, e))
                j -= 1
        break
    if msg.signer:
        # above the name: `[signature]`, the signer's post or office (`USSR AMBASSADOR IN THE DPRK`),
        # the authority signed under (`By order of the Minister`), a closing (`Devotedly yours,`)
        for _ in range(3):
            if j <= i + 1:
                break
            lineno, s, e = pieces[j - 1]
            text = lines[lineno - 1][s:e]
            if not (SIGNATURE_MARK_RE.fullmatch(text) or is_position(text) or office_line(text)
                    or is_authority_line(text) or is_closing_line(text)):
                break
            sig_pieces.insert(0, (lineno, s, e))
            j -= 1
    if sig_pieces:
        msg.signature = "\n".join(lines[ln - 1][a:b] for ln, a, b in sig_pieces)
    pieces_body = pieces[i:j] + ([formula_piece] if formula_piece else [])
    msg.body = _joined(pieces_body, lines)
    body_lines = [(ln, lines[ln - 1], s, e) for ln, s, e in pieces_body]
    msg.references = parse_references(body_lines)
    msg.transmit_to = parse_transmit_to(body_lines)
    msg.transmit_from = parse_transmit_from(body_lines)
    msg.quoted_from = parse_quoted_from(body_lines) if msg.transmit_from is None else None
    msg.demands = parse_demands(body_lines)


def _joined(pieces, lines):
    """The text of pieces as printed: a line break where the source breaks a paragraph's lines
    (a hard-wrapped cable, no blank line between), a blank line between paragraphs."""
    out, prev = [], None
    for ln, s, e in pieces:
        if prev is not None:
            out.append("\n" if ln > prev and all(lines[k - 1].strip() for k in range(prev + 1, ln)) else "\n\n")
        out.append(lines[ln - 1][s:e])
        prev = ln
    return "".join(out)


@lru_cache(maxsize=None)
def _label_re():
    """A label alone on its line over the text it names: `Cable:`, `Telegram:`."""
    words = "|".join(re.escape(w) for w in sorted(genre()["message_words"], key=len, reverse=True))
    return re.compile(rf"(?i)^(?:ciphered\s+|coded\s+)?(?:{words})\s*:$")


def _ends_a_wrapped_sentence(text, above):
    """`MEETING.` under `BELOVSKI BEGAN BY ASKING FOR LUERS' VIEWS ON THE BELGRADE`: a word or two
    that close the sentence the line above left open, not a name."""
    if not (text.endswith(".") and len(above) > 40 and above[-1:].isalpha()):
        return False
    words = len(text.split())
    # `ONLY ONE DELEGATION.` under `... REFER TO ACTIVITIES OF`: the line above stops on a word that
    # cannot end a sentence
    return words <= 2 or (words <= 4 and above.rsplit(None, 1)[-1].lower() in OPEN_ENDED_WORDS)


OPEN_ENDED_WORDS = frozenset("of the to and in on for with by a an at from or as that which".split())


def _closes_here(lines, own, k):
    """own[k - 2] is a name alone and own[k - 1] a date: a message was signed and dated there."""
    if k < 2:
        return False
    date = piece_text(lines, own[k - 1])
    return len(date) <= 40 and any(c.isdigit() for c in date) and whole_date(date.strip()) is not None \
        and bare_signature(piece_text(lines, own[k - 2])) is not None


def _cut_top_before(messages, k, child):
    """The top-level message ends before its own piece k, where child (appended) begins."""
    top = messages[0]
    messages.append(child)
    top.line_end = top.own_lines[k - 1][0]
    top.own_lines = top.own_lines[:k]


def _split_signed_sections(messages, lines):
    """Text that goes on under a signed and dated message, at the top level: under `Cable:`, the
    text the signed note covers (`Nie Rongzhen` / `December 29, 1949` / `Cable:` / ...), a child;
    signed and dated in turn, a minute that answers it (`Liu Shaoqi` / `January 22, 1950` / `I
    completely agree ...` / `Mao Zedong` / `January 25, 1950`), a message of its own."""
    top = messages[0]
    own = top.own_lines
    for k in range(len(own) - 1, 1, -1):
        if not _closes_here(lines, own, k):
            continue
        if any(c.line_end >= own[k][0] for c in messages[1:]):
            return          # a quotation below: the document is not a sequence of notes
        if _label_re().match(piece_text(lines, own[k])) and k + 1 < len(own):
            child = ParsedMessage(index=len(messages), parent=0, line_start=own[k][0], line_end=top.line_end,
                                  own_lines=own[k + 1:])
        elif _closes_here(lines, own, len(own)) and len(own) - k > 2:
            child = ParsedMessage(index=len(messages), parent=None, line_start=own[k][0], line_end=top.line_end,
                                  own_lines=own[k:], answers=0)
        else:
            continue
        _cut_top_before(messages, k, child)
        return


@lru_cache(maxsize=None)
def _document_title_re():
    """A document's kind alone on its line, as it heads an enclosed one: `Official note`, `Report`."""
    types = alternation("doc_types")
    return re.compile(rf"(?i)^(?:official\s+|secret\s+)?(?:{types})(?:\s+(?:No\.?|N[º°]\.?)\s*[\w/\-]+)?\.?$")


def _split_enclosed_document(messages, lines):
    """A document enclosed after the note that covers it, opened by where and when it was written
    and its kind (`Pyongyang, 15 July 1951` / `Official note`): a child, dated there."""
    top = messages[0]
    own = top.own_lines
    for k in range(2, len(own) - 2):
        text = piece_text(lines, own[k])
        place = PLACE_DATE_RE.match(text) if "," in text[:40] else None
        if not (place and whole_date(text, place.end()) and _document_title_re().match(piece_text(lines, own[k + 1]))):
            continue
        if any(c.line_end >= own[k][0] for c in messages[1:]):
            return
        child = ParsedMessage(index=len(messages), parent=0, line_start=own[k][0], line_end=top.line_end,
                              own_lines=own[k + 2:], date_text=text[place.end():].strip(" ,.;"), date_line=own[k][0])
        _cut_top_before(messages, k, child)
        return


def _split_minute_above(messages, lines):
    """A reader's instruction written above the address, before the message itself (`Please have
    the Second Asia Department study and handle this.` / `[To] the Ministry of Foreign Affairs:`):
    a minute of its own that answers the message under it."""
    top = messages[0]
    own = top.own_lines
    first, second = piece_text(lines, own[0]), piece_text(lines, own[1])
    if first[-1:] not in ".!" or second[-1:] not in ":!" or first[:1] == "[" or _ends_message(first):
        return
    if match_salutation(lines[own[0][0] - 1], own[0][1], own[0][2]) is not None \
            or match_salutation(lines[own[1][0] - 1], own[1][1], own[1][2]) is None:
        return
    if any(c.line_start <= own[1][0] for c in messages[1:]):
        return
    messages.append(ParsedMessage(index=len(messages), parent=None, line_start=own[0][0], line_end=own[0][0],
                                  own_lines=own[:1], answers=0))
    top.own_lines = own[1:]
    top.line_start = own[1][0]


# the editor's numbered footnotes under a State Department telegram: `  1. Supra.`, `- Nikolay ... ↩`
NUMBERED_FOOTNOTE_RE = re.compile(r"^(?:\s+\d{1,2}\.\s+\S|-\s+\S.*↩\s*$)")
# the telegram's number and whom it is for, opening its text: `618. For Muccio. This telegram ...`
# `618. For Muccio.`, `396. Eyes only for Ambassador Lodge from the President.`, `2399. Exclusive for
# William Bundy from McGeorge Bundy.`: whom it is for, and from whom
_LEAD_NAME = r"(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
@lru_cache(maxsize=None)
def _lead_number_re():
    """The telegram's number opening its text, a delegation's series before it (`Secto 228.`:
    genre.yml telegram_series)."""
    series = alternation("telegram_series")
    return re.compile(rf"^(?P<num>(?:(?:{series})\s+)?\d{{1,6}})\.\s+(?:(?:Personal\s+for|Eyes\s+only\s+for|Exclusive\s+for|For|Eyes\s+only)\s+"
                      rf"(?P<to>{_LEAD_NAME}(?:\s+and\s+{_LEAD_NAME})?)(?:\s+from\s+(?P<from>{_LEAD_NAME}))?\.(?=\s|$))?"
                      # `8271. Subj: (S) Party Document Suggests ...`: the subject, its secrecy's letter first
                      r"(?:Subj(?:ect)?:\s*(?:\((?P<mark>TS|S|C|U|LOU)\)\s*)?(?P<subject>[^\n]{3,300}?)\.?"
                      r"(?:\s+Ref(?:erence)?s?:\s.*)?$)?")      # `Subject: ... . Reference: USNATO 2590.`


def _names_a_post_only(text):
    """`Ambassador`, `Acting Secretary`, `Vice President`: a post, and no one's name."""
    g = genre()
    words = text.lower().split()
    return text.lower() in g["titles_set"] or (
        bool(words) and all(w in g["positions"] or w in g["post_modifiers"] for w in words))


OFFICE_SYMBOL_RE = re.compile(r"[A-Z]{2,4}")


def _without_office_symbol(ref):
    """`Personal for Thompson EE`: the name without the office's symbol after it (EE, EUR, FE)."""
    words = ref.surface.text.split()
    if len(words) > 1 and OFFICE_SYMBOL_RE.fullmatch(words[-1]) and not words[-2].isupper():
        text = ref.surface.text[:ref.surface.text.rindex(" ")]
        return NameRef(Span(text, ref.surface.line, ref.surface.char_start, ref.surface.char_start + len(text)), ref.bracket)
    return ref


MARK_LETTERS = {"TS": "Top Secret", "S": "Secret", "C": "Confidential", "U": "Unclassified", "LOU": "Limited Official Use"}


def footnotes_start(lines):
    """The line number (1-based) where the editor's numbered footnotes begin under the text, as a
    State Department telegram prints them (indented `  1. ...`, their quotations indented too,
    or `- ... ↩`); len(lines) + 1 when there are none."""
    start = len(lines) + 1
    k = len(lines)
    while k >= 1:
        line = lines[k - 1]
        if not line.strip() or line[:1] in " \t" or NUMBERED_FOOTNOTE_RE.match(line):
            if NUMBERED_FOOTNOTE_RE.match(line):
                start = k
            k -= 1
            continue
        break
    return start


def lead_number(lines, msg, header):
    """`618. For Muccio. ...`: the telegram's number, and whom it is for, at the start of its text;
    `8271. Subj: (S) ...`: its subject and secrecy, read into the header."""
    for lineno, s, e in msg.own_lines:
        m = _lead_number_re().match(lines[lineno - 1], s, e)
        if m:
            msg.number = msg.number or m.group("num")
            first = msg.demands[0] if msg.demands else None
            if first and first.label == m.group("num") and first.line_start == first.line_end == lineno:
                # `78. Your 101, ... Department requests him to ...`: the telegram's number, not a list's
                # first point; its sentences are read as any others
                after = s + ITEM_RE.match(lines[lineno - 1][s:e]).start("text")
                msg.demands[:1] = parse_demands([(lineno, lines[lineno - 1], after, e)])
            if m.group("subject"):
                header.subject = header.subject or m.group("subject")
                header.lines.setdefault("subject", lineno)
            if m.group("mark"):
                header.classification = header.classification or MARK_LETTERS[m.group("mark")]
            line = lines[lineno - 1]
            named = lambda group: [_without_office_symbol(r)  # noqa: E731
                                   for r in parse_name_list(line, lineno, m.start(group), m.end(group))
                                   if not _names_a_post_only(r.surface.text)]
            if m.group("to") and not msg.to:
                msg.to.extend(named("to"))      # `1149. For Ambassador.`: a post, no one named; `for Ambassador Lodge`
            if m.group("from") and msg.signer is None:
                sender = named("from")          # `from the President`: a post, no one named
                msg.signer = sender[0] if sender else None
        return


ADDRESS_MARK_RE = re.compile(r"\((?P<mark>[A-Za-z][A-Za-z ]{2,30})\)\.?")


def parse_messages(lines, first_line, problems, skip=frozenset()):
    messages = segment(lines, first_line, problems, skip)
    if len(messages[0].own_lines) > 4:
        _split_signed_sections(messages, lines)
        _split_enclosed_document(messages, lines)
    if len(messages[0].own_lines) > 2:
        _split_minute_above(messages, lines)
    for msg in messages:
        parse_parts(msg, lines, problems)
    if len(messages) > 1:
        _offices_quoted(messages, lines)
    return messages


# `I have just received the following secret communication from the Foreign Office:`: who wrote
# the quotation under it, an office
FROM_OFFICE_RE = re.compile(r"\bthe\s+following\s+(?:[a-z]+\s+){0,3}(?:communication|message|note|telegram|letter|reply|"
                            r"statement|text|answer)\s+(?:from|of)\s+(?:the\s+)?(?P<office>[A-Z][\w ]{2,60}?)\s*:\s*$")


def _offices_quoted(messages, lines):
    """An enclosed message that names no sender, under a line that says an office sent it: that
    office sent it."""
    for m in messages:
        child = next((c for c in messages if c.parent == m.index), None)
        if child is None or child.signer or child.sender_office:
            continue
        for lineno, s, e in m.own_lines:
            if lineno >= child.line_start:
                break
            found = FROM_OFFICE_RE.search(lines[lineno - 1], s, e) if "following" in lines[lineno - 1][s:e] else None
            if found and names_an_office(found.group("office")):
                child.sender_office = found.group("office")
