"""Run colours come from the runs on screen: never a colour already shown while a free one
exists, whether the list was cleared, emptied by undo, or carried into a new window."""

from __future__ import annotations

from desktop_app.gui.run_list import PALETTE, RecordedRun, RunList


def _run(colour: str) -> RecordedRun:
    return RecordedRun(label="r", spec={}, color=colour)


def test_new_runs_take_the_palette_in_order_and_a_sweep_gets_distinct_colours(qtbot):
    runs = RunList()
    first = runs.add(_run(runs.next_colours()[0]))
    assert first.color == PALETTE[0]
    sweep = runs.next_colours(4)
    assert sweep == list(PALETTE[1:5])


def test_a_colour_on_screen_is_not_given_again_while_one_is_free(qtbot):
    runs = RunList()
    kept = [runs.add(_run(c)) for c in runs.next_colours(3)]
    runs.remove(kept[0])
    assert runs.next_colours()[0] == PALETTE[0]  # free again: it left the screen
    store = {run.key: run for run in kept}
    carried = RunList()  # a new window (language switch) shows the same runs
    carried.show([(kept[2].key, "r")], store)
    assert carried.next_colours()[0] == PALETTE[0] != kept[2].color
    assert kept[2].color not in carried.next_colours(len(PALETTE) - 1)


def test_with_every_colour_shown_the_least_used_comes_next(qtbot):
    runs = RunList()
    for colour in runs.next_colours(len(PALETTE)):
        runs.add(_run(colour))
    assert runs.next_colours(2) == [PALETTE[0], PALETTE[1]]
    runs.add(_run(PALETTE[0]))
    assert runs.next_colours()[0] == PALETTE[1]
    runs.clear()
    assert runs.next_colours()[0] == PALETTE[0]
