"""The season and campaign file formats, declared once.

Every field's `doc` is written for teachers: it is what the JSON Schema shows in an editor's
hover and what `docs/season-format.md` explains at length.
"""

from __future__ import annotations

from .spec import Cond, Enum, Field, Ident, Int, ListOf, Obj, OneOf, Prose, Str

FORMAT_VERSION = 1
AID_KINDS = ("share_grain", "lend_tools", "open_home", "none")
GIVING_KINDS = AID_KINDS[:3]  # the three kinds of aid a season may name in its own words
# A choice label longer than this stops reading as a button (see loader.check_label)
LABEL_LIMIT = 80
PALETTES = ("ochre", "frost", "meadow", "dusk")  # the window's colour schemes (ui/theme.py)
END = "end"  # `next: end` lets the endings' conditions decide
# The balance findings of `explore` (docs/errors.md) an author may mark as meant
ACKNOWLEDGEABLE = ("VR110", "VR111", "VR112", "VR113", "VR114")

ACKNOWLEDGE = Obj("acknowledge", (), extra=Str(), extra_doc="finding code: why it is meant",
                  doc="Balance findings of `explore` (codes VR110 to VR114) that are deliberate "
                  "here, each with the reason, e.g. `VR110: The next scene charges for it.` "
                  "An acknowledged finding is not shown and does not fail `--strict`; "
                  "`explore --acknowledged` lists it with its reason.")

SOURCE = Obj("source", (
    Field("id", Ident("A short name that notes use to cite this source.")),
    Field("title", Str("Author, title, publisher and year."), required=True),
    Field("url", Str("A web address, if there is one.")),
), doc="A source the season draws on.")

TERM = Obj("term", (
    Field("term", Str("The word as students will meet it, e.g. kolkhoz."), required=True),
    Field("meaning", Str("A short, plain explanation."), required=True),
), doc="A period word for the glossary.")

# -- documents, cuts and interludes (seasonformat) ----------------------------------------
DOCUMENT_KINDS = ("quotation", "photograph", "paraphrase")

DOCUMENT = Obj("document", (
    Field("id", Ident("A short name that scenes use to offer this document."), required=True),
    Field("title", Str("The document's title as students see it, e.g. Pen Pictures of "
                       "Russian Village Life during the Famine (1922)."), required=True),
    Field("kind", Enum(DOCUMENT_KINDS, "quotation (the exact words of the source), photograph "
                       "(a photograph, described in words) or paraphrase (the source in other "
                       "words, shown labelled as not the exact words)."), required=True),
    Field("text", Prose("The quoted passage, the photograph described, or the paraphrase. "
                        "Quote only what you have checked in the source."), required=True),
    Field("citation", Str("Exactly where it comes from: author, title, place, year and page."),
          required=True),
    Field("archive", Str("Where the original is kept, e.g. Library of the Society of Friends, "
                         "London (optional).")),
    Field("source", Ident("The id of a source in the season's `sources` (optional).")),
), doc="A primary source a student can open from a scene, as a card.")

CUT = Obj("cut", (
    Field("id", Ident("The cut's name, used with `--cut`, e.g. classroom or museum."),
          required=True),
    Field("title", Str("What the cut is for, e.g. For one lesson (about 20 minutes)."),
          required=True),
    Field("scenes", ListOf(Ident(), min_items=1, doc="The scenes the cut keeps, in any order; "
                           "the season's start must be one of them. Endings are all kept."),
          required=True),
    Field("skip", ListOf(Str(), doc="Choices the cut drops, each written scene/choice, "
                         "e.g. market/haggle.")),
    Field("jumps", Obj("cut_jumps", (), extra=Ident(),
                       extra_doc="dropped scene id: the kept scene, ending or `end` to go to "
                       "instead",
                       doc="Where a choice that led to a dropped scene goes instead.")),
), doc="A shorter version of the season: the scenes and choices it keeps.")

# -- end of the seasonformat block -------------------------------------------------------
TEACHER_NOTE = Prose("For teachers only: printed in the teacher guide, never shown to "
                     "players (translated with the season's other texts).")

AID_WORDS = Obj("aid_words", tuple(
    Field(kind, Str(f"The words players see for `{kind}` in this season."))
    for kind in GIVING_KINDS), extra=Str(), extra_doc="one of share_grain, lend_tools, "
    "open_home", doc="How this season names the three kinds of aid to players; tools and "
    "guides still count them by kind.")

SEASON_META = Obj("season", (
    Field("id", Ident("The season's id, used by saves and by other seasons' memories."),
          required=True),
    Field("title", Str("The title players see."), required=True),
    Field("place", Str("Where the season happens."), required=True),
    Field("years", Str("When, e.g. 1921-1922."), required=True),
    Field("summary", Prose("Two or three sentences for the season menu and teacher guide."),
          required=True),
    Field("content_notes", ListOf(Str(), doc="What the season shows that may upset someone; "
                                  "shown to students before play.")),
    Field("learning_goals", ListOf(Str(), doc="What students should understand afterwards.")),
    Field("watch_for", Str("One line for the intro screen: what to watch for while playing.")),
    Field("palette", Enum(PALETTES, "The window's colours: ochre (dry fields), frost "
                                    "(winter), meadow (spring) or dusk (evening).")),
    Field("sources", ListOf(SOURCE, doc="Books and archives the season relies on.")),
    Field("glossary", ListOf(TERM, doc="Period words and their meanings.")),
    Field("reflection", ListOf(Str(), min_items=1, max_items=5,
                               doc="Questions for after play (3 to 5 is best).")),
    Field("timeline", ListOf(Str(), doc="Dated events for the teacher guide, "
                             "e.g. '1921: drought'.")),
    Field("aid_words", AID_WORDS),
    Field("teacher_note", TEACHER_NOTE),
    # seasonformat: primary sources and shorter cuts
    Field("documents", ListOf(DOCUMENT, doc="Primary sources students can open from scenes "
                              "(each one must be offered by at least one scene).")),
    Field("cuts", ListOf(CUT, doc="Shorter versions of the season, for a lesson or a museum "
                         "visit: `--cut ID` plays one.")),
    Field("best_ending", Ident("The id of the season's best ending, for the balance check "
                               "VR112 (default: the first ending whose condition needs the "
                               "most trust).")),
    Field("acknowledge", ACKNOWLEDGE),
), doc="What the season is: title, place, years and teaching material.")

BAND = Obj("band", (
    Field("id", Ident("A short name for the band."), required=True),
    Field("label", Str("The word shown beside the meter, e.g. Wary."), required=True),
    Field("from", Int(0, 100, "The lowest trust value in this band."), required=True),
), doc="A named stretch of the trust meter.")

TRUST = Obj("trust", (
    Field("label", Str("The meter's name, e.g. Village trust.")),
    Field("start", Int(0, 100, "Trust at the start of the season (0 to 100).")),
    Field("bands", ListOf(BAND, min_items=1,
                          doc="Named bands, lowest first; the first starts at 0.")),
), doc="The village trust meter: always shown, always 0 to 100.")

RESOURCE = Obj("resource", (
    Field("id", Ident("The name used in conditions and effects, e.g. grain."), required=True),
    Field("label", Str("The name players see, e.g. Grain.")),
    Field("unit", Str("What one unit is, e.g. sacks.")),
    Field("start", Int(doc="How many at the start."), required=True),
    Field("min", Int(doc="Lowest possible value (default 0).")),
    Field("max", Int(doc="Highest possible value (default 99).")),
), doc="Something the household has and can give: grain, tools, room at home.")

MEMORY = Obj("memory", (
    Field("id", Ident("The name used in conditions and effects, e.g. helped_petrovs."),
          required=True),
    Field("label", Str("What the village remembers, in words players see."), required=True),
    Field("from", Ident("The id of the earlier season that sets it, if not this one.")),
    Field("about", Ident("The neighbour this deed concerns, if any.")),
), doc="A deed the village remembers, tested by later scenes and later seasons.")

NEIGHBOUR = Obj("neighbour", (
    Field("id", Ident("A short name, e.g. petrovs."), required=True),
    Field("name", Str("How players know them, e.g. The Petrovs."), required=True),
    Field("household", Str("Who lives there, in one line.")),
), doc="A recurring household of the village.")

PRESET = Obj("preset", (
    Field("id", Ident("The preset's name, used with `play --preset`."), required=True),
    Field("scene", Ident("Where to start (default: the season's start).")),
    Field("trust", Int(0, 100, "Trust to start with.")),
    Field("resources", Obj("preset_resources", (), extra=Int(),
                           extra_doc="resource id: value", doc="Starting resources.")),
    Field("memories", ListOf(Ident(), one_or_many=True, doc="Memories already set.")),
), doc="A named starting state for testing a season from the middle.")

IMAGE = Obj("image", (
    Field("file", Str("Path to a PNG or JPEG, relative to this season file."), required=True),
    Field("alt", Str("What the picture shows, for players who cannot see it."), required=True),
), doc="An illustration.")

NOTE = Obj("note", (
    Field("text", Prose("A short historical note: the facts behind the scene."), required=True),
    Field("source", Ident("The id of a source in the season's `sources`.")),
    Field("skip_in", ListOf(Ident(), one_or_many=True, doc="Cuts that leave this out, e.g. "
                            "`[museum]`: a shorter visit reads less, the whole season all.")),
), doc="A 'Learn more' note.")

PARAGRAPH = Obj("paragraph", (
    Field("id", Ident("A name for this paragraph that translations keep even if paragraphs "
                      "are added before it (optional).")),
    Field("text", Prose("The paragraph."), required=True),
    Field("if", Cond("Show this paragraph only when the condition holds.")),
    Field("skip_in", ListOf(Ident(), one_or_many=True, doc="Cuts that leave this out, e.g. "
                            "`[museum]`: a shorter visit reads less, the whole season all.")),
), doc="A paragraph shown only when its condition holds, or left out of some cuts.")

TEXT = OneOf((Prose(), ListOf(OneOf((Prose(), PARAGRAPH)), min_items=1)),
             doc="Text, or a list of paragraphs some of which have an `if`.")

EFFECTS = Obj("effects", (
    Field("trust", Int(-100, 100, "How much village trust changes, e.g. +6 or -4.")),
    Field("reason", Str("Why trust changes, shown to the player.")),
    Field("remember", ListOf(Ident(), one_or_many=True, doc="Memories the village now holds.")),
    Field("forget", ListOf(Ident(), one_or_many=True, doc="Memories the village lets go.")),
), extra=Int(-999, 999), extra_doc="resource id: change, e.g. `grain: -2`",
   doc="What a choice (or arriving in a scene) changes.")

ROUTE = Obj("route", (
    Field("if", Cond("Go to this item's `next` when the condition holds (checked after the "
                     "choice's effects). Leave it out on the last item: the default.")),
    Field("next", Ident("A scene, an ending, or `end`."), required=True),
), doc="One way a choice can lead: the first item whose `if` holds is taken.")

NEXT = OneOf((Ident("The next scene, an ending, or `end` to let endings decide."),
              ListOf(ROUTE, min_items=1, doc="A conditional next: items with `if` and `next`, "
                     "checked in order after the choice's effects; the last item has no "
                     "`if` and is the default.")),
             doc="The next scene, an ending, or `end`; or a list of `if`/`next` items with a "
             "default last.")

CHOICE = Obj("choice", (
    Field("id", Ident("A short name, unique within the scene."), required=True),
    Field("label", Str("The button text."), required=True),
    Field("aid", Enum(AID_KINDS, "Which kind of aid this is, if any.")),
    Field("if", Cond("Offer this choice only when the condition holds.")),
    Field("locked", Str("If set, show the choice greyed out with this text when `if` fails.")),
    Field("effects", EFFECTS),
    Field("outcome", OneOf(TEXT.options, doc="What happens, shown after choosing. Like scene "
                           "text, it can be a list of paragraphs, some with `if` (checked "
                           "before the choice's effects).")),
    Field("next", NEXT, required=True),
    Field("teacher_note", TEACHER_NOTE),
    Field("acknowledge", ACKNOWLEDGE),
), doc="One thing the player can do.")

SCENE = Obj("scene", (
    Field("id", Ident("A stable name for the scene; saves and links use it."), required=True),
    Field("title", Str("A short heading.")),
    Field("text", TEXT, required=True),
    Field("image", IMAGE),
    Field("note", NOTE),
    Field("documents", ListOf(Ident(), one_or_many=True, doc="Ids of documents (from the "
                              "season's `documents`) a student can open from this scene.")),
    Field("effects", EFFECTS),
    Field("choices", ListOf(CHOICE, min_items=1, doc="What the player can do here (at least "
                            "one: a scene with nothing to choose leaves players stuck).")),
    Field("teacher_note", TEACHER_NOTE),
    Field("acknowledge", ACKNOWLEDGE),
), doc="A moment of the story with its choices.")

ENDING = Obj("ending", (
    Field("id", Ident("A stable name for the ending."), required=True),
    Field("title", Str("The ending's title."), required=True),
    Field("text", TEXT, required=True),
    Field("if", Cond("For `next: end`: the first ending whose condition holds is chosen.")),
    Field("image", IMAGE),
    Field("note", NOTE),
    Field("teacher_note", TEACHER_NOTE),
    Field("acknowledge", ACKNOWLEDGE),
), doc="How the season can end.")

SEASON_FILE = Obj("season_file", (
    Field("format", Int(doc="The format version; write 1."), required=True),
    Field("season", SEASON_META, required=True),
    Field("trust", TRUST),
    Field("resources", ListOf(RESOURCE)),
    Field("memories", ListOf(MEMORY)),
    Field("neighbours", ListOf(NEIGHBOUR)),
    Field("presets", ListOf(PRESET)),
    Field("start", Ident("The first scene (default: the first in the list).")),
    Field("scenes", ListOf(SCENE, min_items=1), required=True),
    Field("endings", ListOf(ENDING, min_items=1), required=True),
), doc="A Village Resilience season.")

COVER = Obj("cover", (
    Field("file", Str("Path to a PNG or JPEG, relative to this campaign file."), required=True),
    Field("alt", Str("What the picture shows, for players who cannot see it."), required=True),
), doc="The title screen's picture (without one, the game's own village at dusk).")

# -- interludes (seasonformat) -----------------------------------------------------------
INTERLUDE = Obj("interlude", (
    Field("id", Ident("A short name for the interlude."), required=True),
    Field("title", Str("Its heading, e.g. 1922-1941: the years between."), required=True),
    Field("text", Prose("What happened between the two seasons, told for students."),
          required=True),
    Field("timeline", ListOf(Str(), doc="A few dated lines, e.g. '1928: the first five-year "
                             "plan'.")),
    Field("note", NOTE),
    Field("sources", ListOf(SOURCE, doc="Books and archives the interlude relies on; its "
                            "note cites one by id.")),
), doc="A page shown between two seasons: the years in between.")

CAMPAIGN_ITEM = OneOf((
    Str("A season file, relative to this file."),
    Obj("campaign_interlude", (Field("interlude", INTERLUDE, required=True),),
        doc="An interlude between the season before it and the season after it."),
), doc="A season file, or `interlude:` with a page shown between two seasons.")
# -- end of the interludes block ----------------------------------------------------------

CAMPAIGN_META = Obj("campaign", (
    Field("id", Ident("The campaign's id."), required=True),
    Field("title", Str("The campaign's title: the title screen's heading and the window's "
                       "caption."), required=True),
    Field("summary", Prose("A sentence or two about the whole campaign, shown under its "
                           "title on the title screen.")),
    Field("image", COVER),
    Field("trust_carry", Int(0, 100, "How much of the change in trust carries into the next "
                             "season, in percent (default 100: all of it; 0: each season "
                             "starts at its own `trust.start`).")),
    Field("seasons", ListOf(CAMPAIGN_ITEM, min_items=1,
                            doc="The seasons in play order, with interludes between them."),
          required=True),
), doc="Seasons played in order; trust and memories carry from one to the next.")

CAMPAIGN_FILE = Obj("campaign_file", (
    Field("format", Int(doc="The format version; write 1."), required=True),
    Field("campaign", CAMPAIGN_META, required=True),
), doc="A Village Resilience campaign.")
