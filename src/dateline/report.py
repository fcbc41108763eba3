"""A readable Markdown report of one article record, for a person at a terminal."""

from __future__ import annotations

import re

from .record import Article

_TYPE_ORDER = ["PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "OTHER"]


# Characters a terminal acts on instead of showing: C0 controls (ESC starts "ESC ]0;" window titles
# and "ESC [2J" screen clears), DEL, C1 controls (0x9b is a one-byte CSI), and the bidirectional
# overrides and isolates that reorder what is shown. Line breaks and tabs are handled by each caller.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """Text from an article (or a file name) as it may be printed: every control character shown as
    an escape (``\\x1b``) instead of acting on the terminal; newlines and tabs kept."""
    return _CONTROL.sub(_visible, text)


def json_line(data: object, indent: int | None = None) -> str:
    """JSON for a terminal or a pipe: still valid JSON, with C1 controls and bidi overrides escaped
    (json escapes only C0 controls itself)."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _md(text: str) -> str:
    """Article text is untrusted: keep it from turning into Markdown structure or HTML,
    or into terminal control sequences."""
    out = terminal_safe(text).replace("\\", "\\\\")
    for ch in "`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _paragraphs(text: str) -> list[str]:
    return [_md(p) for p in text.split("\n\n") if p.strip()]


# The end of a sentence (a stop, perhaps closing quotes or brackets, then space) or of a paragraph.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n\s*\n")


def sentence(text: str, start: int, end: int) -> str:
    """The sentence(s) of ``text`` around ``text[start:end]``: from the end of the sentence before
    it to the end of the one it ends in (what a reader is shown beside a quote or a fact)."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, max(end - 1, begin))
    stop = after.start() + len(after.group().rstrip()) if after else len(text)
    return text[begin:stop].strip()


def _place(a: Article) -> str:
    src = a.source.url or a.source.path or "-"
    return f"{src}, article {a.source.index + 1}" if a.source.index else src


def markdown(a: Article, *, body_chars: int | None = None) -> str:
    """The record as a reading aid: metadata, warnings first, the whole text, then each quote and event
    beside the sentence it came from (no offsets), dates, names, and the claims that add something
    (denials, responses). ``body_chars`` cuts the text (None: the whole text)."""
    names = {e.id: e.name for e in a.entities}
    lines = [f"# {_md(a.title or '(untitled)')}", ""]
    meta = [
        ("source", _place(a)),
        ("published", a.published.value if a.published else "unknown"),
        ("dateline", a.dateline.place if a.dateline else "-"),
        ("byline", a.byline or "-"),
        ("language", a.language),
        ("id", a.id),
    ]
    lines += [f"- **{k}**: {_md(str(v))}" for k, v in meta]
    if a.warnings:
        lines += ["", "## Warnings", ""] + [f"- {_md(w)}" for w in a.warnings]
    if a.summary:
        lines += ["", "## Summary", ""] + [f"- {_md(s)}" for s in a.summary]
    text = a.text
    cut = body_chars is not None and len(text) > body_chars
    if cut:
        text = text[: body_chars or 0].rsplit(" ", 1)[0] + " …"
    lines += ["", "## Text", ""]
    for p in _paragraphs(text):
        lines += [p, ""]
    if cut:
        lines += [f"(text cut at {body_chars} of {len(a.text)} characters)", ""]
    if a.captions:
        lines += ["## Captions", ""] + [f"- {_md(c.text)} ({_md(c.credit or 'no credit')})" for c in a.captions]
        lines.append("")
    if a.quotes:
        lines += ["## Who said what", ""]
        for q in a.quotes:
            sp = q.speaker
            who = sp.name or sp.descriptor or "speaker not found"
            if sp.anonymous:
                who += " (unnamed source)"
            how = [q.kind, *(x for x in (q.cue, q.channel) if x)]
            if sp.basis:
                how.append(f"speaker by {sp.basis}")
            if q.reported_by and q.reported_by.name:
                how.append(f"reported by {q.reported_by.name}")
            lines.append(f"- **{_md(who)}** ({_md(', '.join(how))}): “{_md(q.text)}”")
            context = sentence(a.text, q.start, q.end)
            if q.kind != "direct" and context and context != q.text:
                lines.append(f"  > {_md(context)}")
        lines.append("")
    if a.events:
        lines += ["## What happened", ""]
        for ev in a.events:
            who = ", ".join(names.get(x, x) for x in ev.actors) or ", ".join(d.text for d in ev.actor_descriptors)
            whom = ", ".join(names.get(x, x) for x in ev.recipients)
            flags = [f for f, on in (("did not happen", ev.negated), ("may happen", ev.hypothetical)) if on]
            facts = [f"{who or 'actor not stated'}{' → ' + whom if whom else ''}"]
            facts.append(f"in {ev.location.name}" if ev.location else "place not stated")
            facts.append(f"on {ev.date.value}" if ev.date else "date not stated")
            for c in ev.casualties:
                n = "?" if c.count is None else f"{c.count}{'–' + str(c.count_max) if c.count_max else ''}"
                facts.append(f"{n} {c.group or ''} {c.status}".replace("  ", " "))
            head = f"**{ev.type}** “{_md(ev.trigger)}”{' (' + ', '.join(flags) + ')' if flags else ''}"
            lines.append(f"- {head}: {_md('; '.join(facts))}")
            lines.append(f"  > {_md(a.text[ev.evidence.start : ev.evidence.end])}")
        lines.append("")
    if a.timexes:
        lines += ["## When", ""]
        for t in a.timexes:
            value = t.value or "not resolved"
            if t.end_value:
                value += f" to {t.end_value}"
            lines.append(f"- {_md(t.text)} → {_md(value)}")
        lines.append("")
    if a.entities:
        lines += ["## Names", "", "| type | name | also | roles | mentions | place |", "|---|---|---|---|---|---|"]
        for e in sorted(a.entities, key=lambda e: (_TYPE_ORDER.index(e.type), -len(e.mentions))):
            geo = (
                f"{e.geo.country_code} ({e.geo.lat:.2f}, {e.geo.lon:.2f})"
                if e.geo and e.geo.lat is not None
                else (e.geo.country_code or "" if e.geo else "")
            )
            lines.append(
                f"| {e.type} | {_md(e.name)} | {_md(', '.join(e.aliases))} | {_md(', '.join(e.roles))}"
                f"{' (' + _md(e.affiliation) + ')' if e.affiliation else ''} | {len(e.mentions)} | {geo} |"
            )
        lines.append("")
    # a claim adds something beside the quotes only as a denial or as an answer to another claim
    telling = [c for c in a.claims if c.stance == "denies" or c.responds_to]
    if telling:
        by_id = {c.id: c for c in a.claims}
        lines += ["## Denials and responses", ""]
        for cl in telling:
            who = cl.claimant_name or names.get(cl.claimant or "", "someone")
            answered = by_id.get(cl.responds_to or "")
            answer = ""
            if answered:
                answer = f", answering {_md(answered.claimant_name or 'a claim')}: “{_md(answered.text)}”"
            lines.append(f"- **{_md(who)}** {cl.stance}{answer}: “{_md(cl.text)}”")
        lines.append("")
    return "\n".join(lines)
