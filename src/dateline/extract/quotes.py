"""Quotes: direct, partial and indirect, each with its speaker, cue and channel.

A spaCy component (``dateline_quotes``) that runs after the entity layer:

1. ``quotemarks.find_quoted`` pairs the quotation marks (linear, parser-free).
2. Each quoted passage finds its attribution: a reporting verb after it
   ("..." he said), before it (he said: "..."), or, for a phrase inside the
   writer's sentence, the reporting verb that governs it ("accusing the rebels of
   ... a 'shadow economy'"), or a transcript's label ('"MORALES: ...'), or failing
   that the paragraph's current speaker, or (a weak guess, basis ``fallback``) the
   named subject of the sentence just before it.
   Passages with no attribution that read like titles, themes or names
   (capitalised words, no verb; "the theme is '...'") are not quotes.
3. Reporting verbs outside quotation marks that govern a clause give indirect
   speech ("X said (that) ...", "X accused Y of ...", "according to X, ...").
4. ``speakers.SpeakerResolver`` turns each attribution's subject into a speaker,
   in reading order, so pronouns and descriptions find who they stand for, and
   records how (``speaker.basis``); a quote passed on by someone else ("he said
   '...', the prosecutor's office said") keeps its speaker and names the relayer
   in ``reported_by``. Parse questions about one attribution (subject, employer,
   issuer, relaying verb, first-name gender) live in ``attribution.py``.

Reporting verbs, channels and source words are data (speech.yaml,
channels.yaml, sources.yaml).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from .. import rules
from ..record import Entity, Offsets, Quote, Relayer, Speaker
from ..settings import defaults
from .attribution import is_form, reporting_head
from .attribution import subject as _subject
from .context import ArticleContext, article_context
from .quotemarks import Quoted
from .speakers import Candidate, SpeakerResolver, anonymity_phrase, speaker_words

_SMALL = {"of", "the", "in", "and", "for", "a", "an", "on", "to", "at", "by", "with", "from", "or", "vs", "&", "de"}
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*\Z")
# Bullet markers that open a list item ("- ", "• "): a quote after one opens its line.
_BULLETS = ("-", "–", "—", "•", "*", "·", "▪")
_OPENING = "\"“‘'«"
_CLOSING = "\"”’'»"
# How many list items back a bullet looks for the "said:" line that introduces the list.
_LIST_LOOKBACK = 12
# A transcript's speaker label at the start of a quoted paragraph ('"MORALES: No. We have ...'):
# one to three upper-case words and a colon.
_LABEL = re.compile(r"[ \t]*([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \t]+(?=\S)")


# Words in marks that are all inside brackets: a transcript's stage direction ("(APPLAUSE)", "[inaudible]").
_STAGE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])[\s.,;:]*")
# Auxiliaries of a speech act not yet made ("would respond", "will answer").
_MODALS = frozenset({"would", "will", "could", "might", "may", "shall", "should"})
# The dash after a dateline's place ("BERLIN -- ..."), in its spellings.
_DASHES = frozenset({"--", "-", "—", "–", "---"})


@cache
def _lexicon() -> dict[str, Any]:
    speech = rules.load_yaml("speech.yaml")
    phrasal = {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in speech["phrasal"].items()}
    return {
        "say": rules.word_set("speech.yaml", "say"),
        "phrasal": phrasal,
        "object_content": rules.word_set("speech.yaml", "object_content"),
        # a phrasal verb reports only with a quote or a clause, like the needs_clause verbs
        "needs_clause": rules.word_set("speech.yaml", "needs_clause") | frozenset(phrasal),
        "prepositional": tuple(tuple(str(p).lower().split()) for p in speech["prepositional"]),
        "naming": rules.word_set("speech.yaml", "naming"),
        "characterising": rules.word_set("speech.yaml", "characterising"),
        "addressee": rules.word_set("speech.yaml", "addressee"),
        "cognition": rules.word_set("speech.yaml", "cognition"),
        "clause_only": rules.word_set("speech.yaml", "clause_only"),
        "evidential": rules.word_set("speech.yaml", "evidential"),
        "slogan": rules.word_set("speech.yaml", "slogan"),
        "forms": rules.word_set("channels.yaml", "forms"),
        "media": rules.word_set("channels.yaml", "media"),
        "platforms": rules.word_set("channels.yaml", "platforms"),
        "partitives": rules.word_set("sources.yaml", "partitive_heads"),
    }


@dataclass
class _Attribution:
    cue: list[Token]  # the reporting verb (or "according to")
    subject: Token | None  # head of the speaker mention
    span: tuple[int, int] | None  # token range of the speaker mention
    window: str  # the attribution's own words, for anonymity phrases
    guess: bool = False  # the speaker was taken from the words near the cue, not from the parse
    colon: bool = False  # a clause ending in a colon, with no reporting verb ("X laid blame on Y: '...'")
    unnamed: bool = False  # a passive with no agent ("they had been told '...'"): someone unnamed said it


@dataclass
class _Item:
    start: int
    end: int
    kind: str
    att: _Attribution | None
    order: int  # reading position of the attribution, for pronoun history
    chain: int = -1  # pieces of one multi-paragraph quote share a chain id
    relay: _Attribution | None = None  # who passed the quote on ("..., the prosecutor's office said")


class QuoteLayer:
    """Sets ``doc._.dl_quotes`` (list of Quote)."""

    def __call__(self, doc: Doc) -> Doc:
        doc._.dl_quotes = find_quotes(doc, doc._.dl_entities or [], article_context(doc))
        return doc


def find_quotes(doc: Doc, entities: list[Entity], context: ArticleContext | None = None) -> list[Quote]:
    """Every quote in ``doc`` with its speaker; ``entities`` are the entity layer's. ``context`` is
    the article context the later components share (its resolver learns the speakers); without
    one, a context of this call's own."""
    return _Finder(context or ArticleContext(doc, entities)).run()


class _Finder:
    def __init__(self, ctx: ArticleContext) -> None:
        self.ctx = ctx
        self.doc = doc = ctx.doc
        self.text = doc.text
        self.lex = _lexicon()
        self.starts = [t.idx for t in doc]
        self.paragraphs = ctx.paragraph_starts
        self.quoted = ctx.quoted
        # character intervals covered by quotation marks and what they enclose
        self.covered: list[tuple[int, int]] = []
        for q in self.quoted:
            self.covered.append((q.open_at, q.after_close or q.end))
        self.covered.sort()
        self.cover_starts = [a for a, _ in self.covered]

    # helpers ------------------------------------------------------------------------------
    def tok_at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def in_quotes(self, char: int) -> bool:
        k = bisect.bisect_right(self.cover_starts, char) - 1
        return k >= 0 and self.covered[k][0] <= char < self.covered[k][1]

    def overlaps_quotes(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.cover_starts, b)
        return any(s < b and e > a for s, e in self.covered[max(0, k - 3) : k])

    def paragraph_of(self, char: int) -> int:
        return bisect.bisect_right(self.paragraphs, char) - 1

    def is_say(self, t: Token) -> bool:
        if t.pos_ not in ("VERB", "AUX") or self.in_quotes(t.idx):
            return False
        return t.lemma_.lower() in self.lex["say"] or self._phrasal_word(t) is not None

    def _phrasal_word(self, t: Token) -> Token | None:
        """The word that makes ``t`` a phrasal reporting verb ("went on", "put it", "fired back"), if any."""
        words = self.lex["phrasal"].get(t.lemma_.lower())
        if words is None or t.i + 1 >= len(self.doc):
            return None
        nxt = self.doc[t.i + 1]
        return nxt if nxt.lower_ in words and nxt.head.i == t.i else None

    # main -------------------------------------------------------------------------------------
    def run(self) -> list[Quote]:
        items = self._quoted_items() + self._indirect_items()
        items.sort(key=lambda it: (it.order, it.start))
        resolver = self.ctx.resolver
        chain_speaker: dict[int, tuple[Candidate, _Attribution]] = {}
        # chains take the speaker of whichever piece carries the attribution
        for it in items:
            if it.chain >= 0 and it.att is not None and it.att.subject is not None:
                chain_speaker.setdefault(it.chain, (resolver.resolve(*self._mention_args(it.att)), it.att))
        out: list[tuple[_Item, Candidate | None, _Attribution | None, bool, Relayer | None]] = []
        unsaid: list[tuple[_Item, _Attribution | None]] = []
        for it in items:
            cand: Candidate | None = None
            att = it.att
            own = att is not None and att.subject is not None
            if own and att is not None:
                cand = resolver.resolve(*self._mention_args(att))
            elif it.chain in chain_speaker:
                cand, att = chain_speaker[it.chain]
                cand = Candidate(_continued(cand.speaker), cand.kind, cand.number)
            elif it.kind == "partial" and self._other_subject(it.start, it.end):
                pass  # a phrase in someone else's sentence ("critics called it '...'"): not the last speaker's
            elif att is not None and att.unnamed:
                pass  # "they were told '...'": said by someone the article does not name
            else:
                para = self.paragraph_of(it.start)
                since = self.paragraphs[max(0, para - 1)] if self._opens_paragraph(it.start) else self.paragraphs[para]
                prev = resolver.latest(it.start, since=since)
                if prev is not None:
                    cand = Candidate(_continued(prev.speaker), prev.kind, prev.number)
                    if it.kind == "direct" and isinstance(prev.source, _Attribution):
                        att = prev.source  # the same statement goes on: same cue and channel
                elif it.kind == "direct":
                    cand = self._previous_subject(resolver, it.start)
            short = it.kind == "partial" and len(self.text[it.start : it.end].split()) <= 3
            if cand is None and short and not self._characterised(it):
                unsaid.append((it, att))  # scare quotes, unless someone's quote holds these words
                continue
            if own and cand is not None and att is not None and att.guess:
                cand = Candidate(cand.speaker.model_copy(update={"basis": "fallback"}), cand.kind, cand.number)
            if cand is not None and (own or it.kind != "indirect"):
                if own:
                    cand = Candidate(cand.speaker, cand.kind, cand.number, cand.gender, cand.role_heads, att)
                resolver.remember(it.order if own else it.start, cand)
            out.append((it, cand, att, own, self._relayer(resolver, it, cand)))
        return self._records(self._echoes(out, unsaid))

    def _echoes(
        self,
        out: list[tuple[_Item, Candidate | None, _Attribution | None, bool, Relayer | None]],
        unsaid: list[tuple[_Item, _Attribution | None]],
    ) -> list[tuple[_Item, Candidate | None, _Attribution | None, bool, Relayer | None]]:
        """Quoted words with no speaker that repeat words of a quote the article attributes ('she has
        given "..."' after her own '"I have given ..., " she said'): the writer echoes that speaker's
        words, so they are that speaker's. Scare quotes dropped for want of a speaker come back then."""
        said = [
            (self._plain(it.start, it.end), c) for it, c, _a, _o, _r in out if c is not None and it.kind != "indirect"
        ]

        def echoed(it: _Item) -> Candidate | None:
            words = self._plain(it.start, it.end)
            if " " not in words:
                return None  # a phrase, not a word: one word in marks ("record") turns up in any long quote
            if not self._has_content_word(it.start, it.end):
                return None  # "of the", "as well as": function words turn up in any long quote
            pattern = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")
            src = next((c for text, c in said if len(text) > len(words) and pattern.search(text)), None)
            return Candidate(_continued(src.speaker), src.kind, src.number) if src is not None else None

        found = [
            (it, cand if cand is not None or it.kind == "indirect" else echoed(it), att, own, relayer)
            for it, cand, att, own, relayer in out
        ]
        for it, att in unsaid:
            if (cand := echoed(it)) is not None:
                found.append((it, cand, att, False, None))
        return found

    def _has_content_word(self, start: int, end: int) -> bool:
        """Whether the text between ``start`` and ``end`` holds a word that is not a stop word."""
        a, b = self.tok_at(start), self.tok_at(max(start, end - 1)) + 1
        return any((t.is_alpha and not t.is_stop) or t.like_num for t in self.doc[a:b] if start <= t.idx < end)

    def _plain(self, start: int, end: int) -> str:
        """A quote's words for comparing with another's: lower case, one space, no edge punctuation."""
        return " ".join(self.text[start:end].lower().split()).strip(" .,;:!?" + _OPENING + _CLOSING)

    def _characterised(self, it: _Item) -> bool:
        """Is this short phrase the word someone chose for a thing ("called the clerk a '...'", "described
        it as '...'"): the object complement of a characterising verb? Someone said it, even when the
        parse loses who; scare quotes have no such verb."""
        if it.att is None or not it.att.cue or it.att.cue[0].lemma_.lower() not in self.lex["characterising"]:
            return False
        verb = it.att.cue[0]
        a, b = self.tok_at(it.start), self.tok_at(it.end - 1) + 1
        for t in self.doc[a:b]:
            h = t.head.head if t.head.lower_ == "as" else t.head
            if h.i == verb.i and (t.dep_ in ("oprd", "attr", "xcomp", "ccomp") or t.head.lower_ == "as"):
                return True
        return False

    def _previous_subject(self, resolver: SpeakerResolver, start: int) -> Candidate | None:
        """A quoted sentence with no attribution right after a sentence about a named person, in the
        same paragraph ("Senator Ruiz was blunt about the bill. '...'"): that person, as a weak guess
        (basis ``fallback``). None when the quote is inside a sentence or opens its paragraph."""
        tok = self.tok_at(start)
        k = self.ctx.sent_of[tok]
        if k == 0 or self._opens_paragraph(start):
            return None
        sent, before = self.ctx.sents[k], self.ctx.sents[k - 1]
        if self.text[sent.start_char : start].strip(" \t" + _OPENING) or self.in_quotes(before.root.idx):
            return None
        if self.paragraph_of(before.start_char) != self.paragraph_of(start):
            return None
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        eid = self.ctx.token_entity.get(subj.i) if subj is not None else None
        if eid is None or self.ctx.entities[eid].type != "PERSON":
            return None
        return resolver.entity_candidate(eid, None, "fallback")

    def _relayer(self, resolver: SpeakerResolver, it: _Item, cand: Candidate | None) -> Relayer | None:
        """The relayer of a quote whose words are someone else's: who passed them on, if not the speaker."""
        if it.relay is None or it.relay.subject is None or cand is None:
            return None
        relay = resolver.resolve(*self._mention_args(it.relay))
        sp = relay.speaker
        if not (sp.name or sp.entity) or (sp.entity and sp.entity == cand.speaker.entity):
            return None
        if sp.name and sp.name == cand.speaker.name:
            return None
        return Relayer(entity=sp.entity, name=sp.name)

    def _other_subject(self, start: int, end: int) -> bool:
        """Does the sentence holding this phrase have a subject of its own, a noun outside the marks?"""
        a = self.tok_at(start)
        sent = self.doc[a].sent
        lo, hi = max(sent.start, a - 40), min(sent.end, a + 40)
        return any(
            t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and not self.in_quotes(t.idx)
            for t in self.doc[lo:hi]
        )

    def _records(
        self, found: list[tuple[_Item, Candidate | None, _Attribution | None, bool, Relayer | None]]
    ) -> list[Quote]:
        quotes: list[Quote] = []
        found.sort(key=lambda x: (x[0].start, x[0].end))
        for n, (it, cand, att, own, relayer) in enumerate(found, 1):
            speaker = cand.speaker if cand is not None else Speaker()
            if att is not None and anonymity_phrase(att.window) and speaker.entity is None:
                speaker = speaker.model_copy(update={"anonymous": True})
            if att is not None and att.unnamed and cand is None:
                speaker = Speaker(anonymous=True, basis="fallback")  # "they had been told '...'"
            cue = cue_span = channel = None
            if att is not None and att.cue:
                words = tuple(t.lower_ for t in att.cue)
                prepositional = words in self.lex["prepositional"]
                cue = " ".join(words) if prepositional else " ".join(t.lemma_.lower() for t in att.cue)
                if own:
                    a, b = att.cue[0], att.cue[-1]
                    cue_span = Offsets(start=a.idx, end=b.idx + len(b.text))
                channel = self._channel(att)
            quotes.append(
                Quote(
                    id=f"q{n}",
                    text=self.text[it.start : it.end],
                    kind=it.kind,  # type: ignore[arg-type]
                    start=it.start,
                    end=it.end,
                    speaker=speaker,
                    reported_by=relayer,
                    cue=cue,
                    cue_span=cue_span,
                    channel=channel,
                )
            )
        return quotes

    def _mention_args(self, att: _Attribution) -> tuple[Token, int, int, str]:
        assert att.subject is not None and att.span is not None
        return att.subject, att.span[0], att.span[1], att.window

    def _opens_paragraph(self, char: int) -> bool:
        p = self.paragraphs[self.paragraph_of(char)]
        return not self.text[p:char].strip(" \t\n\"'“”‘’«»")

    # quoted passages -----------------------------------------------------------------------
    def _quoted_items(self) -> list[_Item]:
        items: list[_Item] = []
        chain = -1
        for k, q in enumerate(self.quoted):
            if not q.continued:
                chain += 1
            start, end = q.start, q.end
            while end > start and self.text[end - 1] in ",;:":
                end -= 1
            if end <= start:
                continue
            labelled = self._transcript_label(q, end)
            label = labelled[0] if labelled else None
            if labelled is not None:
                # '"HOST: ...' (break) '"MORALES: ...': each label opens a new speaker's turn, and the
                # paragraphs after it without a label of their own go on with that turn
                chain += q.continued
                start = labelled[1]
            lead = self._leading(q) if label is None else None
            trail = self._trailing(q, k) if label is None else None
            att = label or lead or trail
            led = lead is not None
            if (
                lead is not None
                and trail is not None
                and trail.subject is not None
                and trail.cue
                and (lead.colon or self._lead_paragraph(lead) < self.paragraph_of(q.open_at))
            ):
                # 'The statement noted the effect she would have: "...," the union wrote', and 'The
                # union said:' (break) '"..."' (break) '"...," the minister told parliament': the
                # quote's own reporting verb outweighs a clause before the colon or a lead in an
                # earlier paragraph (and relays nothing)
                att, lead = trail, None
            relay = None
            if (
                lead is not None
                and trail is not None
                and self._relays(trail)
                and self.text[q.start : q.end].endswith(",")
            ):
                relay = trail  # he said "...", the prosecutor's office said: the office passed it on
            kind = self._kind(q, start, end, led, trail is not None)
            if att is None and (kind == "partial" or self._sentence_goes_on(q) or self._mid_sentence(q)):
                # a phrase in the writer's sentence, or '"..." to hold off on their plans, Harlow said', or
                # "She added that ..., which matters because, “In the end, ...”" (the verb too far back)
                att = self._governing(start, end)
            if relay is None and att is not None and att.cue and att.subject is not None:
                outer = reporting_head(att.cue[0], self.is_say)
                if outer is not None and outer.sent.start == att.cue[0].sent.start and self._relays_verb(outer):
                    relay = self._attribution([outer], outer.sent.text)  # police said he told her "..."
            if (att is None or kind == "partial") and not q.continued and self._is_name(q, start, end):
                continue  # a show, a slogan, a theme: a name even when the sentence reports speech
            if kind == "partial" and not q.continued and self._label_modifier(q, start, end):
                continue  # 'a "phase one" deal', 'the "one country, two systems" formula': a label
            if att is None and self._quoted_heading(q, start, end):
                continue  # a crosshead quoting the story ('"Alarming death rate"' alone on its line)
            if _STAGE.fullmatch(self.text[start:end]):
                continue  # a transcript's stage direction ('"(CROSSTALK.)'), said by no one
            if kind == "direct" and not q.continued and att is not None and self._slogan(att, start, end):
                kind = "partial"  # 'protesters chanted, "Fund the clinics,"': a slogan, not a sentence said
            order = att.cue[0].idx if att is not None and att.cue else start
            order = min(order, start) if lead is not None else order
            multi = q.continued or q.continues
            items.append(_Item(start, end, kind, att, order, chain if multi else -1, relay))
        return items

    def _quoted_heading(self, q: Quoted, start: int, end: int) -> bool:
        """A paragraph that is nothing but a quoted phrase with no sentence end, inside the marks or
        after them, and no attribution: a heading that quotes words from the story below it (pages
        set pulled phrases as crossheads), not a quote of its own."""
        if q.continued or q.continues or q.close_at is None or q.after_close is None:
            return False
        if not self._opens_paragraph(q.open_at):
            return False
        rest = self.text[q.after_close : self._paragraph_end(q.close_at)]
        if rest.strip():
            return False
        return not re.search(r"[.!?…][\"'”’)]*\s*\Z", self.text[start:end])

    def _lead_paragraph(self, lead: _Attribution) -> int:
        """The paragraph where a leading attribution's reporting verb (or speaker) stands."""
        tok = lead.cue[0] if lead.cue else lead.subject
        return self.paragraph_of(tok.idx) if tok is not None else -1

    def _transcript_label(self, q: Quoted, end: int) -> tuple[_Attribution, int] | None:
        """A transcript's speaker label that opens a quoted paragraph ('"MORALES: No. We have ...'): the
        attribution it gives and where the words after it start. Only a name: the label's words are
        proper nouns to the parser or a name the article gives (not "NOTE:" or "UPDATE:")."""
        if not self._opens_paragraph(q.open_at):
            return None
        m = _LABEL.match(self.text, q.start, end)
        if m is None:
            return None
        a, b = self.tok_at(m.start(1)), self.tok_at(m.end(1) - 1) + 1
        words = list(self.doc[a:b])
        if not words or words[0].idx != m.start(1):
            return None
        known = {w.lower() for e in self.ctx.entity_list if e.type == "PERSON" for w in e.name.split()}
        if not all(t.pos_ == "PROPN" or t.lower_ in known for t in words if t.text not in ".-"):
            return None
        window = self.text[q.open_at : m.end()]
        return _Attribution([], words[-1], (a, b), window, colon=True), m.end()

    def _relays(self, att: _Attribution) -> bool:
        return att.subject is not None and bool(att.cue) and self._relays_verb(att.cue[0])

    def _relays_verb(self, verb: Token) -> bool:
        """A verb that passes on what someone else said ("said", "told", "reported"): a say-verb that
        also reports without a clause of its own ("called it '...'" names, it does not relay)."""
        return self.is_say(verb) and verb.lemma_.lower() not in self.lex["needs_clause"]

    def _mid_sentence(self, q: Quoted) -> bool:
        """Does the quote open inside a sentence of the writer's (after a comma or a word, not after a
        sentence end, a colon or a dash)?"""
        if q.continued:
            return False
        para = self.paragraphs[self.paragraph_of(q.open_at)]
        before = self.text[para : q.open_at].rstrip()
        line = before.rsplit("\n", 1)[-1].strip()
        if not before or not line or line in _BULLETS:
            return False
        return not (_SENTENCE_END.search(before) or before.endswith((":", "—", "―", "–", "-")))

    def _sentence_goes_on(self, q: Quoted) -> bool:
        """Do words of the writer's own follow the closing mark in the same sentence ('"..." to hold off')?"""
        if q.after_close is None:
            return False
        return re.match(r"[ \t]*[a-z]", self.text[q.after_close : q.after_close + 8]) is not None

    def _lead_text(self, q: Quoted) -> tuple[int, str]:
        """Where the text that leads up to a quotation mark starts, and that text (right-stripped).

        A list item ("- “...”") is led by the line that introduces the list ("the president also
        said:"), over the items before it; a quote alone in its paragraph by a paragraph ending
        in a colon ("He said:" (break) "...").
        """
        para = self.paragraphs[self.paragraph_of(q.open_at)]
        line = self.text.rfind("\n", max(para, q.open_at - 400), q.open_at) + 1 or para
        line = max(line, para)
        before = self.text[line : q.open_at].strip()
        bullet = before in _BULLETS
        if line > para and not bullet:
            return para, self.text[para : q.open_at].rstrip()
        if (before and not bullet) or q.continued:
            return para, self.text[para : q.open_at].rstrip()
        end = line
        for _ in range(_LIST_LOOKBACK):
            # the line before this one, skipping blank lines (bounded: 400 characters a line)
            prev_end = len(self.text[max(0, end - 400) : end].rstrip()) + max(0, end - 400)
            if prev_end <= 0:
                break
            prev_start = self.text.rfind("\n", max(0, prev_end - 400), prev_end) + 1 or max(0, prev_end - 400)
            prev = self.text[prev_start:prev_end]
            if prev.endswith(":"):
                return prev_start, prev
            item = prev.lstrip()
            if bullet and not (item[:1] in _BULLETS and item[1:2] in (" ", "\t")):
                break
            if not bullet and not (item[:1] in _OPENING and item.rstrip(".,;")[-1:] in _CLOSING):
                break  # only quotes alone on their lines may stand between a quote and its "said:" line
            end = prev_start
        return para, self.text[para : q.open_at].rstrip()

    def _slogan(self, att: _Attribution, start: int, end: int) -> bool:
        """Words chanted (a slogan verb, speech.yaml) with no sentence end of their own."""
        if not att.cue or att.cue[0].lemma_.lower() not in self.lex["slogan"]:
            return False
        return _SENTENCE_END.search(self.text[start:end].rstrip(",;")) is None

    def _kind(self, q: Quoted, start: int, end: int, led: bool, trailed: bool = False) -> str:
        content = self.text[start:end]
        if q.continued:
            return "direct"
        unpunctuated = not re.search(r"[.!?,;:…—–-]\W*\Z", self.text[q.start : q.close_at or q.end])
        one_sentence = re.search(r"[.!?][\"'”’]?\s+[A-Z“\"‘]", content) is None
        if unpunctuated and one_sentence and self._sentence_goes_on(q):
            # 'X said, "We are very pleased" at the release': the writer's sentence goes on after the
            # marks, so the quoted words are a phrase in it, even when they could stand alone
            return "partial"
        first = content.lstrip("\"'“‘(…. ")[:1]
        upper = first.isupper() or first.isdigit()
        para = self.paragraphs[self.paragraph_of(q.open_at)]
        before = self.text[para : q.open_at].rstrip()
        opens_sentence = not before or bool(_SENTENCE_END.search(before)) or before.endswith((":", "—"))
        line = self.text[max(para, q.open_at - 400) : q.open_at].rsplit("\n", 1)[-1].strip()
        opens_sentence = opens_sentence or line in _BULLETS
        several = re.search(r"[.!?][\"'”’]?\s+[A-Z“\"‘]", content) is not None
        after_attribution = before.endswith(",") and self._after_attribution(para + len(before))
        if upper and (opens_sentence or led or after_attribution):
            return "direct"
        if upper and several and not before.endswith(("the", "a", "an")):
            return "direct"
        if after_attribution and (trailed or _SENTENCE_END.search(content)) and self._clause(start, end):
            # 'he said, "somebody ought to pay for this," the office said' and the second half of a
            # sentence split by its attribution ('"When it is over," he said, "you will see."'): a
            # whole sentence in marks, lower-case only because it follows a comma
            return "direct"
        return "partial"

    def _clause(self, start: int, end: int) -> bool:
        """Do the quoted words hold a clause with its own subject ("somebody ought to ...", "maybe you
        will see"), not only the rest of the writer's clause ('Those efforts, he noted, "proved futile."')?"""
        a, b = self.tok_at(start), self.tok_at(end - 1) + 1
        return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and a <= t.head.i < b for t in self.doc[a:b])

    def _after_attribution(self, end: int) -> bool:
        """Does the text up to ``end`` close with an attribution ("..., he said, " before a quote's second half)?"""
        j = self.tok_at(end - 1)
        return any(self.is_say(t) for t in self.doc[max(0, j - 6) : j + 1])

    def _leading(self, q: Quoted) -> _Attribution | None:
        """He said: "..." / He said, "..." / He said:  (paragraph break) "..." """
        para, before = self._lead_text(q)
        if not before:
            return None
        j = self.tok_at(para + len(before) - 1)
        if not before.endswith((":", ",")):
            # "Trump declared “...”": a reporting verb right before the mark, with its subject
            t = self.doc[j]
            if t.idx + len(t.text) != para + len(before):
                return None
            if not self.is_say(t):
                # "He told her “...”", "asked the guard “...”": the one spoken to stands between the verb
                # and the mark
                told = next(
                    (
                        o.head
                        for o in (t, *t.ancestors)
                        if o.dep_ in ("dobj", "dative") and o.right_edge.i == j and o.head.i < o.i
                    ),
                    None,
                )
                if told is None or told.lemma_.lower() not in self.lex["addressee"]:
                    return None
                t = told
            if self.is_say(t) and _subject(t) is not None:
                return self._attribution([t], self.doc[t.sent.start : j + 1].text)
            return None
        lo = max(self.tok_at(para), j - 12)
        for t in reversed(self.doc[lo:j]):
            if self.in_quotes(t.idx):
                break
            own_subject = t.dep_ == "acl" and (
                any(c.dep_ == "nsubj" for c in t.children)
                or (t.tag_ in ("VBD", "VBN") and t.head.ent_type_ == "PERSON" and t.head.i < t.i)
            )
            if (
                self.is_say(t)
                and (t.dep_ not in ("relcl", "acl") or own_subject)
                and (t.dep_ != "ccomp" or _subject(t) is not None)
            ):
                # not "the time Buckley learned who had written the song, she was ...:"; but "a video of
                # the minister saying, '...'" (an acl with a subject of its own) and a past tense parsed
                # as an acl ("Kate Lowry, the nominee, tweeted:")
                return self._attribution([t], self.doc[t.i : j + 1].text)
            cue = self._prepositional_cue(list(self.doc[t.i : j + 1]), 0)
            if cue:
                return self._attribution(cue, self.doc[t.i : j + 1].text)  # According to X, "..."
            if t.text in ".!?;" or t.text in '”"':
                break
        if before.endswith(":"):
            return self._name_colon(para, before, j) or self._colon_lead(self.doc[j])
        return None

    def _name_colon(self, para: int, before: str, j: int) -> _Attribution | None:
        """ "Ann Loy: '...'", "... - Philip Bump: '...'": a name alone before the colon (a headline, a
        digest, a transcript) is the speaker. Only a name: the words since the line start or a dash."""
        cut = max(before.rfind("\n"), before.rfind(" - "), before.rfind(" — "), before.rfind(" – "))
        first = self.tok_at(para + cut + 1) if cut >= 0 else self.tok_at(para)
        while first < j and (self.doc[first].is_punct or self.doc[first].is_space):
            first += 1
        words = list(self.doc[first:j])
        if not words or len(words) > 6 or self.in_quotes(words[0].idx):
            return None
        if not all(t.pos_ == "PROPN" or t.lower_ in ("and", ".") for t in words):
            return None
        if not any(t.ent_type_ in ("PERSON", "ORG") for t in words):
            return None
        head = next(t for t in reversed(words) if t.pos_ == "PROPN")
        return _Attribution([], head, (first, head.i + 1), before[cut + 1 :], colon=True)

    def _colon_lead(self, colon: Token) -> _Attribution | None:
        """ "X laid blame on Y: '...'": a clause ending in a colon introduces its subject's words
        when that subject is someone who can speak (a person or organisation, a pronoun for one,
        a title or a source word); "The rules are simple: '...'" introduces no one."""
        verb = colon.head
        steps = 0
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and steps < 4:
            verb, steps = verb.head, steps + 1
        if verb.pos_ not in ("VERB", "AUX") or verb.i > colon.i or self.in_quotes(verb.idx):
            return None
        subj = _subject(verb)
        if subj is None or subj.i > colon.i or self.in_quotes(subj.idx):
            return None
        words = speaker_words()
        speaks = (
            subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or (subj.pos_ == "PRON" and subj.lower_ in ("he", "she", "they", "we"))
            or subj.lemma_.lower() in words
        )
        if not speaks:
            return None
        window = self.doc[verb.sent.start : colon.i].text
        return _Attribution([verb], subj, self._mention_span(subj), window, colon=True)

    def _trailing(self, q: Quoted, k: int) -> _Attribution | None:
        """ "...," he said. / "...," said the minister. / "...," according to X."""
        if q.close_at is None or q.after_close is None:
            return None
        after = q.after_close
        content = self.text[q.start : q.close_at].rstrip()
        para_end = self._paragraph_end(q.close_at)
        nxt = self.quoted[k + 1].open_at if k + 1 < len(self.quoted) else len(self.text)  # in text order
        limit = min(para_end, nxt)
        if content.endswith((".", "!", "?")):
            # a finished sentence in marks, then a line break: the next line is a sentence of its own
            # ('... where we came from.”' (break) 'As it stands, ..., according to the bureau.')
            line_end = self.text.find("\n", after, limit)
            limit = line_end if line_end >= 0 else limit
        signed = re.match(r"[^\S\n]*[―—–-]+[^\S\n]*(?=[A-Z])", self.text[after:limit])
        if signed:
            # "..." ― Jane Doe: a signed quote (letters, comments, epigraphs)
            first = self.tok_at(after + signed.end())
            last = first
            while last + 1 < len(self.doc) and self.doc[last + 1].text[:1].isupper() and last - first < 5:
                last += 1
            if self.doc[first].idx >= after + signed.end() and self.doc[first].text[:1].isupper():
                return _Attribution([], self.doc[last], (first, last + 1), self.text[after:limit])
        # '"... regulations” Apte said.': the comma left out; only a name or pronoun and the verb may follow
        loose = not content.endswith(tuple(",.!?—–-…")) and not self.text[after : after + 2].lstrip(" ").startswith(",")
        if loose and (
            not re.match(r"[ \t]+(?:[A-Z]|(?:he|she|they|we|i) )", self.text[after : after + 7])
            or len(content.split()) < 4
            or self._is_name(q, q.start, q.close_at)
        ):
            return None  # a phrase inside the sentence: its reporting verb governs it (see _governing)
        a = self.tok_at(after)
        if self.doc[a].idx < after:
            a += 1
        toks: list[Token] = []
        for t in self.doc[a:]:
            if t.idx >= limit:
                break
            toks.append(t)
            if t.text in (".", "!", "?") or len(toks) > 40:
                break
        if not toks or toks[0].pos_ == "CCONJ":
            # '... as a “painful lesson,” but stopped short of calling ...': the writer's sentence goes on
            # after the quote; the reporting verb before the quote governs it (see _governing)
            return None
        ends_sentence = content.endswith((".", "!", "?")) and not content.endswith(("?", "!"))
        window = " ".join(t.text for t in toks)
        for i, t in enumerate(toks):
            cue = self._prepositional_cue(toks, i)
            if cue:
                if self._clause_between(toks[:i]) and self._said_before(q):
                    # 'X said that it backed "...", while Y met Z, according to two people': the
                    # "according to" vouches for the clause it ends; X's verb governs the quote
                    return None
                return self._attribution(cue, window)
            if not self.is_say(t):
                if loose and i >= 4:
                    return None
                continue
            subj = _subject(t)
            if loose and (subj is None or subj.i < toks[0].i or subj.i > t.i):
                return None
            if any(c.dep_ == "mark" and toks[0].i <= c.i < t.i for c in t.children) and self._said_before(q):
                # 'X agreed that he is "...", while 65 percent said the same of Y': a clause of its own
                # after the quote, not its attribution; X's verb governs the quote
                return None
            # "...," Jane Doe, director of a long-named institute, said: a long appositive is fine
            # when the reporting verb's subject sits right after the quote
            if i > 14 and not (subj is not None and subj.i - toks[0].i <= 6 and subj.i >= toks[0].i):
                return None
            if ends_sentence and (len(toks) > 10 or any(c.dep_ in ("ccomp", "dobj") for c in t.children)):
                return None  # a new sentence of its own, not this quote's attribution
            att = self._attribution([t], window)
            if att.subject is None or att.subject.ent_type_ in ("DATE", "TIME"):
                # "...," Flynn, a top surrogate, said Thursday: the parse lost the subject; the
                # name that opens the attribution is the speaker
                opener = next((x for x in toks[:i] if x.pos_ in ("PROPN", "PRON") and x.text[:1].isalpha()), None)
                if opener is not None:
                    head = opener
                    while head.i + 1 < t.i and self.doc[head.i + 1].pos_ == "PROPN":
                        head = self.doc[head.i + 1]
                    att = _Attribution(att.cue, head, (opener.i, head.i + 1), window, guess=True)
                elif (described := self._opening_description(toks[:i])) is not None:
                    # '"...," a senior European diplomat, speaking on condition of anonymity, told Reuters'
                    att = _Attribution(att.cue, described[1], (described[0], described[1].i + 1), window, guess=True)
            return att
        return None

    def _clause_between(self, toks: list[Token]) -> bool:
        """A clause of its own (a verb with its own subject) in the words after a quote."""
        return any(
            t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in toks
        )

    def _said_before(self, q: Quoted) -> bool:
        """A reporting verb with a subject, before the quote in its sentence, governs the quote."""
        att = self._governing(q.start, q.close_at or q.end)
        return att is not None and att.subject is not None and bool(att.cue) and att.cue[0].idx < q.start

    def _opening_description(self, toks: list[Token]) -> tuple[int, Token] | None:
        """A description of a source that opens the words after a quote ("a senior European diplomat"):
        determiners and adjectives, then a noun that can stand for a speaker. Its first token and head."""
        words = speaker_words()
        for k, x in enumerate(toks):
            if x.pos_ == "NOUN" and (x.lemma_.lower() in words or x.lower_ in words):
                return toks[0].i, x
            if x.pos_ not in ("DET", "ADJ", "NOUN", "PROPN") or k > 5:
                return None
        return None

    def _paragraph_end(self, char: int) -> int:
        p = self.paragraph_of(char)
        return self.paragraphs[p + 1] if p + 1 < len(self.paragraphs) else len(self.text)

    def _prepositional_cue(self, toks: list[Token], i: int) -> list[Token] | None:
        for words in self.lex["prepositional"]:
            if i + len(words) <= len(toks) and all(toks[i + n].lower_ == w for n, w in enumerate(words)):
                return toks[i : i + len(words)]
        return None

    def _governing(self, start: int, end: int) -> _Attribution | None:
        """The reporting verb whose clause holds a quoted phrase, else one in the same sentence."""
        a, b = self.tok_at(start), self.tok_at(end - 1) + 1
        inside = range(a, b)
        for t in self.doc[a:b]:
            if t.head.i in inside and t.head.i != t.i:
                continue
            h, came = t.head, t
            steps = 0
            while steps < 12:
                # "rival Ann Fry had shown poor judgment in using him 'as a model'": a verb that reports
                # only through its clause ("showed that ...") does not govern the words of its object
                through = came.dep_ == "ccomp" or h.lemma_.lower() not in self.lex["clause_only"]
                if self.is_say(h) and h.i not in inside and through and not self._speech_to_come(h):
                    return self._attribution([h], h.sent.text)
                if h.head.i == h.i:
                    break
                h, came = h.head, h
                steps += 1
        # "Those efforts, he noted, '...'": a reporting verb in the sentence, nearest first
        sent = self._sentence_range(a, b)
        cands = [t for t in self.doc[sent[0] : sent[1]] if t.i not in inside and self.is_say(t)]
        cands.sort(key=lambda t: min(abs(t.i - a), abs(t.i - b)))
        for t in cands:
            att = self._attribution([t], t.sent.text)
            if att.subject is not None:
                return att
        # "X signed '...' attesting ..., according to court records": with no reporting verb, the
        # sentence's "according to" names whose words the phrase is
        toks = list(self.doc[sent[0] : sent[1]])
        for i, t in enumerate(toks):
            cue = self._prepositional_cue(toks, i)
            if cue and t.i not in inside and not self.in_quotes(t.idx):
                att = self._attribution(cue, t.sent.text)
                if att.subject is not None:
                    return att
        return None

    def _speech_to_come(self, verb: Token) -> bool:
        """ "X said Turkey would respond with '...'": a speech act still to come, inside another's
        report, utters nothing yet; the quoted words are the reporter's."""
        modal = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children)
        return modal and verb.dep_ == "ccomp" and verb.head.i != verb.i and self.is_say(verb.head)

    def _reporter_of(self, verb: Token) -> Token:
        """A verb of thinking inside someone else's report ("he said, adding that Baku expected troops
        to leave '...'"; "they said they had found '...'") governs words that are the reporter's: the
        reporting verb whose clause holds it. Any other verb is its own reporter."""
        v = verb
        for _ in range(3):
            if v.lemma_.lower() not in self.lex["cognition"] or v.dep_ != "ccomp" or v.head.i == v.i:
                break
            if not self.is_say(v.head):
                break
            v = v.head
        if v.i == verb.i and verb.lemma_.lower() in self.lex["cognition"]:
            aside = self._aside_reporter(verb)
            if aside is not None:
                return aside
        return v

    def _aside_reporter(self, verb: Token) -> Token | None:
        """The reporter set off by commas in the clause of a verb of thinking ("Most families, Ms. Varga
        said, now believe '...'"; "Over the years, the mayor said, voters have come to think ..."): the
        parse hangs that "said" on the clause as an aside, yet the clause is what the reporter reports,
        as if it read "the mayor said voters believe '...'"."""
        v = verb
        for _ in range(3):
            for c in v.children:
                if (
                    c.dep_ == "parataxis"
                    and c.i < verb.i
                    and self.is_say(c)
                    and any(x.dep_ == "nsubj" for x in c.children)
                ):
                    return c
            if v.dep_ not in ("advcl", "xcomp", "conj") or v.head.i == v.i:
                break
            v = v.head
        return None

    def _sentence_range(self, a: int, b: int) -> tuple[int, int]:
        lo, hi = self.doc[a].sent.start, self.doc[max(a, b - 1)].sent.end
        return lo, hi

    def _attribution(self, cue: list[Token], window: str, *, climb: bool = True) -> _Attribution:
        """The attribution a reporting verb (or prepositional cue) gives; with ``climb``, a verb of
        thinking inside someone else's report gives way to that report (see ``_reporter_of``)."""
        if climb and len(cue) == 1:
            cue = [self._reporter_of(cue[0])]
        verb = cue[0]
        if verb.lower_ in ("according", "in", "as"):
            last = cue[-1]
            pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
            if pobj is None and last.i + 1 < len(self.doc):
                nxt = self.doc[last.i + 1 :]
                pobj = next((t for t in nxt[:8] if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
                if pobj is not None and pobj.head.i != pobj.i and pobj.head.pos_ in ("PROPN", "NOUN"):
                    pobj = pobj.head
            if pobj is None:
                return _Attribution(cue, None, None, window)
            return _Attribution(cue, pobj, self._mention_span(pobj), window)
        prt = [c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1]
        completes = self._phrasal_word(verb)
        if completes is not None and completes not in prt:
            prt.append(completes)  # "put it": the cue is the whole phrase
        subj = _subject(verb)
        if subj is not None and self.in_quotes(subj.idx):
            subj = None  # the parse took a word of the quote itself for the speaker
        if climb and subj is not None and verb.lemma_.lower() in self.lex["evidential"] and not self._can_speak(subj):
            # "the mayor said in the letter that the poster “plainly” suggests ...": a thing that
            # "suggests" inside someone's report speaks through the one who reports it
            outer = verb.head
            if verb.dep_ == "ccomp" and outer.i != verb.i and self.is_say(outer):
                return self._attribution([outer], window, climb=False)
        if subj is not None:
            subj = self._outside_parentheses(subj)
            subj = self._past_fronted_place(subj, verb)
            subj = self._inverted_aside(subj, verb)
        guess = False
        if subj is None and self._agentless_passive(verb):
            by = self._late_agent(verb)
            if by is None:
                return _Attribution(cue + prt, None, None, window, unnamed=True)
            return _Attribution(cue + prt, by, self._mention_span(by), window)
        if subj is None:
            subj = self._adjacent_subject(verb)
            guess = subj is not None and subj.pos_ != "PRON"
        if subj is None and verb.tag_ == "VBG":
            # "Dalton dodged the matter ... and, when questioned, asserting, '...'" parsed with the
            # quote as the sentence's root: the participle's subject is the sentence's named subject
            subj = self._sentence_subject(verb)
            guess = subj is not None
        if subj is None:
            return _Attribution(cue + prt, None, None, window)
        return _Attribution(cue + prt, subj, self._mention_span(subj), window, guess)

    def _sentence_subject(self, verb: Token) -> Token | None:
        """The nearest subject before ``verb`` in its sentence, outside quotation marks, that names
        someone (a name or a personal pronoun)."""
        sent = verb.sent
        for t in reversed(self.doc[sent.start : verb.i]):
            if t.dep_ != "nsubj" or self.in_quotes(t.idx):
                continue
            if t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or t.lower_ in ("he", "she", "they"):
                return t
        return None

    def _can_speak(self, subj: Token) -> bool:
        """Can this subject be someone who speaks: a name, a pronoun, a source or title word, a document
        ("the statement"), a group ("some", "many")? Not a thing ("the poster", "the data")."""
        return (
            subj.pos_ in ("PROPN", "PRON")
            or subj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or subj.lemma_.lower() in speaker_words()
            or subj.lower_ in speaker_words()
            or subj.lemma_.lower() in self.lex["partitives"]
            or is_form(subj)
        )

    def _agentless_passive(self, verb: Token) -> bool:
        """ "they had been told '...'", "residents were warned that ...": a passive of a verb of telling
        whose teller the sentence does not name (with "by X" the subject step finds X)."""
        return (
            verb.lemma_.lower() in self.lex["addressee"]
            and verb.tag_ == "VBN"
            and any(c.dep_ == "nsubjpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children)
        )

    def _late_agent(self, verb: Token) -> Token | None:
        """ "they were warned '...' by local officials": a "by" after the quote that the parse hung
        inside the quoted clause; only someone who can speak (a name, a source or title word)."""
        for t in verb.subtree:
            if t.i <= verb.i or t.lower_ != "by" or t.dep_ not in ("prep", "agent") or self.in_quotes(t.idx):
                continue
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None and (
                pobj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or pobj.lemma_.lower() in speaker_words()
            ):
                return pobj
        return None

    def _outside_parentheses(self, subj: Token) -> Token:
        """ "Gov. John Kasich (R-OH), said": a label in parentheses stands for the name before it."""
        doc = self.doc
        for k in range(subj.i - 1, max(-1, subj.i - 5), -1):
            if doc[k].text == ")":
                return subj
            if doc[k].text == "(":
                if k > 0 and doc[k - 1].pos_ == "PROPN":
                    return doc[k - 1]
                return subj
        return subj

    def _inverted_aside(self, subj: Token, verb: Token) -> Token:
        """ "The truce, say a number of analysts, is '...'": an aside between commas with the speaker
        after its verb; the parse made the sentence's subject the verb's and the speaker its object."""
        doc = self.doc
        if subj.i > verb.i or verb.dep_ != "parataxis" or verb.i == 0 or doc[verb.i - 1].text != ",":
            return subj
        after = next(
            (c for c in verb.children if c.dep_ in ("nsubj", "dobj", "attr", "npadvmod") and c.i > verb.i), None
        )
        if after is None or after.right_edge.i + 1 >= len(doc) or doc[after.right_edge.i + 1].text != ",":
            return subj
        return after if self._can_speak(after) else subj

    def _past_fronted_place(self, subj: Token, verb: Token) -> Token:
        """ "In Riga, an aide to the mayor, Ilze Berzina, called it '...'": the parse took the place of
        a fronted "In X," (or of a dateline, "RIGA --") for the subject and hung the speaker on it as
        an appositive. The name among the appositives speaks (a name after a description is who the
        description is), else the first description that can speak."""
        doc = self.doc
        fronted = subj.ent_type_ in ("GPE", "LOC", "FAC") and subj.i > 0 and doc[subj.i - 1].pos_ == "ADP"
        # "BERLIN -- Chancellor Olaf Becker, opening ..., said": the dateline's place, before its dash
        dateline = subj.i + 1 < len(doc) and doc[subj.i + 1].text in _DASHES and self._opens_paragraph(subj.idx)
        if not (fronted or dateline):
            return subj
        appos = [t for t in doc[subj.i + 1 : verb.i] if t.dep_ == "appos" and subj in t.ancestors]
        named = [t for t in appos if t.ent_type_ == "PERSON"]
        if named:
            return named[-1]
        return next((t for t in appos if self._can_speak(t)), subj)

    def _adjacent_subject(self, verb: Token) -> Token | None:
        """When the parse gives the reporting verb no subject: "he said", "said Odinga"."""
        doc = self.doc
        if verb.i > 0 and doc[verb.i - 1].pos_ in ("PRON", "PROPN", "NOUN") and not self.in_quotes(doc[verb.i - 1].idx):
            return doc[verb.i - 1]
        if verb.i > 1 and doc[verb.i - 1].text == "," and doc[verb.i - 2].dep_ == "appos":
            # "In a statement to the Observer, her adviser, Jake Sullivan, said": the parse hung the
            # speaker on the Observer as an appositive; the one right before the verb speaks
            cand = doc[verb.i - 2]
            if cand.pos_ in ("PROPN", "NOUN") and not self.in_quotes(cand.idx):
                return cand
        if verb.lemma_.lower() in self.lex["addressee"] or verb.lemma_.lower() in self.lex["characterising"]:
            # "Ramos, 58, told AFP": AFP was told, it did not speak; "calls people '...'": the ones named
            return None
        for t in doc[verb.i + 1 : verb.i + 5]:
            if t.dep_ == "mark" or t.lower_ == "that":
                break  # "to say that the city has ...": the reported clause begins, not an inverted subject
            if t.pos_ in ("PRON", "PROPN", "NOUN"):
                # the head of the noun phrase that starts here
                h = t
                while h.head.i > h.i and h.head.i <= verb.i + 6 and h.head.pos_ in ("PROPN", "NOUN"):
                    h = h.head
                return h
            if t.is_punct or t.pos_ == "ADP":
                break  # "said in a phone interview": the words after a preposition are not the speaker
        return None

    def _mention_span(self, head: Token) -> tuple[int, int]:
        start = head.i
        for t in reversed(self.doc[head.left_edge.i : head.i]):
            if t.is_punct and t.text not in ("'s", "’s", "'", "’", "-"):
                break
            if t.dep_ in ("relcl", "acl", "appos"):
                break
            start = t.i
        end = head.i + 1
        while end < len(self.doc) and self.doc[end].dep_ == "compound" and self.doc[end].head.i > end:
            end += 1
        if head.lower_ in self.lex["partitives"]:
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if of is not None:
                end = max(end, of.right_edge.i + 1)
        return start, end

    def _is_name(self, q: Quoted, start: int, end: int) -> bool:
        """Titles, themes, slogans, names: capitalised words without a verb, or named as such."""
        content = self.text[start:end].strip(" .,;:!?")
        words = re.findall(r"[\w'’&-]+", content)
        if not words or len(words) > 14:
            return False
        if len(words) == 1 and re.search(r"[a-z][A-Z]", words[0]):
            return True  # one word with a capital inside ("newsdeskUK", "CityHallBot"): a handle or a brand
        if len(words) <= 2 and self._nickname(start, end):
            return True
        toks = self.doc[self.tok_at(start) : self.tok_at(end - 1) + 1]
        has_verb = any(t.pos_ in ("VERB", "AUX") and t.text[:1].islower() for t in toks)
        content_words = [w for w in words if w.lower() not in _SMALL]
        capitalised = [w for w in content_words if w[:1].isupper() or w[:1].isdigit()]
        para = self.paragraphs[self.paragraph_of(q.open_at)]
        before = self.text[para : q.open_at].rstrip()
        opens_sentence = not before or bool(_SENTENCE_END.search(before))
        titled = content_words and len(capitalised) == len(content_words) and words[0][:1].isupper()
        if titled and not has_verb and (len(content_words) >= 2 or not opens_sentence):
            return True
        prev = before.split()[-1].lower().strip(",:") if before.split() else ""
        if prev in self.lex["naming"] and self._characterises(q.open_at):
            return False  # "condemned what he called '...'": someone's words for a thing, not its name
        return prev in self.lex["naming"] and len(words) <= 8 and not has_verb

    def _label_modifier(self, q: Quoted, start: int, end: int) -> bool:
        """Quoted words that only modify a noun standing after the closing mark ('a "phase one" trade
        deal', 'his "tough on China" stance', 'a "ground glass" pattern'): the writer labels a thing
        with words in use for it, which says nothing of who said them. Not when a verb with a subject
        of its own characterises the thing ("called it a 'reckless' plan"): those are its words."""
        if q.close_at is None or q.after_close is None:
            return False
        words = re.findall(r"[\w'’&-]+", self.text[start:end])
        if not 2 <= len(words) <= defaults().label_modifier_max_words:
            return False  # one word ('the "short-term" stays') is as often the speaker's own adjective
        a, b = self.tok_at(start), self.tok_at(end - 1)
        inside = [t for t in self.doc[a : b + 1] if start <= t.idx < end and not t.is_punct]
        if not inside or any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in inside):
            return False  # a clause in marks is someone's sentence, not a label
        if not any(t.pos_ in ("NOUN", "PROPN", "NUM") or t.dep_ in ("nmod", "compound") for t in inside):
            return False  # 'a "very serious" mistake': an evaluation in the marks is the speaker's word
        after = next((t for t in self.doc[b + 1 : b + 4] if t.idx >= q.after_close and not t.is_punct), None)
        if after is None or after.pos_ not in ("NOUN", "PROPN") or after.idx - q.after_close > 1:
            return False
        span = {t.i for t in inside}
        # the parse may hang the noun on the quoted words ('the "..." formula' as an apposition): still
        # one phrase; else every quoted word hangs, through quoted words only, on that noun's phrase
        if not (after.head.i in span and after.dep_ in ("appos", "compound", "nmod")):
            for t in inside:
                h = t
                while h.i in span and h.head.i != h.i:
                    h = h.head
                if h.i in span or not (h.i == after.i or (h.i > after.i and after.head.i == h.i)):
                    return False
        # 'a "phase one" trade deal': the phrase's own head is further on
        head = after.head if after.dep_ in ("compound", "amod") and after.head.i > after.i else after
        verb = head.head
        # "called it a "..." plan", "promised "..." policies": a verb of characterising or saying with a
        # subject of its own makes the words that subject's; not a verb of showing ("a scan showed a
        # "..." pattern"), where the subject is a thing
        return not (
            verb.pos_ == "VERB"
            and (
                verb.lemma_.lower() in self.lex["characterising"]
                or (self.is_say(verb) and verb.lemma_.lower() not in self.lex["evidential"])
            )
            and any(c.dep_ == "nsubj" and self._can_speak(c) for c in verb.children)
        )

    def _nickname(self, start: int, end: int) -> bool:
        """A nickname inside a person's name ('Gov. C. L. "Butch" Otter', 'Juan "Chico" Reyes'): the
        quoted words and the words either side of the marks are one person's name."""
        a, b = self.tok_at(start), self.tok_at(end - 1)
        before = next((t for t in reversed(self.doc[max(0, a - 3) : a]) if not t.is_punct), None)
        after = next((t for t in self.doc[b + 1 : b + 4] if not t.is_punct), None)
        if before is None or after is None or after.idx < end:
            return False
        name = [before, *self.doc[a : b + 1], after]
        # the model may tag the whole name otherwise from the nickname on: the given name decides
        return before.ent_type_ == "PERSON" and all(t.pos_ == "PROPN" for t in name if not t.is_punct)

    def _characterises(self, mark: int) -> bool:
        """Is the naming verb right before this mark someone's own ("what he called", "what critics
        described as"): a verb with a subject whose object is a wh-pronoun?"""
        j = self.tok_at(mark) - 1
        while j > 0 and self.doc[j].text == ",":
            j -= 1  # "characterized the mayor as, '...'"
        if j < 0:
            return False
        verb = self.doc[j]
        if verb.dep_ == "prep" and verb.head.i < verb.i:
            verb = verb.head  # "what officials described as '...'"
        if self.doc[j].lower_ == "as" and verb.i != j and self._characterised_object(verb):
            return True
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children):
            return False
        if verb.lemma_.lower() in self.lex["characterising"]:
            return True  # "Amnesty described the ruling as '...'": its own words for the ruling
        return any(c.tag_ == "WP" and c.dep_ in ("dobj", "nsubjpass") and c.i < verb.i for c in verb.children)

    def _characterised_object(self, verb: Token) -> bool:
        """ "described the claim that rebels are arming the militia as '...'": the parse hung "as" on a
        verb inside the long object; the characterising verb above it, with a subject of its own, is
        the one the words belong to. Not through a participle ("the plan, known as '...'"): a name."""
        v = verb
        for _ in range(4):
            if v.tag_ == "VBN" or v.head.i == v.i:
                return False
            v = v.head
            if v.lemma_.lower() in self.lex["characterising"] and v.pos_ == "VERB":
                return any(c.dep_ == "nsubj" for c in v.children)
        return False

    # indirect speech ------------------------------------------------------------------------
    def _indirect_items(self) -> list[_Item]:
        found: list[_Item] = []
        for t in self.doc:
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                it = self._according(t)
            elif self.is_say(t):
                it = self._reported(t)
            else:
                continue
            if it is not None:
                found.append(it)
        # a report inside another report's clause belongs to the outer one
        found.sort(key=lambda it: it.start)
        starts = [it.start for it in found]
        keep = []
        for it in found:
            cue = it.att.cue[0].idx if it.att and it.att.cue else it.start
            k = bisect.bisect_right(starts, cue)
            # the few reports that start before the cue are the only ones that can hold it
            if any(o is not it and o.end > cue for o in found[max(0, k - 8) : k]):
                continue
            keep.append(it)
        return keep

    def _reported(self, v: Token) -> _Item | None:
        lemma = v.lemma_.lower()
        span: tuple[int, int] | None = None
        ccomp = next((c for c in v.children if c.dep_ == "ccomp"), None)
        if ccomp is not None:
            span = (ccomp.left_edge.i, ccomp.right_edge.i + 1)
            if not any(t.pos_ in ("VERB", "AUX") for t in self.doc[span[0] : span[1]]):
                return None
        elif lemma in self.lex["object_content"]:
            obj = next((c for c in v.children if c.dep_ in ("dobj", "dative")), None)
            # an object before its verb is a wh-word or a relative ("whom to blame"), not reported content
            if obj is None or obj.i < v.i:
                return None
            parts = [c for c in v.children if c.i > v.i and c.dep_ in ("dobj", "dative", "prep", "xcomp", "ccomp")]
            span = (obj.left_edge.i, max(c.right_edge.i for c in parts) + 1)
        elif lemma not in self.lex["needs_clause"]:
            span = self._parenthetical(v)
        if span is None:
            return None
        chars = self._clause_chars(*span)
        if chars is None or self.in_quotes(v.idx):
            return None
        start, end = chars
        att = self._attribution([v], v.sent.text, climb=False)
        if att.subject is None or att.subject.lower_ in ("i", "we", "you"):
            return None
        return _Item(start, end, "indirect", att, min(v.idx, start))

    def _parenthetical(self, v: Token) -> tuple[int, int] | None:
        """ "The museum, Mr. Obama said, would ..." / "..., Graham said.": the sentence is the report."""
        subj = _subject(v)
        if subj is None or subj.i > v.i or self.in_quotes(subj.idx):
            return None
        sent = v.sent
        lo = subj.left_edge.i
        hi = v.i + 1
        while hi < sent.end and self.doc[hi].text not in (",", ".", ";", "!", "?", "—"):
            hi += 1
        if lo <= sent.start or self.doc[lo - 1].text not in (",", "—"):
            return None  # the attribution must be set off: "X, he said, Y" or "X, he said."
        if hi < sent.end and self.doc[hi].text not in (",", ".", "!", "?", "—"):
            return None
        if lo - sent.start < 3 and sent.end - hi < 4:
            return None
        return sent.start, sent.end

    def _according(self, t: Token) -> _Item | None:
        cue = [t, self.doc[t.i + 1]]
        if self.in_quotes(t.idx):
            return None
        att = self._attribution(cue, t.sent.text)
        if att.subject is None:
            return None
        h = t.head
        sent = t.sent
        if h.i == t.i or not (sent.start <= h.i < sent.end):
            return None
        prep_lo, prep_hi = t.left_edge.i, t.right_edge.i + 1
        a, b = sent.start, sent.end
        if prep_lo <= a + 1:
            a = prep_hi
        elif prep_hi >= b - 1:
            b = prep_lo
        else:
            return None  # mid-sentence "according to": its clause is not clear enough
        chars = self._clause_chars(a, b)
        if chars is None:
            return None
        return _Item(chars[0], chars[1], "indirect", att, min(t.idx, chars[0]))

    def _clause_chars(self, a: int, b: int) -> tuple[int, int] | None:
        """A reported clause's characters: tokens a..b without a leading "that" or punctuation at
        either end; None when too short or when quotation marks are inside (a quote carries it)."""
        while a < b and (self.doc[a].dep_ == "mark" or self.doc[a].is_punct or self.doc[a].is_space):
            a += 1
        while b > a and (self.doc[b - 1].is_punct or self.doc[b - 1].is_space):
            b -= 1
        if b - a < 3:
            return None
        start, end = self.doc[a].idx, self.doc[b - 1].idx + len(self.doc[b - 1].text)
        return None if self.overlaps_quotes(start, end) else (start, end)

    # channel ----------------------------------------------------------------------------------
    def _channel(self, att: _Attribution) -> str | None:
        if att.subject is not None and is_form(att.subject):
            return att.subject.lemma_.lower()  # "a statement from the ministry said", "according to a statement"
        if not att.cue:
            return None
        verb = att.cue[0]
        if verb.lower_ in ("according", "in", "as"):
            return None
        lex = self.lex
        heads = list(verb.children)
        if att.subject is not None and att.subject.i > verb.i:
            # '"...," said X, the UN's coordinator, in a statement': the parse hangs the phrase on X
            heads += [c for c in att.subject.children if c.i > att.subject.i and c.dep_ == "prep"]
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "about"):
                # '"...," she said of the ruling in a statement': the parse hangs the channel on the topic
                heads += [x for p in c.children if p.dep_ == "pobj" for x in p.children if x.dep_ == "prep"]
        for c in heads:
            if c.dep_ == "prep" and c.lower_ in ("in", "on", "at", "during", "via", "through", "to", "with"):
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                if pobj.lemma_.lower() in lex["forms"] or pobj.lemma_.lower() in lex["media"]:
                    return self._noun_phrase(pobj)
                medium = pobj.pos_ == "PROPN" and pobj.ent_type_ in ("", "ORG", "PRODUCT", "WORK_OF_ART", "FAC")
                if c.lower_ == "on" and (pobj.lower_ in lex["platforms"] or medium):
                    return self._noun_phrase(pobj)  # "on Twitter", "on CNN"; not "on Wednesday"
            medium = c.lemma_.lower() in lex["media"] or (c.pos_ == "PROPN" and c.ent_type_ == "ORG")
            if verb.lemma_.lower() == "tell" and c.dep_ in ("dobj", "dative", "iobj") and medium:
                return self._noun_phrase(c)
        # the parse may hang the phrase elsewhere: look right after the verb
        for t in self.doc[verb.i + 1 : verb.i + 8]:
            if t.is_punct and t.text != "-":
                break
            preps = any(x.lower_ in ("in", "on", "at", "during", "via") for x in self.doc[max(0, t.i - 4) : t.i])
            if t.pos_ == "NOUN" and t.lemma_.lower() in lex["forms"] and preps:
                return self._noun_phrase(t)
        return None

    def _noun_phrase(self, head: Token) -> str:
        """ "a post on X, formerly Twitter" -> "post on X"; "a local radio station" -> itself."""
        left = [t for t in self.doc[head.left_edge.i : head.i] if t.dep_ in ("amod", "compound", "nmod", "nummod")]
        words = [t.text for t in left] + [head.text]
        nxt = self.doc[head.i + 1 : head.i + 3]
        if (
            len(nxt) == 2
            and nxt[0].lower_ in ("on", "with")
            and (
                nxt[1].lower_.rstrip(".") in self.lex["platforms"]
                or (nxt[1].pos_ == "PROPN" and nxt[1].ent_type_ not in ("DATE", "TIME"))
            )
        ):
            # "post on X", however the parse hangs it ("X." can come as one token)
            return " ".join([*words, nxt[0].text, nxt[1].text.rstrip(".")])
        for c in head.children:
            if c.i > head.i and c.dep_ == "prep" and c.lower_ in ("on", "with", "to") and self.doc[c.i - 1].text != ",":
                pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
                named = pobj is not None and pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("DATE", "TIME")
                if pobj is not None and (named or pobj.lower_ in self.lex["platforms"]):
                    comp = [x.text for x in self.doc[pobj.left_edge.i : pobj.i] if x.dep_ == "compound"]
                    words += [c.text, *comp, pobj.text]
                break
        return " ".join(words)


def _continued(sp: Speaker) -> Speaker:
    """The speaker of a quote that goes on from an earlier one: no mention of its own."""
    return sp.model_copy(update={"mention": None, "basis": "continuation"})


@Language.factory("dateline_quotes", assigns=["doc._.dl_quotes"], requires=["doc._.dl_entities"])
def make_quote_layer(nlp: Language, name: str) -> QuoteLayer:
    return QuoteLayer()
