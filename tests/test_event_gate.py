"""The event gate: a page that is not political or conflict news keeps only the events that name
their own party (extract/events.py `_off_topic`, settings.yaml event_gate_*). Sentences written
for these tests."""

from __future__ import annotations

from dateline.extract import extract_article
from dateline.read import read_bytes

HEAD = "Test headline for the event gate\n\nBy Test Writer\n29 October 2025\n\n"

# A game report and a recipe: trigger words in their other senses, no party named as doer.
GAME = (
    "The home side needed a late rally to win the game on Sunday night. "
    "After a slow start, the guards began to attack the basket and the shots started to fall. "
    "The second unit helped to turn the game around with steady defense and quick passes. "
    "The veteran forward finished with twelve points, nine rebounds and eight assists in the win. "
    "The coach said the team had to fight for every loose ball and support each other on defense. "
    "The visitors struck first in the third quarter, but the lead did not last long at all. "
    "A late block sealed the result, and the crowd stayed on its feet until the final whistle. "
    "The rookie guard was asked about the pressure and smiled before answering the question. "
    "The two teams meet again next month, and the coaches expect another close and physical game. "
    "The forward said the group will keep working hard in practice to build on the win."
)
RECIPE = (
    "This pear jam is a simple way to use up a glut of ripe fruit at the end of the season. "
    "Start by peeling and chopping the pears into small cubes, then toss them with sugar and lemon juice. "
    "Let the mixture rest for an hour so the juices are released and the sugar begins to dissolve. "
    "Bring the pot to a boil, then lower the heat and let it simmer while you stir now and then. "
    "A little ginger helps the flavour, and a pinch of cinnamon supports the sweetness of the fruit. "
    "Test the set by dropping a spoonful on a cold plate and pushing it with a finger after a minute. "
    "If it wrinkles, the jam is ready; if not, keep cooking and check again in a few minutes. "
    "Ladle the hot jam into clean jars, seal them, and store them in a cool and dark cupboard. "
    "The jars keep for a year unopened, and the jam makes a welcome gift for friends and family. "
    "Serve it on warm toast, stir it into yogurt, or spread it over a plain sponge cake."
)
# A conflict report of the same length: places and peoples named, parties as doers.
CONFLICT = (
    "NAIROBI: Soldiers of the Kenyan army attacked a rebel camp near the Somali border on Tuesday, "
    "killing eleven fighters, the Kenyan defence ministry said. "
    "The ministry said the raid followed an ambush on a Kenyan convoy in Garissa last week. "
    "Somalia's government condemned the strike and accused Kenya of violating its territory. "
    "Hundreds of residents of Mogadishu protested outside the Kenyan embassy on Wednesday. "
    "The African Union urged both governments to hold talks in Addis Ababa next month. "
    "Ethiopia offered to mediate between Kenya and Somalia, its foreign ministry said. "
    "Kenyan police arrested four men in Mombasa on suspicion of supplying the rebels with weapons. "
    "The United States called on Kenya and Somalia to avoid further escalation along the border. "
    "Aid groups in Somalia said thousands of Somali families had fled the fighting in recent days. "
    "Kenya said its troops would stay in the border region until the rebels were driven out. "
    "Members of parliament in Nairobi debated the operation on Thursday, and several opposition "
    "lawmakers demanded that the defence minister explain how the convoy had been left unprotected. "
    "Somali officials said they would raise the matter at the next summit of the regional bloc."
)

# A court and crime report that names no place: its words of public affairs and law tell its topic.
COURT = (
    "Police arrested two men on Friday after a security guard was attacked outside a warehouse. "
    "The officers said the men had tried to break into the building late at night and fled on foot. "
    "Both men were charged with assault and burglary and will appear in court next week for trial. "
    "A prosecutor said the guard was treated in hospital for cuts and bruises and has since gone home. "
    "The judge refused bail, saying the pair posed a risk to witnesses who had spoken to the police. "
    "Officials said the warehouse had been the target of three break-ins since the start of the year. "
    "The owner asked the authorities for more patrols, and the police said officers would visit nightly. "
    "A lawyer for one of the men said his client denied the charges and would fight them at trial. "
    "Neighbours said they were shocked, and several told officers they had heard shouting that night. "
    "The police asked anyone with camera footage of the street to contact the investigating officers."
)


def events_of(body: str, options, head: str = HEAD):
    (raw,) = read_bytes("t.txt", (head + body).encode(), options)
    return extract_article(raw, options).events


def test_game_report_yields_no_plover_events(options):
    assert [(e.type, e.trigger) for e in events_of(GAME, options)] == []


def test_recipe_yields_no_plover_events(options):
    assert [(e.type, e.trigger) for e in events_of(RECIPE, options)] == []


def test_conflict_report_keeps_its_events(options):
    assert len(CONFLICT.split()) > 180  # long enough to be judged by the gate, which it passes
    found = {e.type for e in events_of(CONFLICT, options)}
    assert {"ASSAULT", "ACCUSE", "PROTEST", "COERCE"} <= found


def test_court_report_without_places_keeps_its_events(options):
    assert "COERCE" in {e.type for e in events_of(COURT, options)}  # "Police arrested two men"


def test_one_sentence_is_never_gated(options):
    # too short to tell a page's topic: a snippet keeps the events its sentence tells
    snippet = "The crowd fought with the guards outside the stadium and the police arrested ten people."
    found = events_of(snippet, options)
    assert "COERCE" in {e.type for e in found}
