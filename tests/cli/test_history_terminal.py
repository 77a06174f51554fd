"""The terminal's `b` / `history`: the pages before this one, as they were shown, then the
scene again with its choices; reading back chooses nothing."""

from __future__ import annotations

from tests.cli.test_pages_terminal import played


def test_history_reads_back_the_pages_before_in_order_then_the_scene_again():
    out = played("1\nd1\n\nhistory\n")
    told = out.split("Choose 1-2 (h for help): history\n", 1)[1]
    assert told.lstrip().startswith("The pages before this one, the oldest first:")
    history, scene = told.split("--- Market day ---")  # the scene being played comes last
    order = ["--- The well ---", "--- You chose: Share the water ---",
             "Trust +5 (now 55/100, Hopeful): You shared the water.",
             "--- You read: A relief kitchen, 1922 ---", "Children queue with tin bowls"]
    where = [history.index(text) for text in order]
    assert where == sorted(where)  # in the order they were read, in words
    assert "kitchen_photo" not in history and "share_grain" not in history
    assert "1. Haggle for flour" in scene  # the scene again, nothing chosen
    assert scene.rstrip().endswith("Choose 1-2 (h for help): \nGoodbye.")


def test_b_at_the_first_scene_says_there_is_nothing_before_and_help_names_it():
    out = played("b\nh\n")
    assert "There is no page before this one yet." in out
    assert "b or history = read the last pages again" in " ".join(out.split())  # wrapped
    assert "Please type a number" not in out
