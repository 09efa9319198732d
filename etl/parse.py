"""Text in, typed records out. Pure: no database, no authority files, no I/O beyond the text given."""
import hashlib
import re

from .dates import whole_date
from .parse_header import parse_header, source_note_marks
from .parse_messages import footnotes_start, lead_number, parse_messages
from .parse_names import find_titled_names
from .genre import post_city
from .parse_references import cable_references, settle_office_references
from .parse_signature import labelled_stamps
from .records import ParsedDocument, Span

TERM_RE = re.compile(r"\b(?P<term>[A-Z]{2,6})\s*\[(?P<exp>[^\]\n]{3,80})\]")
EXCERPT_RE = re.compile(r"\[(?:\.\.\.|…|(?:matter|text) omitted)\]")      # `[…]`, `[matter omitted]`


def split_lines(text):
    """Lines as numbered in the file: CRLF and CR are line ends too."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _sole_quotation(messages):
    """A text that is one quotation and nothing else (under the editor's headnote, `"In the
    region of ... The inquiry is continuing."`) is the message itself, not a message it quotes."""
    top = messages[0]
    children = [m for m in messages if m.parent == 0]
    if len(children) != 1 or top.body.strip() or top.signer or top.salutation or top.sender_office:
        return messages

    def shifted(index):         # the top message goes: the others move up one, its child becomes the top
        return index - 1 if index else None

    for m in messages[1:]:
        m.index, m.parent, m.answers = m.index - 1, shifted(m.parent), shifted(m.answers)
    return messages[1:]


def _messages(lines, header, problems):
    """The messages under the header; a State Department telegram's (`795.00/6–2550: Telegram`)
    without the editor's numbered footnotes under it, with its number and addressee from the
    text's opening (`618. For Muccio.`) and the posts of its heading where it names no one."""
    if not header.filed:
        messages = _sole_quotation(parse_messages(lines, header.first_body_line, problems, header.skip_lines))
        settle_office_references(messages, header.sender_office if header.cable else None)   # `FM AMEMBASSY PRAGUE`
        return messages
    notes_at = footnotes_start(lines)
    source_note_marks(header, lines, notes_at)          # `1. Source: ... Secret; Immediate; Exdis.`
    text_lines = lines[:notes_at - 1]
    messages = parse_messages(text_lines, header.first_body_line, problems, header.skip_lines)
    top = messages[0]
    lead_number(text_lines, top, header)
    settle_office_references(messages, header.issuer)
    if header.to_office and not top.to_office and not top.to:
        top.to_office = header.to_office
    if header.issuer and top.signer is None and header.author is None and not top.sender_office:
        top.sender_office = header.issuer       # `The Secretary of State to ...`, unsigned
    return messages


SUBJECT_LINE_RE = re.compile(r"(?i)^subj(?:ect)?:\s+(?P<subject>\S.*?)\.?$")


def _subject_under(lines, header, top):
    """`Subject: KWP’s 6th Congress` among the first lines of the text, under its address or a
    line that names the telegram it follows: the document's subject, unless the heading gave one
    (the line stays in the text)."""
    for lineno, s, e in top.own_lines[:3]:
        m = SUBJECT_LINE_RE.match(lines[lineno - 1], s, e) if lines[lineno - 1][s:s + 4].lower() == "subj" else None
        if m:
            header.subject = m.group("subject")
            header.lines.setdefault("subject", lineno)
            return


# `352 – SATURDAY – 1915hs – I request ...`: the telegram's number, the weekday and the hour it was written
WEEKDAY_LEAD_RE = re.compile(r"(?P<num>\d{1,5})\s+[–—-]\s+(?:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)"
                             r"\s+[–—-]\s+\d{1,2}\s*h?s?\s*\d{0,2}\s*h?r?s?\s+[–—-]\s")


def _weekday_lead(lines, top):
    for lineno, s, e in top.own_lines[:1]:
        m = WEEKDAY_LEAD_RE.match(lines[lineno - 1], s, e)
        if m:
            top.number = top.number or m.group("num")


def _stamps_under(lines, header):
    """A cable whose heading has no stamps may print them, labelled, under its signature
    (`Received: 4 November at 19:25; printed: 5 November at 0:55`): read as the heading's."""
    for lineno in range(len(lines), max(0, len(lines) - 15), -1):
        stamps = labelled_stamps(lines[lineno - 1].strip())
        if stamps:
            for kind, value in stamps.items():
                setattr(header, f"{kind}_text", value)
                header.lines[kind] = lineno
            header.stamps_under = bool(stamps)
            return


def parse_document(text, source_file):
    """Parse one telegram's text. Problems the build can tolerate are returned, not raised."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = split_lines(text)
    if lines and lines[-1] == "":
        lines.pop()
    problems = []
    header = parse_header(lines)
    messages = _messages(lines, header, problems)
    if header.author and messages[0].signer is None:
        messages[0].signer = header.author      # a report's author, named under its issuer
    if header.to and not messages[0].to:
        messages[0].to = header.to      # `To: [Aleksander] KRAJEWSKI1, Urgent`
    title = header.title
    if title and title.to_office and header.to_office == title.to_office and not messages[0].to_office:
        messages[0].to_office = title.to_office     # `Telegram, Embassy of Hungary ... to the Hungarian Foreign Ministry`
    if header.sender_office and not (messages[0].signer or messages[0].sender_office):
        messages[0].sender_office = header.sender_office        # `From: the Romanian Embassy in Pyongyang`
    if header.cable and header.sent_to_text and not (messages[0].to or messages[0].to_office):
        messages[0].to_office = header.sent_to_text         # `TO SECSTATE WASHDC`
    if header.ref_lines:        # `REF: STATE 297316`: the telegrams a cable answers
        own = post_city(header.origin.text) if header.origin else None
        department = own == post_city("SECSTATE WASHDC")
        for lineno in header.ref_lines:
            text = lines[lineno - 1]
            messages[0].references.extend(cable_references(lineno, text, 0, len(text.rstrip()), own, department))
    if header.sent_text is None and header.received_text is None:
        _stamps_under(lines, header)
    if header.subject is None:
        _subject_under(lines, header, messages[0])
    if messages[0].number is None:
        _weekday_lead(lines, messages[0])
    if header.classification is None and messages[0].address_mark:
        header.classification = messages[0].address_mark    # `To Ambassador Jiao [Ruoyu]: (Secret)`
    dateline = header.date_text is not None       # `5 November 1962` over the text: a header of one line
    if header.date_text is None:      # a date on a line of its own near the top (under a subtitle)
        signed = {m.date_line for m in messages}
        for lineno, line in enumerate(lines[:15], start=1):
            if lineno in signed:
                continue
            content = line.strip().strip("#").strip()
            if content and whole_date(content):
                header.date_text, header.lines["date"] = content.strip(" ,.;"), lineno
                break
    terms, titled = [], []
    for lineno, line in enumerate(lines, start=1):
        titled.extend(find_titled_names(line, lineno))
        for m in TERM_RE.finditer(line) if "[" in line else ():
            exp = m.group("exp").strip()
            if " or " in exp:
                continue
            terms.append((Span(m.group("term"), lineno, m.start("term"), m.end("term")),
                          Span(exp, lineno, m.start("exp"), m.start("exp") + len(exp))))
    if not (header.doc_type or header.issuer or header.origin or header.sent_to_text or header.number
            or header.sent_text or header.received_text or messages[0].salutation or dateline
            or header.priority or header.classification or header.author):
        problems.append((1, "no-header", "no recognizable header (issuer, document type, stamps) and no address line"))
    return ParsedDocument(
        source_file=source_file,
        text=text,
        lines=lines,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        header=header,
        messages=messages,
        is_excerpt=bool(EXCERPT_RE.search(text)) or bool(title and title.excerpt),
        term_expansions=terms,
        titled_names=titled,
        problems=problems,
    )
