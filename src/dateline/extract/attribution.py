"""Attribution helpers shared by the quote finder and the speaker resolver.

Small, parse-based questions about one attribution, each answered on its own:

- ``subject``: whom a reporting verb's words belong to ("..., saying" and "and added"
  climb to the verb they hang on);
- ``employer``: the organisation a description names ("a spokesman for the engine
  maker", "the ministry spokesman", "the company's lawyer"), so a description is never
  matched to a person who works somewhere else;
- ``issuer``: who issued a statement or a release ("a statement issued by the ministry",
  "the ministry's statement"), so the issuer speaks, not the document;
- ``relayer``: the reporting verb that passes a quote on ("he said '...', the prosecutor's
  office said"), for the quote's ``reported_by``;

(A first name's gender and how common a given name is live in ``dateline.names``, with the name
table they read.)
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from .. import rules

_CLIMB_DEPS = ("advcl", "xcomp", "conj", "pcomp", "acl", "relcl", "prep")  # "by saying" climbs to its verb


def subject(verb: Token) -> Token | None:
    """The reporting verb's subject; for "..., saying" or "and added", the subject of the verb it hangs on."""
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i and _own_acl(verb):
        # "footage of Senator Ruiz asking, '...'": the one asking (not "emailed supporters saying"); a past
        # tense on a person's name ("Kate Lowry, the nominee, tweeted") is the name's own verb
        return verb.head
    if verb.tag_ == "VBG" and verb.dep_ in ("acl", "xcomp", "advcl") and (shown := _depicted(verb.head, verb)):
        return shown  # "the ad uses footage of Ms. Ruiz asking, '...'", however the parse hangs "asking"
    subj = _subject(verb)
    if subj is not None and subj.tag_ != "NNP" and verb.tag_ == "VBG" and (shown := _depicted(subj, verb)):
        return shown  # "it shows video of him saying '...'" parsed with "video" as the subject
    return subj


def _own_acl(verb: Token) -> bool:
    """A verb the parse hung on a name as a clause of it, that is that name's own verb."""
    return verb.tag_ == "VBG" or (verb.tag_ in ("VBD", "VBN") and verb.head.ent_type_ == "PERSON")


def _fronted_misparse(subj: Token) -> Token:
    """ "Outside court, farmer Ann Lee said" parsed as "court" coordinated with "Ann Lee" though no
    "and" joins them: the person's name is the subject, the fronted phrase none."""
    if subj.ent_type_ == "PERSON" or any(c.dep_ == "cc" for c in subj.children):
        return subj
    person = next((c for c in subj.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)
    return person if person is not None else subj


def _subject(verb: Token) -> Token | None:
    v = verb
    came = ""  # the relation by which the walk last climbed to ``v``
    for step in range(6):
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None and v.lemma_ == verb.lemma_:
            # "was written by X": the speaker is the agent, not the passive subject
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
        # a dash the parser took for a noun ("... made public ― Trump boasted") is no subject
        subj = [
            c
            for c in v.children
            if (c.dep_ == "nsubj" or (c.dep_ == "nsubjpass" and step)) and any(ch.isalnum() for ch in c.text)
        ]
        if subj and subj[0].lower_ in ("who", "that", "which"):
            # "the envoy, who said ...": the noun the relative clause hangs on
            # ("who had written it" as a question inside another clause names no one)
            return v.head if v.dep_ == "relcl" else None
        if len(subj) > 1:
            # "Outside court, farmer Ann Lee, whose ..., said": a fronted phrase parsed as a second
            # subject; the one nearest before the verb is the speaker
            subj = sorted(subj, key=lambda c: (c.i > v.i, -c.i if c.i < v.i else c.i))
        # "police said he asked ... and said, '...'": a verb joined to a reported clause shares that
        # clause's subject when it is someone ("he"), not a thing ("talks failed and blamed ...")
        shared = came == "conj" and (subj[0].ent_type_ == "PERSON" or _personal(subj[0])) if subj else False
        if subj and (shared or not (step and v.dep_ == "ccomp" and v.head.i != v.i)):
            return _fronted_misparse(subj[0])
        if v.dep_ == "xcomp" and v.head.i != v.i:
            # object control: "the crisis forced the minister to admit ...", "led the maker to announce":
            # the one who admits is the object of the verb above, not its subject
            obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
            if obj is not None:
                return obj
        # "X said talks failed ..., accusing the rebels of ...": a clause that is itself
        # reported speaks for the reporter, not for its own subject
        # "she recalled thinking, '...'": a gerund that is its verb's object speaks for that verb's subject
        gerund = v.tag_ == "VBG" and v.dep_ == "dobj"
        if (v.dep_ in _CLIMB_DEPS or (step and v.dep_ == "ccomp") or gerund) and v.head.i != v.i:
            came = v.dep_
            v = v.head
            continue
        if step and v.pos_ in ("NOUN", "PRON") and v.dep_ in ("dobj", "dative", "pobj") and v.head.i != v.i:
            came = v.dep_  # a relation of the climb just made, never one left from an earlier climb
            v = v.head  # "the senator emailed supporters saying ...": past the object to its verb
            continue
        if step and v.pos_ in ("NOUN", "PROPN") and v.dep_ == "ROOT" and came == "acl":
            # "The group, Renters United, formed last month and sent a letter stating ...": a sentence the
            # parse read as a noun with a clause hung on it has that noun for the clause's subject
            return v
        break
    for c in verb.children:
        if c.i > verb.i and c.dep_ in ("attr", "npadvmod", "dep", "appos") and c.pos_ in ("PROPN", "NOUN", "PRON"):
            return c
    return None


def _depicted(head: Token, verb: Token) -> Token | None:
    """The one a recording shows, when ``verb`` hangs on it or on the verb whose object it is:
    "footage of Ms. Ruiz asking" -> Ruiz. None when there is no recording of a named one."""
    recording = head if head.pos_ == "NOUN" else None
    if recording is None or recording.lemma_.lower() not in _depictions():
        recording = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if recording is None or recording.lemma_.lower() not in _depictions():
        return None
    of = next((c for c in recording.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    shown = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if shown is None or shown.pos_ not in ("PROPN", "PRON", "NOUN") or shown.i > verb.i:
        return None
    return shown


@cache
def _person_pronouns() -> frozenset[str]:
    """Pronouns that may stand for someone ("he", "they"), not those only for things ("it")."""
    table = rules.load_yaml("sources.yaml")["pronouns"]
    return frozenset(str(k).lower() for k, v in table.items() if v.get("kind") != "thing")


def _personal(tok: Token) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in _person_pronouns()


@cache
def _depictions() -> frozenset[str]:
    return rules.word_set("sources.yaml", "depiction_heads")


@cache
def _forms() -> frozenset[str]:
    return rules.word_set("channels.yaml", "forms")


def _employer_preps() -> frozenset[str]:
    return rules.word_set("sources.yaml", "employer_prepositions")


def _issuer_preps() -> frozenset[str]:
    return rules.word_set("sources.yaml", "issuer_prepositions")


def is_form(tok: Token) -> bool:
    """A noun for a document or utterance ("statement", "release", "letter"), not a speaker."""
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in _forms() or tok.lower_ in _forms())


def employer(head: Token, institutions: frozenset[str]) -> Token | None:
    """The organisation a description of a person names: the head of that organisation's phrase.

    "a spokesman for the engine maker" -> maker; "a Foreign Office spokesperson" -> Office;
    "the company's lawyer" -> company. None when the description names no employer.
    """
    for c in head.children:
        if c.i > head.i and c.dep_ == "prep" and c.lower_ in _employer_preps():
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and (pobj.pos_ == "PROPN" or pobj.lemma_.lower() in institutions):
                return pobj
    owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)
    if owner is not None:
        return owner
    compounds = [c for c in head.children if c.dep_ == "compound" and c.i < head.i]
    if compounds:
        last = compounds[-1]
        if last.pos_ == "PROPN" or last.lemma_.lower() in institutions:
            return last
    return None


def issuer(form: Token) -> Token | None:
    """Who issued a document: "a statement issued by X", "a statement from X", "X's statement"."""
    for c in form.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN"):
            return c
        if c.dep_ == "prep" and c.lower_ in _issuer_preps() and c.i > form.i:
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj
        if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
            # "a statement issued by the ministry", "a release sent by the company"
            for a in c.children:
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ in ("by", "from")):
                    pobj = next((x for x in a.children if x.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    for c in form.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return c  # "a Kremlin statement"
    return None


def reporting_head(verb: Token, is_say: object) -> Token | None:
    """The reporting verb whose reported clause holds ``verb`` ("police said he told her ..."), if any."""
    assert callable(is_say)
    v = verb
    for _ in range(4):
        if v.dep_ == "conj" and v.head.i != v.i:
            v = v.head  # "he called her ... and said '...'": the first conjunct carries the clause
            continue
        if v.dep_ == "ccomp" and v.head.i != v.i and is_say(v.head):
            return v.head
        break
    return None
