"""Who did it and to whom: the actors and recipients of an event trigger, from the dependency parse.

The rules (see ``events``' module docstring for the whole list) read the parse around a trigger:

- the agent: the subject of an active verb, "by X" of a passive (its subject is the recipient:
  "were killed by gunmen"; without "by" the agent is unknown, never the victim), the noun a
  relative or participial clause hangs on ("the generals, who seized power"); a clause with a
  subordinator ("After ... were killed, he admitted") never borrows another clause's subject;
- the parties a noun phrase names: entities (its conjuncts, a name in apposition, a pronoun the
  speaker resolver resolves), or common nouns that name actors kept as descriptors with the
  side their modifier names ("Israeli troops": Israel and "Israeli troops");
- for a noun trigger: its owner, "by/between X", or the subject of its light verb;
- recipients: the object, the passive subject, "against/on X", the subject of a demanded clause.

The word lists are ``events.yaml``'s, read through ``events`` (which imports this module).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from .. import rules
from ..record import ActorGap, Descriptor, Entity
from .context import ArticleContext
from .geo import CITY, CITY_ALTERNATE, country_of_people, gazetteer

LOCATION_PREPS = {"in", "near", "at", "along", "inside", "outside", "across", "around", "on", "over", "into", "off"}
PLACE_TYPES = ("GPE", "LOC", "FAC")
PARTY_TYPES = ("PERSON", "ORG", "GPE", "NORP")
_DIRECTED_PREPS = {"to", "with", "in", "from", "against", "on", "for", "of", "into", "toward", "towards"}
# words that open a clause but that the parser can take for a preposition ("after a gang ... punched")
_SUBORDINATORS = {"after", "before", "until", "since", "as", "once", "because", "while"}
# dependency labels of a clause of its own: a place or time inside one belongs to that clause
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "parataxis", "csubj"}
# clauses under another: a finite verb inside one is not the sentence's main verb
_SUBORDINATE_DEPS = {"acl", "relcl", "advcl", "ccomp", "csubj", "pcomp", "xcomp", "parataxis"}
_FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_SYMMETRIC = {"AGREE", "CONSULT", "COOPERATE"}
# categories directed at someone even when the clause names them only in a phrase ("lifted the
# curfew in Montenegro", "threatened to cut off electricity to Nakhichevan")
_DIRECTED = {
    "AGREE", "SUPPORT", "CONCEDE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "MOBILIZE"
}  # fmt: skip


@cache
def _role_words(key: str) -> frozenset[str]:
    return rules.word_set("roles.yaml", key)


def _lexicon() -> dict[str, Any]:
    from .events import _lexicon as lexicon  # here, not at the top: events imports this module

    return lexicon()


def _senses() -> Any:
    from .events import _senses as senses  # here, not at the top: events imports this module

    return senses()


def _is_relative(tok: Token) -> bool:
    return tok.lower_ in ("who", "that", "which", "whom") and tok.tag_ in ("WP", "WDT", "IN")


@dataclass
class Roles:
    """Who did it and to whom, for one trigger."""

    actors: list[str]  # entity ids
    descriptors: list[Descriptor]  # common nouns that name actors ("gunmen")
    gap: ActorGap | None  # why no actor is known, or None
    recipients: list[str]
    recipient_descriptors: list[Descriptor]


def roles_of(ctx: ArticleContext, tok: Token, verb: Token | None, category: str) -> Roles:
    """The actors and recipients of the trigger ``tok`` (``verb``: the verb that governs it)."""
    agent, gap = agent_or_gap(tok)
    actors, descriptors = parties(ctx, agent) if agent is not None else ([], [])
    if agent is not None and not actors and not descriptors and reported_conjunct(tok):
        # "X said the attack was a crime and called on ...": the parse hangs the second verb on
        # the reported clause; its doer is the sayer
        agent, gap = agent_or_gap(tok.head.head)
        actors, descriptors = parties(ctx, agent) if agent is not None else ([], [])
    if agent is not None and not actors and not descriptors and agent.pos_ == "NOUN" and agent.i != tok.i:
        # "the attack, which killed 15 soldiers": whoever made the attack
        made = _lexicon()["triggers"].get(agent.lemma_.lower())
        if made is not None:
            actors, descriptors = noun_actors(ctx, agent, _verb_above(agent), made[0])
    if agent is not None and not actors and not descriptors and category.lower() in _role_words("voiced_categories"):
        # "dental nurses have protested", "a group of pharmacists is urging": only someone
        # can protest, demand or accuse, so the common noun that does is the actor, listed or not
        # ... but only a noun for people or a group: "the proposal calls for", "the new law
        # demands", "smoke protested" name a thing, whose maker is not told
        doer = partitive(agent)
        said = _descriptor(ctx, doer, any_noun=True) if names_people(doer) else None
        descriptors = [said] if said is not None and tok.pos_ == "VERB" else []
    if agent is not None and not actors and not descriptors:
        gap = "subject not a party"  # "the move angered Kenya", or a pronoun not resolved
    if not actors and not descriptors and tok.pos_ == "NOUN":
        actors, descriptors = noun_actors(ctx, tok, verb, category)
    if actors or descriptors:
        for p in _companions(tok, agent):  # "Kenya, along with Uganda, deployed troops"
            e, d = parties(ctx, p)
            actors += [x for x in e if x not in actors]
            descriptors += d
    if tok.lemma_.lower() in _role_words("mutual_verbs") and (actors or descriptors):
        # "protesters clashed with police": two-sided violence has both sides as actors
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "with":
                for p in c.children:
                    e, d = parties(ctx, p) if p.dep_ == "pobj" else ([], [])
                    actors += [x for x in e if x not in actors]
                    descriptors += d
    recipients = [r for r in recipients_of(ctx, tok, verb, category) if r not in actors]
    if not recipients and category in _DIRECTED:
        recipients = [r for r in clause_parties(ctx, tok, verb, category) if r not in actors]
    if category == "ACCUSE" and tok.pos_ == "VERB":
        # "complained to the UN over Israeli air raids": whose doing the complaint is over is who
        # is accused, whoever it is made to
        over = [
            e
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in _role_words("grievance_preps")
            for p in _prep_objects(c)
            for e in _target(ctx, p)[0]
        ]
        recipients = [r for r in over if r not in actors] + [r for r in recipients if r not in over]
    if category == "THREATEN":
        # whom the condition names, after those the threatened act is done to: "threatened to ban
        # voting in the city if Hamas ran": the city and Hamas
        recipients += [r for r in _conditioned(ctx, tok, verb) if r not in actors and r not in recipients]
    if (
        (category in _SYMMETRIC or tok.lemma_.lower() in _role_words("mutual_verbs"))
        and len(actors) >= 2
        and not recipients
    ):
        recipients = list(actors)  # each side to the other
    targets = [d for d in recipient_descriptors(ctx, tok, verb) if d not in descriptors]
    if category in ("REQUEST", "THREATEN", "ACCUSE") and not targets:
        # "demanded that the militias disarm": the common noun the demand is made of
        for c in tok.children:
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if c.dep_ in ("ccomp", "xcomp") and subj is not None:
                targets += parties(ctx, subj)[1]
    if category in ("ASSAULT", "COERCE") and not recipients and not targets:
        # "opened fire to disperse the demonstrators": whom it was meant for
        aimed = [tok] + ([verb] if verb is not None and tok.dep_ == "dobj" and tok.head.i == verb.i else [])
        for c in [c for h in aimed for c in h.children]:
            if c.dep_ in ("advcl", "xcomp") and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                for o in c.children:
                    e, d = _target(ctx, o) if o.dep_ == "dobj" else ([], [])
                    recipients += [x for x in e if x not in actors and x not in recipients]
                    targets += d
    return Roles(actors, descriptors, None if actors or descriptors else gap, recipients, targets)


def _companions(tok: Token, agent: Token | None) -> list[Token]:
    """Who acted together with the agent: "X, along with Y, ...", "X together with Y", "alongside Y"."""
    out: list[Token] = []
    for h in [tok] + ([agent] if agent is not None else []):
        for c in h.children:
            if c.dep_ != "prep":
                continue
            if c.lower_ == "along":
                c = next((x for x in c.children if x.dep_ == "prep" and x.lower_ == "with"), c)
            together = c.lower_ == "with" and c.i > 0 and c.doc[c.i - 1].lower_ in ("together", "along")
            if together or c.lower_ == "alongside":
                out += [p for p in c.children if p.dep_ == "pobj"]
    return out


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb a noun hangs on."""
    h = tok
    while h.head.i != h.i:
        h = h.head
        if h.pos_ in ("VERB", "AUX"):
            return h
    return None


def agent_of(tok: Token) -> Token | None:
    """The head of the noun phrase that did what the verb ``tok`` says, or None when unknown."""
    return agent_or_gap(tok)[0]


def agent_or_gap(tok: Token) -> tuple[Token | None, ActorGap | None]:
    """The agent of ``tok`` (see :func:`agent_of`), or None and why the clause names none."""
    if tok.pos_ == "ADJ" and tok.dep_ == "acomp":
        tok = tok.head  # "France is ready to contribute troops"
    elif tok.pos_ != "VERB" and not (tok.pos_ == "AUX" and tok.dep_ == "ROOT"):
        return None, "noun without agent"  # (a copula that is the clause's verb: "is in talks")
    v = tok
    active = False  # climbed from an active verb that shares the subject of a passive one
    for _ in range(4):
        passive_subj = next((c for c in v.children if c.dep_ == "nsubjpass" and not _false_passive(v)), None)
        if active and passive_subj is not None:
            # "has been charged by the agency and will resign", "was forced by rebels to flee": who
            # resigns or flees is the passive's subject, never its agent
            return passive_subj, None
        agent = next((c for c in v.children if c.dep_ == "agent"), None)
        if agent is not None:
            # "were killed by gunmen"
            return next((c for c in agent.children if c.dep_ == "pobj"), None), "passive without agent"
        subjects = [
            c for c in v.children if c.dep_ in ("nsubj", "csubj") or (c.dep_ == "nsubjpass" and _false_passive(v))
        ]
        # two subjects on one verb is a misparse of a clause after a subordinator ("The firm,
        # ..., said that ..., shortly after Jane Doe stepped down"): the one nearest before the
        # verb is its own
        before = [c for c in subjects if c.i < v.i]
        subj = before[-1] if len(subjects) > 1 and before else next(iter(subjects), None)
        if subj is not None and subj.tag_ == "VBG":
            # "The Red Cross operating in Iraq said": the parse made the participle the subject
            subj = next((c for c in subj.children if c.dep_ == "nsubj"), subj)
        if subj is not None and _reduced_relative(v):
            return None, "passive without agent"  # "Five guards killed in an ambush were buried"
        if subj is not None:
            if _is_relative(subj) and v.dep_ == "relcl":
                return v.head, None  # "the generals, who seized power"
            return subj, None
        if passive_subj is not None:
            return None, "passive without agent"  # "Two officers had been shot": not who shot
        if v.dep_ in ("acl", "relcl") and v.tag_ == "VBG":
            if v.head.lemma_.lower() in _role_words("message_nouns") and v.head.dep_ == "dobj":
                # "issued a statement demanding ...": who issued it
                v = v.head.head
                continue
            wrote = _verb_above(v.head) if v.head.dep_ == "pobj" else None
            if v.head.lemma_.lower() in _role_words("message_nouns") and wrote is not None:
                # "resigned in a letter stating ...": who wrote it
                v = wrote
                continue
            return v.head, None  # "militants using rockets"
        if any(c.dep_ == "mark" for c in v.children):
            return None, "no subject"  # "after ... were killed, he admitted": not this clause's subject
        accused = _accused_of(v)
        if accused is not None:
            return accused, None  # "the rebels were accused of killing civilians": the rebels killed
        lost = _subject_parsed_as_object(v)
        if lost is not None:
            return lost, None
        chosen = _controller(v)
        if chosen is not None:
            return chosen, None  # "chose Acme to build the ships": Acme builds
        # a participle or infinitive without a subject of its own: ", killing three", "agreed to
        # withdraw", "and then attacked": the subject of the verb it hangs on
        if v.dep_ == "conj" and any(c.dep_ == "auxpass" for c in v.children):
            return None, "passive without agent"  # "decided to leave or was forced out": he was forced
        if v.dep_ == "pcomp" and v.head.pos_ in ("ADP", "SCONJ") and v.head.head.pos_ in ("VERB", "AUX"):
            # "responded by expelling two diplomats", "was fined for selling fakes": the gerund's
            # doer is the subject of the verb the preposition hangs on, passive or not
            active, v = True, v.head.head
            continue
        said_of = v.head.head if v.dep_ == "pcomp" and v.head.pos_ == "ADP" else None
        if said_of is not None and said_of.pos_ == "ADJ" and said_of.dep_ == "acomp":
            # "pleaded guilty to threatening", "is responsible for shelling": the gerund's doer is
            # whom the adjective is said of, the subject of its verb
            active, v = True, said_of.head
            continue
        if v.dep_ in ("xcomp", "advcl", "conj", "pcomp") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
            active = v.dep_ in ("xcomp", "conj") and not _passive(v)
            v = v.head
            continue
        if misread_finite(v):
            # "The union, which ..., called for a strike.": the union called; "Thousands of
            # opponents of the tax gathered": the head of the "of" chain, not its last noun
            h = v.head
            while h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
                h = h.head.head
            return h, None
        if v.dep_ == "acl" and v.tag_ == "VBN":
            return None, "passive without agent"  # "the journalist killed last week"
        owner = next((c for c in v.head.children if c.dep_ == "poss"), None) if v.dep_ == "acl" else None
        if owner is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
            return owner, None  # "Acme's decision to close the plant": Acme closes it
        break
    return None, "no subject"


def _controller(v: Token) -> Token | None:
    """The object that does what an infinitive says: "urged Kenya to withdraw", "chose Acme to
    build the ships", "barred the firm from using the name" (the object of the verb the infinitive
    hangs on, when it names a party; not "used rockets to attack", not "promised Kenya to help", not
    "ordered the paper to close": the order is the event)."""
    head = v.head
    gerund = v.dep_ == "pcomp" and head.lower_ == "from" and head.head.pos_ == "VERB"
    if v.dep_ != "xcomp" and not gerund:
        return None
    verb = head.head if gerund else head
    if verb.pos_ != "VERB" or verb.i == v.i:
        return None
    kept = _role_words("instrument_verbs") | _role_words("subject_control_verbs") | _role_words("command_verbs")
    if verb.lemma_.lower() in kept:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < v.i), None)
    if obj is None:
        return None
    party = obj.pos_ == "PROPN" or obj.ent_type_ in PARTY_TYPES or obj.lower_ in ("him", "her", "them", "us")
    party = party or obj.lemma_.lower() in _senses().actor_nouns
    return obj if party else None


def _reduced_relative(v: Token) -> bool:
    """A participle the parse took for its clause's verb: in "Five guards killed in an ambush were
    buried", "killed" has "guards" as subject, but a bare participle with no auxiliary and no
    object says what was done to its subject."""
    if v.tag_ != "VBN" or not any(c.dep_ == "nsubj" for c in v.children):
        return False
    if any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in v.children):
        return False
    if _bare_harm(v):
        return True
    # the clause's real verb hangs on the participle, with its auxiliary but no subject ("were buried")
    return any(
        c.i > v.i
        and c.pos_ in ("VERB", "AUX")
        and any(x.dep_ in ("aux", "auxpass") for x in c.children)
        and not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        for c in v.children
    )


def _bare_harm(v: Token) -> bool:
    """A verb of violence or force as a bare participle with nothing done to anyone after it, as a
    headline writes it ("More than 100 protesters killed in unrest", "Five students arrested at a
    rally"): killing or arresting is done to someone, so with no object the subject is who it was
    done to (the tagger's VBN, not VBD, says it is no past tense: "Gunmen killed" has an object
    anyway). Only such verbs: "Rebels advanced on the town" has none and did it."""
    if v.tag_ != "VBN" or any(c.dep_ in ("dative", "oprd") for c in v.children):
        return False
    lemma = v.lemma_.lower()
    if lemma in _senses().harm_words:
        return True
    return _lexicon()["triggers"].get(lemma, ("",))[0].lower() in _role_words("done_to_categories")


def _main_finite(sent: Span) -> bool:
    """Whether the sentence has a finite verb outside every subordinate clause."""
    for x in sent:
        if x.tag_ not in _FINITE_TAGS or x.pos_ not in ("VERB", "AUX"):
            continue
        h = x.head if x.dep_ in ("aux", "auxpass") else x
        if not any(a.dep_ in _SUBORDINATE_DEPS for a in [h, *h.ancestors] if a.head.i != a.i):
            return True
    return False


def _under_clause(t: Token) -> bool:
    """Whether ``t`` stands inside a subordinate clause (a relative, adverbial, complement ... clause)."""
    return any(a.dep_ in _SUBORDINATE_DEPS for a in t.ancestors)


def misread_finite(v: Token) -> bool:
    """A sentence's own past-tense verb that the parse took for a participle on a noun: the small
    model reads "The union, which ..., called for a strike." and "After the ruling, a lawyer for
    the family asked for a retrial." with no finite verb in the main clause and "called"/"asked"
    as a participle ("acl", tagged VBN or even VBD) of the noun before. A written sentence (it
    ends with a full stop) needs a main verb, so the outermost such participle is it and its noun
    is the subject. Not a headline ("Five guards killed in ambush": no full stop), not a
    participle with its agent or an "of" complement ("a man convicted of fraud"), which stays a
    description."""
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD") or _under_clause(v):
        return False
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("of", "by")) for c in v.children):
        return False
    sent = v.sent
    if not sent.text.rstrip().rstrip("\"”'’").endswith(".") or _main_finite(sent):
        return False
    outer = [t for t in sent if t.dep_ == "acl" and t.tag_ in ("VBN", "VBD") and not _under_clause(t)]
    return min(outer, key=lambda t: len(list(t.head.ancestors))).i == v.i


def _false_passive(v: Token) -> bool:
    """A passive subject the parse gave a finite active verb: in "General Motors today named Mary
    Barra as its chief", "General Motors" can come out as ``nsubjpass`` of "named", which has no
    passive auxiliary and an object; it is the subject (a passive has its auxiliary, even with an
    object: "was given a medal"; a headline's bare one has no object: "Minister killed in attack")."""
    return not any(c.dep_ == "auxpass" for c in v.children) and any(c.dep_ == "dobj" for c in v.children)


def _passive(v: Token) -> bool:
    """A passive verb: its own passive auxiliary, or a bare participle that shares one ("was
    arrested and charged")."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children):
        return True
    return v.tag_ == "VBN" and not any(c.dep_ == "aux" for c in v.children)


def _accused_of(v: Token) -> Token | None:
    """The one a verb of blame holds responsible for the gerund ``v`` ("accused Kenya of arming ...")."""
    prep, blame = v.head, v.head.head
    for _ in range(2):
        if blame.dep_ in ("pobj", "agent") and blame.pos_ != "VERB":
            blame = blame.head  # "were accused by the government of killing": the parse hangs it on "government"
    if v.dep_ != "pcomp" or prep.lower_ not in ("of", "for") or blame.pos_ != "VERB":
        return None
    if _lexicon()["triggers"].get(blame.lemma_.lower(), ("",))[0] != "ACCUSE":
        return None
    return next((c for c in blame.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _subject_parsed_as_object(v: Token) -> Token | None:
    """The subject of a clause the parse took for a phrase: in "was left hurt after a gang of
    thugs punched her", "after a gang" hangs on "left" as a preposition and "punched" has no
    subject; the noun that ends right before the verb is its subject."""
    if v.dep_ != "advcl" or v.head.i == v.i:
        return None
    for c in v.head.children:
        if c.dep_ == "prep" and c.lower_ in _SUBORDINATORS and c.i < v.i and c.right_edge.i == v.i - 1:
            return next((p for p in c.children if p.dep_ == "pobj"), None)
    return None


def partitive(tok: Token) -> Token:
    """ "Hundreds of protesters" -> "protesters"."""
    if tok.lemma_.lower() in _senses().partitives or tok.lower_ in _senses().partitives or tok.pos_ == "NUM":
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
    return tok


def _descriptor(ctx: ArticleContext, tok: Token, any_noun: bool = False) -> Descriptor | None:
    """The words of a common-noun actor with its modifiers ("Israeli troops", "security forces");
    with ``any_noun``, of any common noun, listed as an actor noun or not."""
    nouns = _senses().actor_nouns
    # a capitalised plural ("Thugs punched ..." in a headline) is tagged a name and keeps its "s"
    forms = {tok.lemma_.lower(), tok.lower_, tok.lower_[:-1] if tok.lower_.endswith("s") else tok.lower_}
    if tok.pos_ not in ("NOUN", "PROPN") or not (forms & nouns or (any_noun and tok.pos_ == "NOUN")):
        return None
    doc = ctx.doc
    start, j = tok.i, tok.i - 1
    while (
        j >= 0
        and doc[j].pos_ not in ("DET", "NUM", "PRON")
        and doc[j].dep_ in ("amod", "compound", "nmod", "npadvmod", "punct", "hmod", "advmod")
    ):
        if tok not in doc[j].ancestors:
            break
        if doc[j].dep_ != "punct":
            start = j
        j -= 1
    span = doc[start : tok.i + 1]
    return Descriptor(text=span.text, start=span.start_char, end=span.end_char)


def parties(ctx: ArticleContext, head: Token) -> tuple[list[str], list[Descriptor]]:
    """Entities and actor-noun descriptors a noun phrase names, its conjuncts included."""
    ents: list[str] = []
    descs: list[Descriptor] = []
    head = partitive(head)
    for h in [head, *head.conjuncts]:
        h = partitive(h)
        eid = ctx.resolver.token_entity.get(h.i)
        if eid is None:
            eid = _named_before(ctx, h)  # "Steve Jobs ... Jobs resigned"
        host = _host_subject(h) if eid is None else None
        if host is not None:
            sayer = host
            sid = ctx.resolver.token_entity.get(sayer.i)
            if sid is None and sayer.pos_ == "PRON" and sayer.i != h.i:
                # "said it was closing plants that it owns": the pronoun the host's is
                sid = next(iter(parties(ctx, sayer)[0]), None)
            if sid is not None and _pronoun_fits(h, ctx.entities[sid]):
                eid = sid  # "Syria says it is willing to withdraw": the pronoun is the sayer
            elif sayer is not None and sid is None and sayer.pos_ == "NOUN" and _fits_noun(h, sayer):
                # "the army said it had shot down four drones", "a man admitted charges that he
                # threatened ...": the sayer, a common-noun actor
                said_ents, said_descs = parties(ctx, sayer)
                ents += [e for e in said_ents if e not in ents]
                descs += said_descs
                if said_ents or said_descs:
                    continue
        if eid is None and h.pos_ == "PRON" and h.lower_ not in ("it", "this", "that", "which", "who", "what"):
            cand = ctx.resolver.resolve(h, h.i, h.i + 1)
            eid = cand.speaker.entity
            if eid is not None and ctx.entities.get(eid) is not None and ctx.entities[eid].type not in PARTY_TYPES:
                eid = None
        if eid is None:
            eid = _previous_subject(ctx, h)
        if eid is None and h.pos_ in ("NOUN", "ADJ"):
            # "the paramilitary Rapid Support Forces (RSF)" (parsed with the adjective as head),
            # "Dubai's flagship carrier Emirates Airline", "the rebels' leader, Jane Doe,": the name in
            # apposition is the party, not the owner or the modifier
            app = next((c for c in h.children if c.dep_ == "appos" and c.i in ctx.resolver.token_entity), None)
            if app is None:
                app = _posted_name(ctx, h) or _called_name(ctx, h)
            eid = ctx.resolver.token_entity.get(app.i) if app is not None else None
        if eid is None and h.pos_ == "NOUN" and h.lemma_.lower() not in _senses().actor_nouns:
            # "the minister", "the president": a title the speaker resolver knows; only parties
            cand = ctx.resolver.resolve(h, h.left_edge.i if h.left_edge.i <= h.i else h.i, h.i + 1)
            eid = cand.speaker.entity
            if eid is not None and (ctx.entities.get(eid) is None or ctx.entities[eid].type not in ("PERSON", "ORG")):
                eid = None
        if eid is None:
            eid = _kind_named_before(ctx, h)
        if eid is not None:
            if eid not in ents:
                ents.append(eid)
            ents += [x for x in _title_sides(ctx, h, eid) if x not in ents]
            ents += [x for x in _people_country(ctx, eid) if x not in ents]  # "Israelis marched": Israel too
            continue
        d = _descriptor(ctx, h)
        if d is not None:
            descs.append(d)
        # "Hungarian and Romanian officials", "Kenyan troops": the side the modifier names
        for c in h.children:
            if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i in ctx.resolver.token_entity:
                for x in [c, *c.conjuncts]:
                    e2 = ctx.resolver.token_entity.get(x.i)
                    if e2 is not None and e2 not in ents and _side(ctx, e2):
                        ents.append(e2)
                        ents += [y for y in _people_country(ctx, e2) if y not in ents]  # Israel too
            if c.dep_ == "prep" and c.lower_ in ("from", "of") and d is not None:
                for p in c.children:
                    e2 = ctx.resolver.token_entity.get(p.i)
                    if p.dep_ == "pobj" and e2 is not None and e2 not in ents and _side(ctx, e2):
                        ents.append(e2)  # "troops from Chad"
                    elif p.dep_ == "pobj" and e2 is None and h.lemma_.lower() in _role_words("member_nouns"):
                        descs += [
                            x for x in [_descriptor(ctx, partitive(p))] if x is not None
                        ]  # "leaders of the coalition"
    return ents, descs


def _fits_noun(pron: Token, noun: Token) -> bool:
    """Whether a pronoun can stand for a common noun: "it", "they", "we" for any (a body or a
    group); "he", "she" only for one person told by a singular actor noun ("a man", "the officer")."""
    if pron.lower_ in ("it", "they", "we"):
        return True
    one_person = rules.word_set("casualties.yaml", "one_person_pronouns")
    return pron.lower_ in one_person and noun.tag_ == "NN" and noun.lemma_.lower() in _senses().actor_nouns


@cache
def _known_verbs(vocab: Vocab) -> frozenset[str]:
    """The verbs the lemmatizer of the pipeline that made a Doc knows ("teach" makes "teacher" a
    person); empty without a lemmatizer, and then only the listed people nouns count."""
    from .nlp import lemma_index  # here, not at the top: nlp imports the components

    return lemma_index(vocab, "verb")


@cache
def _people_nouns() -> frozenset[str]:
    """Every noun the data files list for people or a group of them, in any role."""
    words = _senses().actor_nouns | _role_words("people_nouns") | _role_words("member_nouns")
    for key in ("person_nouns", "resident_nouns", "opener_nouns", "name_possessive_nouns", "org_nouns_after"):
        words |= rules.word_set("entities.yaml", key)
    return (
        words
        | rules.word_set("retold.yaml", "doer_nouns")
        | rules.word_set("events.yaml", "generic_doers")
        | rules.word_set("titles.yaml", "heads")
    )


def names_people(tok: Token) -> bool:
    """Whether a common noun names people or a group of them, so that it can be who protested or
    demanded: a noun the data files list for people ("residents", "colleague", "union"), one with
    an agentive ending (roles.yaml agentive_endings: "pharmacist", "physician"), or one of a doer
    ending (doer_endings: "teacher", "provider", "investor") on a verb the pipeline knows, that
    no list gives as a message or a thing ("letter", "poster", "computer")."""
    lemma, word = tok.lemma_.lower(), tok.lower_
    forms = {lemma, word, word[:-1] if word.endswith("s") else word}
    if forms & (_role_words("message_nouns") | _role_words("thing_nouns")):
        return False  # the issuer of "the letter demands" is not told; "the computer rejected"
    if forms & _people_nouns():
        return True
    if any(len(f) > 5 and f.endswith(tuple(_role_words("agentive_endings"))) for f in forms):
        return True
    ending = next((e for e in _role_words("doer_endings") if lemma.endswith(e)), None)
    if ending is None or len(lemma) <= 5:
        return False
    stem = lemma[: -len(ending)]
    stems = {stem, stem + "e"}  # "teacher" <- "teach", "provider" <- "provide"
    if len(stem) > 4 and stem[-1] == stem[-2]:
        # "planner" <- "plan", "shopper" <- "shop"; a short stem is not undoubled: "letter",
        # "matter", "butter", "summer" are no one who does "let", "mat", "but", "sum"
        stems.add(stem[:-1])
    return bool(stems & _known_verbs(tok.doc.vocab))


def _previous_subject(ctx: ArticleContext, pron: Token) -> str | None:
    """The party a sentence's pronoun subject continues from the sentence before, when that
    sentence's subject is a party the pronoun fits ("Acme cut 500 jobs. It also plans to close two
    plants."): news goes on about whom it has just named. Not "it" of the weather or a time."""
    if pron.pos_ != "PRON" or pron.dep_ not in ("nsubj", "nsubjpass") or pron.head.dep_ != "ROOT":
        return None
    start = pron.sent.start
    if start == 0 or any(not t.is_punct for t in pron.doc[start : pron.i]):
        return None  # only a sentence that opens with it
    before = pron.doc[start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i == pron.i:
        return None
    sid = ctx.resolver.token_entity.get(subj.i)
    if sid is None and subj.pos_ in ("PRON", "NOUN"):
        sid = next(iter(parties(ctx, subj)[0]), None)
    return sid if sid is not None and _pronoun_fits(pron, ctx.entities[sid]) else None


def _host_subject(pron: Token) -> Token | None:
    """Who a pronoun subject of an embedded clause most likely is: the subject of the clause it is
    embedded in ("Syria says it is willing", "the firm said it was closing plants that it owns",
    "Acme cut jobs as it lost money"), or the owner of the noun whose content the clause is
    ("the ministry's announcement that it would buy")."""
    clause = pron.head
    if pron.dep_ == "poss" and clause.dep_ in ("nsubj", "nsubjpass"):
        clause = clause.head  # "Odinga said that his arrest was illegal": as the subject would be
    elif pron.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if pron.pos_ != "PRON" or clause.i == pron.i:
        return None
    host = clause.head
    if clause.dep_ in ("ccomp", "advcl") and host.pos_ == "VERB":
        return agent_of(host)
    if clause.dep_ == "acl" and host.pos_ == "NOUN":
        return next((c for c in host.children if c.dep_ == "poss"), None)
    if clause.dep_ == "relcl" and host.pos_ in ("NOUN", "PROPN"):
        verb = _verb_above(host)  # "released a list of plants that it was closing"
        return agent_of(verb) if verb is not None and verb.pos_ == "VERB" else None
    return None


def _called_name(ctx: ArticleContext, h: Token) -> Token | None:
    """The name a noun phrase gives its group: "a coalition called Fix The Pump", "the organisers,
    a group named Water For All,": the named group is the party."""
    for n in [h, *(c for c in h.children if c.dep_ == "appos" and c.pos_ == "NOUN")]:
        for acl in n.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in _role_words("naming_verbs"):
                continue
            # "known as X": the name is the object of "as"
            named = [x for c in acl.children if c.dep_ == "prep" and c.lower_ == "as" for x in c.children]
            for x in [*acl.children, *named]:
                xid = ctx.resolver.token_entity.get(x.i)
                # the noun says it is a group, whatever type the entity layer gave an unknown name
                # ("Fix The Pump" read as a title), unless a place
                if (
                    x.dep_ in ("oprd", "dobj", "attr", "pobj")
                    and xid is not None
                    and ctx.entities[xid].type not in PLACE_TYPES
                ):
                    return x
    return None


def _posted_name(ctx: ArticleContext, h: Token) -> Token | None:
    """The name of a title's holder that the parse hung on the title's post: in "Iran's ambassador
    in Baghdad, Kazem Alavi, met ..." the name is often read as Baghdad's apposition. A place's
    own apposition is another place ("Goma, Congo") and stays with it."""
    for prep in h.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "to", "at", "for"):
            continue
        for p in prep.children:
            pid = ctx.resolver.token_entity.get(p.i)
            if p.dep_ != "pobj" or pid is None or ctx.entities[pid].type not in ("GPE", "LOC", "FAC"):
                continue
            for a in p.children:
                aid = ctx.resolver.token_entity.get(a.i)
                if a.dep_ == "appos" and aid is not None and ctx.entities[aid].type == "PERSON":
                    return a
    return None


def _side(ctx: ArticleContext, eid: str) -> bool:
    """Whether an entity that qualifies a common-noun doer is a side it acts for: a country,
    organisation, people or person ("Kenyan troops", "troops from Chad", "union members"), not a
    town or region it comes from ("a Lakeview man", "farmers from the valley"): record.md's
    affiliation is a country or organisation, and the doer stays its descriptor."""
    ent = ctx.entities.get(eid)
    if ent is None or ent.type not in PLACE_TYPES or ent.geo is None:
        return True  # (a place not geocoded, often a people's adjective typed GPE, "Ugandan", stays)
    return gazetteer().is_country(ent.geo)


def _people_country(ctx: ArticleContext, eid: str) -> list[str]:
    """The article's entity for the country a people's adjective names ("Israeli troops": Israel,
    when the article names Israel), from data/demonyms.yaml; none when it does not name it."""
    ent = ctx.entities.get(eid)
    country = country_of_people(ent.name) if ent is not None and ent.type == "NORP" else None
    if country is None:
        return []
    return [
        e.id
        for e in ctx.entity_list
        if e.type == "GPE" and e.geo is not None and e.geo.geonames_id == country.geonames_id
    ][:1]


def _title_sides(ctx: ArticleContext, h: Token, eid: str) -> list[str]:
    """The organisation or country in a person's title: "U.N. mediator Diego Cordovez", "Kenzo
    Oshima, the United Nations relief coordinator" (the side the person acts for)."""
    ent = ctx.entities.get(eid)
    if ent is None or ent.type != "PERSON":
        return []
    titles = [c for c in h.children if c.dep_ in ("compound", "appos") and c.pos_ in ("NOUN", "PROPN")]
    titles = [t for t in titles if ctx.resolver.token_entity.get(t.i) in (None, eid)]
    out: list[str] = []
    if h.i not in ctx.resolver.token_entity:
        # "Kenya's president, William Ruto": the title itself stands for the person
        titles = [h]
    for t in titles:
        for m in t.subtree:
            side = ctx.resolver.token_entity.get(m.i)
            if side is None or side == eid or side in out or ctx.entities[side].type not in ("ORG", "GPE", "NORP"):
                continue
            if m.dep_ == "pobj" and m.head.lower_ in ("in", "at"):
                continue  # "Kenya's envoy in Kampala": the post, not the side the envoy acts for
            if m.dep_ in ("compound", "poss", "amod", "nmod", "pobj"):
                out.append(side)
    return out


def _named_before(ctx: ArticleContext, tok: Token) -> str | None:
    """A capitalised word the entity layer left out that is the surname of a person named earlier
    in the article ("Jobs resigned" after "Steve Jobs"), or an organisation's one-word name."""
    if not tok.text[:1].isupper() or tok.pos_ not in ("NOUN", "PROPN") or len(tok.text) < 3:
        return None
    word = tok.text.lower()
    for e in ctx.entities.values():
        if not any(m.start < tok.idx for m in e.mentions):
            continue
        names = [e.name, *e.aliases]
        if e.type == "PERSON" and any(len(n.split()) > 1 and n.split()[-1].lower() == word for n in names):
            return e.id
        if e.type == "ORG" and any(n.lower() == word for n in names):
            return e.id
    return None


def _kind_named_before(ctx: ArticleContext, tok: Token) -> str | None:
    """The organisation a definite common noun names by the last word of its name: "the
    corporation" after "Acme Motors Corporation", "the agency" after "the State Property Agency"
    (the latest one named before it)."""
    if tok.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    word = tok.lemma_.lower()
    best: tuple[int, str] | None = None
    for e in ctx.entity_list:
        if e.type != "ORG" or e.name.split()[-1].lower().rstrip("s") != word.rstrip("s"):
            continue
        before = [m.start for m in e.mentions if m.start < tok.idx]
        if before and (best is None or max(before) > best[0]):
            best = (max(before), e.id)
    return best[1] if best is not None else None


def _pronoun_fits(pron: Token, ent: Entity) -> bool:
    if pron.lower_ in ("it", "its"):
        return ent.type in ("GPE", "ORG")
    if pron.lower_ in ("he", "she", "him", "her", "his"):
        return ent.type == "PERSON"
    return pron.lower_ in ("they", "we", "their", "our") and ent.type in ("GPE", "ORG", "NORP")


def _noun_slot(tok: Token) -> Token:
    """The noun that holds a noun trigger's place in its clause: "a mediation effort" -> "effort",
    "five days of war games" -> "days", "a wave of strikes" -> "wave"."""
    np = tok
    if np.dep_ == "compound" and np.head.lemma_.lower() in _senses().light_heads:
        np = np.head
    if np.dep_ == "pobj" and np.head.lower_ == "of" and np.head.head.pos_ == "NOUN":
        holder = np.head.head
        if holder.lemma_.lower() in _role_words("spans") or holder.lemma_.lower() in _senses().light_heads:
            np = holder
    return np


def noun_actors(
    ctx: ArticleContext, tok: Token, verb: Token | None, category: str
) -> tuple[list[str], list[Descriptor]]:
    """The actors of a noun trigger: its owner, "by/between X", or the subject of the verb it is
    the object of."""
    ents: list[str] = []
    descs: list[Descriptor] = []
    undergone = _undergone(tok)
    for c in tok.children:
        owner = c.dep_ == "poss" and c.pos_ == "PRON"  # "their claims", "his speech": whoever it resolves to
        # "government moves", "the army's raid": a common noun that names actors
        owner = owner or (c.dep_ in ("poss", "compound") and c.lemma_.lower() in _senses().actor_nouns)
        if undergone and c.dep_ in ("poss", "compound"):
            continue  # "his arrest": he was arrested (a recipient)
        if c.dep_ in ("poss", "compound", "amod", "nmod") and (c.i in ctx.resolver.token_entity or owner):
            e, d = parties(ctx, c)
            ents += e
            descs += d
        preps = [c] if c.dep_ == "prep" else []
        if c.dep_ == "acl" and c.tag_ == "VBN":
            # "talks hosted by Switzerland", "raids carried out by the army": the participle's agent;
            # "the attack, blamed on al-Shabaab": whom it is blamed on
            blamed = c.lemma_.lower() in _role_words("blame_verbs")
            preps = [a for a in c.children if a.dep_ == "agent" or (blamed and a.lower_ in ("on", "to"))]
        for prep in preps:
            # "the offer of Ford", "the resignation of the minister" (not "the killing of ...")
            agentive = prep.lower_ == "of" and tok.lemma_.lower() in _role_words("agentive_of")
            blamed_on = prep.head.dep_ == "acl" and prep.lower_ in ("on", "to")
            if prep.dep_ == "agent" or prep.lower_ in ("by", "between", "among", "from") or agentive or blamed_on:
                for p in prep.children:
                    if p.dep_ == "pobj":
                        e, d = parties(ctx, p)
                        ents += e
                        descs += d
    # "Kenya conducted airstrikes", "launched a mediation effort", "began five days of war games",
    # "the minister arrived on a visit", "left for talks", "took part in the protest"; not a verb
    # that names an event of its own ("opposed the deployment", "welcomed the agreement")
    np = _noun_slot(tok)
    light = np.dep_ in ("dobj", "attr") and np.head.i == (verb.i if verb is not None else -1)
    aims = ("on", "for") if category in ("ASSAULT", "COERCE") else ("on", "for", "in")  # not "died in an attack"
    purpose = np.dep_ == "pobj" and np.head.lower_ in aims and verb is not None and np.head.head.i == verb.i
    own = _lexicon()["triggers"].get(verb.lemma_.lower()) if verb is not None else None
    if own is not None and own[0] != category:
        light = purpose = False
    if own is not None and own[0] == category and np.dep_ == "pobj" and np.head.lower_ == "to":
        purpose = verb is not None and np.head.head.i == verb.i  # "agreed to a deal with Nissan"
    # "claimed responsibility for the attack": who claims it made it
    light = light or (verb is not None and claimed(np, verb))
    # "to sign a deal after two days of talks": who signs held the talks
    outcome = _talks_before(tok, verb)
    if not ents and not descs and verb is not None and outcome:
        agent = agent_of(verb)
        if agent is not None:
            e, d = parties(ctx, agent)
            if e or d:
                return e, d
    if not ents and not descs and verb is not None and blamed_for(tok, verb):
        # "blamed the RSF for the strike", "accused Kenya of the raid": the accused did it
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None:
            return parties(ctx, obj)
        return [], []
    if not ents and not descs and verb is not None and (light or purpose):
        agent = agent_of(verb)
        if agent is not None:
            ents, descs = parties(ctx, agent)
    if not ents and not descs and tok.dep_ in ("nsubj",) and verb is not None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "between":
                for p in c.children:
                    if p.dep_ == "pobj":
                        e, d = parties(ctx, p)
                        ents += e
                        descs += d
    return list(dict.fromkeys(ents)), descs


def _undergone(tok: Token) -> bool:
    """An event noun whose owner is who it was done to ("his arrest"); with "of" the owner did it
    ("the police's release of the names")."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _role_words("undergone_nouns")
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
    )


def _talks_before(tok: Token, verb: Token | None) -> bool:
    """A meeting noun after "after" on a verb of agreeing ("signed the accord after two days of
    talks"): the meeting was held by whoever agreed."""
    if verb is None:
        return False
    cat = _lexicon()["triggers"].get
    signed = cat(verb.lemma_.lower(), ("",))[0] == "SUPPORT" and any(
        c.dep_ == "dobj" and cat(c.lemma_.lower(), ("",))[0] == "AGREE" for c in verb.children
    )  # "signed the accord": SUPPORT in PLOVER 2.0, and still what the talks came to
    if cat(verb.lemma_.lower(), ("",))[0] != "AGREE" and not signed:
        return False
    if _lexicon()["triggers"].get(tok.lemma_.lower(), ("",))[0] != "CONSULT":
        return False
    h = tok
    if h.dep_ == "pobj" and h.head.lower_ == "of" and h.head.head.dep_ == "pobj":
        h = h.head.head  # "two days of talks", "a round of talks"
    return h.dep_ == "pobj" and h.head.lower_ == "after" and h.head.head.i == verb.i


def claimed(noun: Token, verb: Token) -> bool:
    """A noun that is what the verb's subject claims to have done ("claimed responsibility for the
    attack"): the claimant is named as its doer (not "denied responsibility")."""
    owned = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if owned is None or owned.dep_ != "dobj" or owned.head.i != verb.i:
        return False
    claims = rules.load_yaml("roles.yaml")["claims"]
    return owned.lemma_.lower() in claims["nouns"] and verb.lemma_.lower() in claims["verbs"]


def blamed_for(tok: Token, verb: Token) -> bool:
    """A noun that is what a verb of blame holds its object responsible for ("for the strike")."""
    hit = _lexicon()["triggers"].get(verb.lemma_.lower())
    return (
        hit is not None
        and hit[0] == "ACCUSE"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("for", "of", "over")
        and tok.head.head.i == verb.i
    )


def recipients_of(ctx: ArticleContext, tok: Token, verb: Token | None, category: str) -> list[str]:
    found: list[str] = []
    heads = [tok] if tok.pos_ == "VERB" else [tok] + ([verb] if verb is not None and tok.dep_ == "dobj" else [])
    struck = _harm_subject(tok, verb)
    if struck and verb is not None:
        heads.append(verb)  # "a roadside bomb killed three soldiers": the soldiers
    slot = _noun_slot(tok) if tok.pos_ == "NOUN" else tok
    if slot is not tok:
        heads.append(slot)  # "a mediation effort between Kenya and Uganda"
    if tok.pos_ in ("VERB", "ADJ"):
        # "offered to hand over to Great Britain", "threatened to cut off electricity to X":
        # the infinitive's recipients
        heads += [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        # ... down a chain of them: "prepared to resume shelling the town", "threatened to start
        # cutting off supplies to X"
        chain = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
        for _ in range(2):
            chain = [c for h in chain for c in h.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
            heads += chain
    for h in list(heads):
        for c in h.children:
            if c.dep_ == "dobj" and h.pos_ == "VERB" and c.pos_ == "NOUN" and c.i not in ctx.resolver.token_entity:
                # "demanded the withdrawal of Serbian forces", "rejected calls by Belarus's rulers",
                # "lodged a protest with Albania": the parties the object names
                for m in c.children:
                    if m.dep_ == "poss":
                        found += parties(ctx, m)[0]
                    if m.dep_ == "prep" and m.lower_ in ("of", "by", "from", "with", "to", "against", "on", "between"):
                        found += [e for p in m.children if p.dep_ == "pobj" for e in parties(ctx, p)[0]]
    shared = _shared_undergoer(tok)
    if shared is not None:
        found += _target(ctx, shared)[0]  # "decided to leave or was forced out": he was forced out
    ordered = _commanded(tok)
    if ordered is not None:
        found += _target(ctx, ordered)[0]  # "ordered the paper to suspend publication": the paper
    for h in heads:
        for c in h.children:
            on_it = h is tok or h.dep_ == "xcomp" or (struck and h is verb)
            # "named Mary Barra as its chief": a name the parse took for the object's predicate
            lone = c.dep_ == "oprd" and h.pos_ == "VERB" and not any(x.dep_ == "dobj" for x in h.children)
            if (c.dep_ in ("dobj", "dative") or lone) and on_it and not _instrument(h, c):
                found += _target(ctx, c)[0]
            if _undergoer(c) and h is tok and tok.pos_ == "VERB":
                found += _target(ctx, c)[0]  # "were killed": the killed
            if c.dep_ == "prep" and c.lower_ == "between" and h.pos_ == "NOUN":
                # "talks between X and Y" (its actors, dropped from here) or "a mediation effort
                # between X and Y" (its recipients)
                found += [e for p in c.children if p.dep_ == "pobj" for e in parties(ctx, p)[0]]
            if c.dep_ == "prep" and c.lower_ in ("against", "on", "with", "to", "toward", "towards", "at", "upon"):
                for p in _prep_objects(c):
                    if p.i in ctx.resolver.token_entity:
                        ent = ctx.entities[ctx.resolver.token_entity[p.i]]
                        if c.lower_ in ("on", "at") and ent.type in PLACE_TYPES and category == "ASSAULT":
                            continue  # "strikes on Mogadishu" is a place struck, kept as location
                        found += parties(ctx, p)[0]
                    elif p.pos_ == "NOUN":
                        # "granted asylum to five Panamanian army officers": the side the words name
                        found += _target(ctx, p)[0]
            # "demanded that X ...", "reiterated its demand that X ..."
            own = h is tok or (h is verb and tok.dep_ == "dobj")
            said = c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "acl" and h is tok and tok.pos_ == "NOUN")
            if said and own and category in ("REQUEST", "THREATEN", "ACCUSE"):
                subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    found += parties(ctx, subj)[0]
            if c.dep_ == "prep" and c.lower_ in ("for",) and tok.pos_ == "NOUN" and category == "AID":
                found += [e for p in c.children if p.dep_ == "pobj" for e in parties(ctx, p)[0]]
    if _undergone(tok):
        found += [e for c in tok.children if c.dep_ == "poss" for e in parties(ctx, c)[0]]  # "Acme's takeover"
    if category == "PROTEST" and not found:
        found += _purpose_parties(ctx, tok, verb)
    if category == "AID" and tok.pos_ == "VERB":
        for t in tok.subtree:
            if t.dep_ == "pobj" and t.head.lower_ == "for":
                found += parties(ctx, t)[0]
                found += [ctx.resolver.token_entity[x.i] for x in t.children if x.i in ctx.resolver.token_entity]
    return list(dict.fromkeys(found))


def _conditioned(ctx: ArticleContext, tok: Token, verb: Token | None) -> list[str]:
    """Whom a threat is made against: the subject of the condition it is made on ("threatened to
    stop the talks if the United States deploys the missiles", "will strike unless the government
    raises pay"), on the threatening verb or the infinitives it leads to (roles.yaml
    threat_conditions)."""
    marks = _role_words("threat_conditions")
    out: list[str] = []
    heads = [tok] + ([verb] if verb is not None and verb.i != tok.i else [])
    k = 0
    while k < len(heads) < 6:  # down the infinitives: "threatened to start cutting off ... if"
        heads += [c for c in heads[k].children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c not in heads]
        k += 1
    for h in heads:
        if h.pos_ not in ("VERB", "AUX"):
            continue
        for c in h.children:
            if c.dep_ != "advcl" or not any(m.dep_ == "mark" and m.lower_ in marks for m in c.children):
                continue
            subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                out += parties(ctx, subj)[0]
    return out


def _purpose_parties(ctx: ArticleContext, tok: Token, verb: Token | None) -> list[str]:
    """Whom a protest is aimed at: the parties named in what it is for or against ("to protest
    against Sweden's decision", "demanding the resignation of President X", "in protest at the
    government's refusal"), in text order."""
    sen = _senses()
    out: list[str] = []
    for h in [tok] + ([verb] if verb is not None and verb is not tok else []):
        for c in h.children:
            purpose = c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"
            against = c.dep_ == "prep" and c.lower_ in sen.protest_preps
            # "in protest at X", "in solidarity with X" (not "in Nairobi")
            aims = any(x.lemma_.lower() in sen.protest_aims for x in c.children)
            aim = c.dep_ == "prep" and c.lower_ == "in" and aims
            if not (purpose or against or aim):
                continue
            for t in sorted(c.subtree, key=lambda x: x.i):
                roles = ("poss", "pobj", "dobj", "compound", "amod", "nmod")
                if t.i not in ctx.resolver.token_entity or t.dep_ not in roles:
                    continue
                ent = ctx.entities[ctx.resolver.token_entity[t.i]]
                where = t.dep_ == "pobj" and t.head.lower_ in LOCATION_PREPS and ent.type in PLACE_TYPES
                if ent.type in PARTY_TYPES and not where and ent.id not in out:
                    out.append(ent.id)  # a place where it happened is no target: "in the city of Kirkuk"
    return out


def _city(ent: Entity) -> bool:
    """A place the gazetteer knows as a town or city (not a country, state or region)."""
    if ent.type not in PLACE_TYPES:
        return False
    hit = gazetteer().entry(ent.name)
    return hit is not None and hit[1] in (CITY, CITY_ALTERNATE)


def clause_parties(ctx: ArticleContext, tok: Token, verb: Token | None, category: str) -> list[str]:
    """Entities named in the event's clause after a preposition of direction, in text order."""
    out: list[str] = []
    clause = clause_tokens(tok, verb)
    if tok.pos_ == "VERB":
        clause += [t for c in tok.children if c.dep_ == "xcomp" for t in clause_tokens(c, None)]
    for p in sorted(clause, key=lambda t: t.i):
        if p.i < tok.i or p.dep_ != "pobj" or p.head.lower_ not in _DIRECTED_PREPS:
            continue
        # "signed the accord in Geneva": the city a deal was made in is no party to it (but
        # "evacuate settlements in Gaza", "lift the curfew in X" are done to that place)
        at = p.head.head
        if at.dep_ == "dobj" and _lexicon()["triggers"].get(at.lemma_.lower(), ("",))[0] == "AGREE":
            at = at.head  # "signed a deal in Geneva"
        # (signing is SUPPORT in PLOVER 2.0: "signed the treaty in Addis Ababa" alike)
        where = category in ("AGREE", "SUPPORT") and p.head.lower_ == "in" and at.i in (tok.i, verb.i if verb else -1)
        for e in parties(ctx, p)[0]:
            if where and _city(ctx.entities[e]):
                continue
            if e not in out:
                out.append(e)
    return out


def recipient_descriptors(ctx: ArticleContext, tok: Token, verb: Token | None) -> list[Descriptor]:
    """Common-noun recipients ("two British soldiers", "attacks on police") of a trigger."""
    out: list[Descriptor] = []
    light = verb is not None and tok.pos_ != "VERB" and (tok.dep_ == "dobj" or _harm_subject(tok, verb))
    heads = [tok] + ([verb] if verb is not None and light else [])
    ordered = _commanded(tok)
    if ordered is not None:
        out += _people_target(ctx, ordered)  # "ordered the protesters to disperse"
    for h in heads:
        for c in h.children:
            if (c.dep_ in ("dobj", "dative") or _undergoer(c)) and (h is tok or h is verb):
                if _instrument(h, c):
                    heads.append(c)  # "launched rocket fire against guerrilla camps"
                if (h is verb and c.i == tok.i) or _instrument(h, c):
                    continue
                # whom a saying verb tells is its audience, not whom the words are about: "told
                # reporters" (a demand said is done to whom it names, :func:`recipients_of`)
                told = h.lemma_.lower() in _lexicon()["saying_verbs"]
                out += _target(ctx, c)[1] if told else _people_target(ctx, c)
            if c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "upon", "to", "with"):
                out += [d for p in _prep_objects(c) for d in _people_target(ctx, p)]
    return out


def _people_target(ctx: ArticleContext, n: Token) -> list[Descriptor]:
    """The common-noun recipients a noun names (:func:`_target`); for one that names no actor
    but people or a group of them ("appease the public", "bought the car maker", "was lying to
    investors"), those words: whoever an event is done to need not be one who acts."""
    ents, descs = _target(ctx, n)
    if ents or descs or n.pos_ != "NOUN" or n.i in ctx.resolver.token_entity:
        return descs
    doer = partitive(n)
    said = _descriptor(ctx, doer, any_noun=True) if doer.pos_ == "NOUN" and names_people(doer) else None
    return [said] if said is not None else []


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, or, for one the parse left without any, the noun it governs
    that the parse made the subject of the clause after it: in "granted asylum to five officers
    holed up in the embassy", "officers" comes out as the subject of "holed" and "to" as a
    preposition without object. Only a noun right after the preposition, of a clause that hangs on
    the preposition's own head."""
    if any(True for _ in prep.children):
        return [p for p in prep.children if p.dep_ == "pobj"]
    for t in prep.sent:
        lost = t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.left_edge.i == prep.i + 1
        if lost and t.head.dep_ in ("advcl", "relcl", "ccomp", "acl") and t.head.head.i == prep.head.i:
            return [t]
    return []


def _commanded(tok: Token) -> Token | None:
    """Whom a verb of command (roles.yaml command_verbs) tells to do what the trigger ``tok`` says:
    in "ordered the newspaper to suspend publication" the event is the order, its doer who gave it
    (:func:`agent_or_gap`), and it is done to the newspaper, the object before the infinitive."""
    h = tok.head
    if tok.dep_ != "xcomp" or h.i == tok.i or h.pos_ != "VERB":
        return None
    if h.lemma_.lower() not in _role_words("command_verbs"):
        return None
    return next((c for c in h.children if c.dep_ == "dobj" and c.i < tok.i), None)


def _shared_undergoer(tok: Token) -> Token | None:
    """The subject a passive verb without one shares with the verb it is coordinated with."""
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    h = tok.head
    if h.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in h.children):
        # "whether he decided to leave or was forced out": the infinitive's subject is that of
        # the verb it hangs on
        h = h.head
    return next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _undergoer(c: Token) -> bool:
    """The subject of a passive verb (or of a participle the parse took for a clause's verb)."""
    if c.dep_ == "nsubjpass":
        return not _false_passive(c.head)
    return c.dep_ == "nsubj" and _reduced_relative(c.head)


def _instrument(verb: Token, obj: Token) -> bool:
    """The object of a verb that uses it on someone else: "fired rockets at", "deployed troops to"."""
    return obj.dep_ == "dobj" and verb.lemma_.lower() in _role_words("instrument_verbs")


def _harm_subject(tok: Token, verb: Token | None) -> bool:
    """A noun trigger that is the subject of a verb of harm ("a roadside bomb killed ...")."""
    return (
        verb is not None
        and tok.pos_ == "NOUN"
        and tok.dep_ == "nsubj"
        and tok.head.i == verb.i
        and verb.lemma_.lower() in _senses().harm_words
    )


def _target(ctx: ArticleContext, n: Token) -> tuple[list[str], list[Descriptor]]:
    """The parties a recipient's words name; for a place or thing that names none, the party it
    belongs to or comes from ("the embassy of Ghana", "a camp for Somali refugees", "the deployment
    of a protection force", "a rally organised by the opposition")."""
    ents, descs = parties(ctx, n)
    if ents or descs or n.pos_ != "NOUN" or n.i in ctx.resolver.token_entity:
        return ents, descs
    for c in n.children:
        pobjs: list[Token] = []
        if c.dep_ == "prep" and c.lower_ in ("of", "for", "by"):
            pobjs = [p for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "acl" and c.tag_ == "VBN":
            pobjs = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        for p in pobjs:
            e, d = parties(ctx, p)
            ents += [x for x in e if x not in ents]
            descs += d
    if not ents and not descs:
        # "guerrilla camps", "rebel positions", "a police post": the side that holds them
        nouns = _senses().actor_nouns
        for c in n.children:
            if c.dep_ in ("compound", "amod") and (c.lemma_.lower() in nouns or c.lower_ in nouns):
                words = ctx.doc[c.left_edge.i : c.i + 1]
                descs.append(Descriptor(text=words.text, start=words.start_char, end=words.end_char))
    return ents, descs


def reported_conjunct(tok: Token) -> bool:
    """A verb without a subject coordinated with a clause reported by a verb of saying."""
    return (
        tok.pos_ == "VERB"
        and tok.dep_ == "conj"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        and tok.head.dep_ == "ccomp"
        and tok.head.head.lemma_.lower() in _lexicon()["saying_verbs"]
    )


def clause_tokens(tok: Token, verb: Token | None) -> list[Token]:
    """The event's own clause: the trigger's (and its verb's) subtree, less clauses of their own."""
    roots = [tok] + ([verb] if verb is not None and verb is not tok and tok.pos_ != "VERB" else [])
    out: list[Token] = []
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        t = stack.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        for c in t.children:
            if c.dep_ in CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and t.i in {r.i for r in roots}:
                continue
            stack.append(c)
    return out
