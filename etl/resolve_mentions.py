"""Mentions of people, places and terms, with exact positions: `line[char_start:char_end] == surface`."""
import bisect
import re


def _form_pattern(form):
    parts = []
    for ch in form:
        if ch.isspace():
            parts.append(r"[ \t]+")       # never across lines: a mention lies within one line
        elif ch == ".":
            parts.append(r"\.[ \t]*")
        elif ch in "-‐":
            parts.append(r"[-‐]?")
        else:
            parts.append(re.escape(ch))
    pat = "".join(parts)
    pat = pat.replace(r"[ \t]*[ \t]+", r"[ \t]+")
    return pat


class MentionFinder:
    """One regex over every known form; proper names must start with a capital in the text."""

    def __init__(self, name_forms, term_forms):
        self.name_forms = {k.casefold(): v for k, v in name_forms.items()}
        self.term_forms = dict(term_forms)
        self._names = self._compile(name_forms, re.I)
        self._terms = self._compile(term_forms, 0)
        self._ids = {}

    @staticmethod
    def _compile(forms, flags):
        if not forms:
            return None
        alts = sorted({_form_pattern(f) for f in forms}, key=len, reverse=True)
        return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", flags)

    def _name_id(self, surface):
        if surface not in self._ids:
            self._ids[surface] = self._lookup(surface)
        return self._ids[surface]

    def _lookup(self, surface):
        key = re.sub(r"\s+", " ", surface).casefold()
        if key in self.name_forms:
            return self.name_forms[key]
        squeezed = re.sub(r"\.\s*", ". ", key).strip()
        for k, v in self.name_forms.items():
            if re.sub(r"\.\s*", ". ", k).strip() == squeezed or k.replace("-", "") == key.replace("-", ""):
                return v
        return None

    def find_in_lines(self, lines):
        """{line number: [(entity_type, entity_id, char_start, char_end)]} for a whole document,
        searched in one pass over its text."""
        text = "\n".join(lines)
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        out = {}
        for etype, eid, s, e in self.find(text):
            i = bisect.bisect_right(starts, s) - 1
            out.setdefault(i + 1, []).append((etype, eid, s - starts[i], e - starts[i]))
        return out

    def find(self, line):
        """[(entity_type, entity_id, char_start, char_end)] in a text, without overlaps."""
        found = []
        if self._names:
            for m in self._names.finditer(line):
                if m.group(0)[0].islower():
                    continue
                ent = self._name_id(m.group(0))
                if ent:
                    found.append((ent[0], ent[1], m.start(), m.end()))
        if self._terms:
            for m in self._terms.finditer(line):
                term = self.term_forms.get(m.group(0))
                if term:
                    found.append(("term", term, m.start(), m.end()))
        found.sort(key=lambda f: (f[2], -(f[3] - f[2])))
        out, last_end = [], -1
        for f in found:
            if f[2] >= last_end:
                out.append(f)
                last_end = f[3]
        return out
