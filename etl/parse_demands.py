"""Points a message puts forward: numbered or lettered items and requests in a sentence of their own.

The hierarchy comes from the labels (a lettered item belongs to the numbered item before
it), never from indentation, which the sources print inconsistently."""
import re
from functools import lru_cache

from .genre import genre
from .records import ParsedDemand
from .text import needles

# `1.`, `2)`, `a.`, `b)`, and in parentheses as Chinese cables number them: `(1)`, `(a)`
ITEM_RE = re.compile(r"^\s*(?:[-*•–]\s+)?(?:(?P<label>\d{1,2}|[a-z])[.)]|\((?P<parenthesized>\d{1,2}|[a-z])\))\s+(?P<text>\S.*)$")
SENTENCE_END_RE = re.compile(r"[.!?][\"”»)]?\s+(?=[A-Z\"“«(])")


def split_sentences(text):
    """Sentences of a paragraph; a full stop after an initial or a title (`Cde.`) ends none."""
    abbreviations = genre()["abbreviations_set"]
    out, start = [], 0
    for m in SENTENCE_END_RE.finditer(text):
        words = text[start:m.start()].split()
        last = words[-1].lower() if words else ""
        if text[m.start()] == "." and (last in abbreviations or (len(last) == 1 and last.isalpha())):
            continue
        out.append(text[start:m.end()].strip())
        start = m.end()
    if text[start:].strip():
        out.append(text[start:].strip())
    return out
CONDITIONAL_START = re.compile(r"^(?:if|when|since|once|should|unless|although|as concerns)\b", re.I)


@lru_cache(maxsize=None)
def _phrase_re(group, kind):
    phrases = genre()[group][kind]
    # wording that introduces a list counts inflected ("Comrade X requests:"); a sentence of its
    # own must say it in the present ("I ask you", not "I asked him")
    ending = r"(?:s|es|d|ed|ing)?" if group == "demand_kinds" else ""
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")" + ending + r"\b", re.I)


# the wording inside a condition asks nothing (`if you consider it advisable, a code clerk`), nor
# does a purpose (`in order that you may be able to ...`)
CONDITION_BEFORE_RE = re.compile(r"(?i)\b(?:if|unless|whether)\s+(?:you|we|they|he|she|it)\s+$")
PURPOSE_RE = re.compile(r"(?i)\bin\s+order\s+that\b")


def kind_of(text, reported=True):
    """`request`, `proposal` or `decision` from the wording, or None. reported=False: a point's own
    text, where a request or proposal told in the past (`asked for a conversation`, `as suggested`)
    is something that happened, not what the point asks."""
    for kind in ("decision", "proposal", "request"):
        phrases = genre()["demand_kinds"][kind]
        for m in _phrase_re("demand_kinds", kind).finditer(text):
            word = m.group().lower()
            if not reported and kind != "decision" and word.endswith("ed") and word not in phrases:
                continue
            if not reported and word in ("proposal", "proposals") and m.start() > 0:
                continue        # `SED CC proposals about ...`, `a mediation proposal by U Thant`: someone's, told of
            if not (CONDITION_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
                    or PURPOSE_RE.match(text, max(0, m.start() - 3), m.end())):
                return kind
    return None


@lru_cache(maxsize=None)
def _sentence_needles():
    return needles(p for kind in genre()["demand_sentence_verbs"].values() for p in kind)


BRACKETED_WORD_RE = re.compile(r"\[(\w+)\]")     # `[I] request`: the pronoun the translator supplied
EDITORS_WORDS_RE = re.compile(r"\[[^\]\n]*\]")   # `For details [please see] the report`: the editor's, not the sender's


def sentence_kind(sentence):
    if "[" in sentence:
        sentence = EDITORS_WORDS_RE.sub("", BRACKETED_WORD_RE.sub(r"\1", sentence))
    if CONDITIONAL_START.match(sentence) or sentence.rstrip().endswith(":"):
        return None
    folded = sentence.casefold()
    if not any(n in folded for n in _sentence_needles()):
        return None
    for kind in ("decision", "proposal", "request"):
        if _phrase_re("demand_sentence_verbs", kind).search(sentence):
            return kind
    return None


# `1289. 1. Unless you perceive ...`: the telegram's number, then its first point
LEAD_THEN_ITEM_RE = re.compile(r"\d{2,6}\.\s+(?=(?:\d{1,2}|[a-z])[.)]\s|\(\d{1,2}\)\s)")


BARE_LABEL_RE = re.compile(r"^\s*(?:\d{1,2}|[a-z])[.)]\s*$|^\s*\((?:\d{1,2}|[a-z])\)\s*$")


def _labels_joined(body_lines):
    """The lines, a label alone on its line (`4.` / `Unless you object, ... I propose ...`) joined to
    the text under it, read as on the text's line."""
    body_lines = list(body_lines)
    for k, (lineno, line, start, end) in enumerate(body_lines):
        if k + 1 < len(body_lines) and BARE_LABEL_RE.match(line, start, end):
            nxt_no, nxt, a, b = body_lines[k + 1]
            if not ITEM_RE.match(nxt[a:b]):
                joined = line[start:end].strip() + " " + nxt[a:b]
                body_lines[k + 1] = (nxt_no, joined, 0, len(joined))
                continue
        yield lineno, line, start, end


def parse_demands(body_lines):
    """[(lineno, line, start, end)] of a message's own text -> [ParsedDemand]."""
    demands = []
    if body_lines and body_lines[0][1][body_lines[0][2]:body_lines[0][2] + 1].isdigit():
        lineno, line, start, end = body_lines[0]
        lead = LEAD_THEN_ITEM_RE.match(line, start, end)
        if lead:
            body_lines = [(lineno, line, lead.end(), end)] + list(body_lines[1:])
    intro_kind = None
    last_number = None
    current = None
    prev_lineno = None
    in_note = False     # inside an archivist's note running over lines (`[handwriting: "Please show to Cdes.` / ...)
    for lineno, line, start, end in _labels_joined(body_lines):
        text = line[start:end]
        if in_note or (text[:1] == "[" and text.count("[") > text.count("]")):
            in_note = text.count("]") < text.count("[") + in_note
            current = None
            continue
        m = ITEM_RE.match(text)
        if m:
            label = m.group("label") or m.group("parenthesized")
            item_text = m.group("text").strip()
            if label.isdigit():
                path, parent = label, None
                last_number = label
            else:
                parent = last_number
                path = f"{parent}.{label}" if parent else label
            parent_kind = next((d.kind for d in reversed(demands) if d.path == parent), None) if parent else None
            if m.group("parenthesized") and not (intro_kind or parent_kind):
                # `(1)`, `(2)` also number a report's sections: a point only when it asks in so many
                # words (`(2) Please inform Comrade Ding.`), not for a `must` or a `decided` in passing
                kind = next(filter(None, map(sentence_kind, split_sentences(item_text))), None)
            else:
                kind = intro_kind or parent_kind or kind_of(item_text, reported=False)
            if kind is None:
                current = None
                continue
            current = ParsedDemand(label, path, parent, kind, item_text, lineno, lineno)
            demands.append(current)
            prev_lineno = lineno
            continue
        if current is not None and prev_lineno is not None and lineno == prev_lineno + 1:
            current.text += " " + text.strip()     # an item's text running onto the next line
            current.line_end = lineno
            prev_lineno = lineno
            continue
        current = None
        last_number = None
        intro_kind = kind_of(text) if text.rstrip().endswith(":") else None
        for sentence in split_sentences(text):
            kind = sentence_kind(sentence)
            if kind:
                demands.append(ParsedDemand(None, None, None, kind, sentence.strip(), lineno, lineno))
    return demands
