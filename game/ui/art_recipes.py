"""Which picture each scene gets: data only. `python -m game art` draws every entry.

Paths are relative to the project root; a season's YAML names the same files relative to
itself (`images/famine/thin_harvest.png`). Seeds are fixed so the committed PNGs can be
redrawn pixel for pixel; change a seed to get a different arrangement of the same motif.
"""

from __future__ import annotations

from .art import Artwork, Recipe

TITLE_SIZE = (1600, 900)


def _scene(season: str, scene: str, recipe: Recipe) -> Artwork:
    return Artwork(f"stories/images/{season}/{scene}.png", recipe)


_O, _F, _M = "ochre", "frost", "meadow"

ARTWORKS: tuple[Artwork, ...] = (
    Artwork("assets/art/title.png",
            Recipe("panorama", "dusk", "dusk", season="autumn", seed=1), TITLE_SIZE),
    # The Hungry Year, 1921-22: dry ochre fields under a pale sky.
    _scene("famine", "cover", Recipe("strips", _O, "dusk", "clear", seed=100,
                                     props=("village", "stooks"))),
    _scene("famine", "thin_harvest", Recipe("strips", _O, "day", "dust", seed=101, figures=4,
                                            props=("village",))),
    _scene("famine", "skhod", Recipe("assembly", _O, season="autumn", seed=102, figures=20)),
    _scene("famine", "vera_news", Recipe("street", _O, weather="overcast", season="autumn",
                                         seed=103, figures=2, props=("well",))),
    _scene("famine", "misha_door", Recipe("knock", _O, "dusk", "snow", "winter", seed=104,
                                          props=("child", "lit"))),
    _scene("famine", "buzuluk_home", Recipe("school", _O, "day", "overcast", "winter", seed=105,
                                            figures=2, props=("town",))),
    _scene("famine", "fever_winter", Recipe("knock", _O, "day", "overcast", "winter", seed=106,
                                            props=("children",))),
    _scene("famine", "schmidts_ice", Recipe("river", _O, "day", "overcast", "winter", seed=107,
                                            props=("colony", "crossing"))),
    _scene("famine", "station_flour", Recipe("station", _O, "day", "overcast", "winter",
                                             seed=108, figures=3, props=("sledges",))),
    _scene("famine", "road_back", Recipe("road", _O, "dusk", "blizzard", "winter", seed=109,
                                         props=("sledge", "stuck"))),
    _scene("famine", "hungry_march", Recipe("kitchen", _O, "day", "overcast", "winter",
                                            seed=110, figures=9)),
    _scene("famine", "seed_or_supper", Recipe("granary", _O, "day", "clear", "spring", seed=111,
                                              figures=3, props=("scales",))),
    _scene("famine", "ploughing", Recipe("plough", _O, "day", "clear", "spring", seed=112,
                                         props=("horse",))),
    _scene("famine", "dozhinki", Recipe("feast", _O, "dusk", season="summer", seed=113,
                                        figures=3, props=("wreath",))),
    # The War Years, 1941-45: cold blue and grey, snow, warm lamplight.
    _scene("war", "cover", Recipe("panorama", _F, "dusk", "clear", "winter", seed=200)),
    _scene("war", "june_1941", Recipe("street", _F, season="summer", seed=201, figures=10,
                                      props=("loudspeaker",))),
    _scene("war", "schmidts", Recipe("river", _F, "dusk", season="autumn", seed=202,
                                     props=("colony", "cart"))),
    _scene("war", "evacuees", Recipe("station", _F, "day", "overcast", "autumn", seed=203,
                                     figures=6, props=("train", "carts"))),
    _scene("war", "shawl", Recipe("letters", _F, "night", "snow", "winter", seed=204,
                                  props=("shawl", "lamp"))),
    _scene("war", "decree", Recipe("kolkhoz", _F, "day", "overcast", "thaw", seed=205,
                                   figures=5, props=("tractor", "idle"))),
    _scene("war", "lida", Recipe("knock", _F, "day", "clear", "summer", seed=206,
                                 props=("pair",))),
    _scene("war", "timur_team", Recipe("school", _F, "day", "clear", "summer", seed=207,
                                       figures=4, props=("woodpile",))),
    _scene("war", "harvest_1942", Recipe("kolkhoz", _F, "day", "clear", "autumn", seed=208,
                                         figures=7, props=("tractor",))),
    _scene("war", "parcel", Recipe("letters", _F, "night", "snow", "winter", seed=209,
                                   props=("parcels", "lamp"))),
    _scene("war", "winter_1943", Recipe("stove", _F, "night", "snow", "winter", seed=210,
                                        props=("woodpile", "cat"))),
    _scene("war", "letters", Recipe("letters", _F, "day", "clear", "summer", seed=211,
                                    props=("triangle", "envelope"))),
    _scene("war", "going_home", Recipe("road", _F, "day", "overcast", "thaw", seed=212,
                                       figures=3, props=("cart", "suitcase"))),
    _scene("war", "victory", Recipe("street", _F, "dawn", "clear", "spring", seed=213,
                                    figures=8, props=("tables", "lanterns"))),
    # Rebuilding, 1946-49: green and gold, new timber.
    _scene("reconstruction", "cover", Recipe("panorama", _M, "dawn", "clear", "summer",
                                             seed=300)),
    _scene("reconstruction", "misha_returns", Recipe("knock", _M, "dusk", "overcast", "thaw",
                                                     seed=301, props=("soldier", "lit"))),
    _scene("reconstruction", "kolyas_field", Recipe("plough", _M, "dusk", "clear", "spring",
                                                    seed=302)),
    _scene("reconstruction", "payout", Recipe("granary", _M, "day", "drought", "summer",
                                              seed=303, figures=3, props=("scales",))),
    _scene("reconstruction", "winter_letters", Recipe("letters", _M, "night", "snow", "winter",
                                                      seed=304, props=("envelope", "cloth"))),
    _scene("reconstruction", "hunger_spring", Recipe("dugout", _M, "day", "overcast", "thaw",
                                                     seed=305, figures=1)),
    _scene("reconstruction", "spare_sack", Recipe("granary", _M, "dusk", "clear", "summer",
                                                  seed=306, props=("one_sack",))),
    _scene("reconstruction", "the_count", Recipe("granary", _M, "night", "clear", "autumn",
                                                 seed=307, props=("scales", "lantern"))),
    _scene("reconstruction", "stalingrad", Recipe("city", _M, "day", "clear", "spring",
                                                  seed=308)),
    _scene("reconstruction", "frame_raising", Recipe("frame", _M, "day", "clear", "summer",
                                                     seed=309)),
    _scene("reconstruction", "tree_tax", Recipe("orchard", _M, "day", "clear", "autumn",
                                                seed=310)),
    _scene("reconstruction", "schmidt_letter", Recipe("chest", _M, "day", "clear", "winter",
                                                      seed=311)),
    _scene("reconstruction", "new_teacher", Recipe("school", _M, "day", "clear", "summer",
                                                   seed=312, figures=3)),
    _scene("reconstruction", "dozhinki", Recipe("feast", _M, "dusk", "clear", "summer",
                                                seed=313, figures=4, props=("wreath",))),
)
