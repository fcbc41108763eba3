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


def markdown(a: Article, *, body_chars: int = 400) -> str:
    lines = [f"# {_md(a.title or '(untitled)')}", ""]
    meta = [
        ("id", a.id),
        ("source", f"{a.source.path or a.source.url or '-'} #{a.source.index}"),
        ("published", a.published.value if a.published else "unknown"),
        ("dateline", a.dateline.place if a.dateline else "-"),
        ("byline", a.byline or "-"),
        ("language", a.language),
    ]
    lines += [f"- **{k}**: {_md(str(v))}" for k, v in meta]
    if a.summary:
        lines += ["", "## Summary", ""] + [f"- {_md(s)}" for s in a.summary]
    if a.captions:
        lines += ["", "## Captions", ""] + [f"- {_md(c.text)} ({_md(c.credit or 'no credit')})" for c in a.captions]
    if a.entities:
        lines += [
            "",
            "## Entities",
            "",
            "| type | name | aliases | roles | mentions | place |",
            "|---|---|---|---|---|---|",
        ]
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
    if a.quotes:
        lines += ["", "## Who said what", ""]
        for q in a.quotes:
            sp = q.speaker
            who = sp.name or sp.descriptor or "unknown speaker"
            if sp.anonymous:
                who += " (unnamed source)"
            how = ", ".join(x for x in (q.cue, q.channel) if x)
            lines.append(f"- **{_md(who)}** — {q.kind}{' (' + _md(how) + ')' if how else ''} @{q.start}: {_md(q.text)}")
    if a.timexes:
        lines += ["", "## When", ""]
        for t in a.timexes:
            value = t.value or "unresolved"
            if t.end_value:
                value += f" to {t.end_value}"
            lines.append(f"- {_md(t.text)} → {_md(value)} ({t.anchor})")
    names = {e.id: e.name for e in a.entities}
    if a.events:
        lines += ["", "## What happened", ""]
        for ev in a.events:
            who = ", ".join(names.get(x, x) for x in ev.actors) or "?"
            whom = ", ".join(names.get(x, x) for x in ev.recipients)
            where = f" in {_md(ev.location.name)}" if ev.location else ""
            when = f" on {ev.date.value}" if ev.date else ""
            flags = [f for f, on in (("not", ev.negated), ("maybe", ev.hypothetical)) if on]
            tolls = "; ".join(f"{c.count}{'-' + str(c.count_max) if c.count_max else ''} {c.group or ''} {c.status}"
                              for c in ev.casualties)  # fmt: skip
            lines.append(
                f"- **{ev.type}**{' (' + ', '.join(flags) + ')' if flags else ''} {_md(ev.trigger)}: {_md(who)}"
                f"{' → ' + _md(whom) if whom else ''}{where}{when}{' — ' + _md(tolls) if tolls else ''}"
            )
    if a.claims:
        lines += ["", "## Claims", ""]
        for c in a.claims:
            answer = f" (answers {c.responds_to})" if c.responds_to else ""
            who = c.claimant_name or names.get(c.claimant or "", "?")
            lines.append(f"- {c.id} **{_md(who)}** {c.stance}{answer}: {_md(c.text)}")
    if a.warnings:
        lines += ["", "## Warnings", ""] + [f"- {_md(w)}" for w in a.warnings]
    body = a.text if len(a.text) <= body_chars else a.text[:body_chars].rsplit(" ", 1)[0] + " …"
    lines += ["", f"## Text ({len(a.text)} characters)", "", _md(body), ""]
    return "\n".join(lines)
