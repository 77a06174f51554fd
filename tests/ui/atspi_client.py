"""What a screen reader sees, for `test_access_atspi.py`: run by the system's python3 (which
has `pyatspi`, the library Orca uses), not the game's venv.

    atspi_client.py LABEL   find the push button named LABEL in any application on the
                            accessibility bus, print every push button seen, give the
                            focus to another (FOCUS) and wait until it is focused, invoke
                            LABEL's first action ("click"), then wait until the window
                            no longer shows that button (the game turned the page)

Prints one JSON object; exits 0 when the page turned, 1 otherwise.
"""

import json
import sys
import time

import pyatspi

FOCUS = "3. Reap your own strip first"  # the button given the focus before the click


def walk(node, depth=0):
    if node is None or depth > 12:
        return
    yield node
    for index in range(node.childCount):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def buttons():
    found = {}
    desktop = pyatspi.Registry.getDesktop(0)
    for app in walk(desktop):
        try:
            if app.getRole() == pyatspi.ROLE_PUSH_BUTTON:
                found[app.name] = app
        except Exception:
            continue
    return found


def main():
    label = sys.argv[1]
    report = {"label": label}
    deadline = time.time() + 10
    seen = {}
    while time.time() < deadline and label not in seen:
        seen = buttons()
        time.sleep(0.2)
    report["buttons"] = sorted(seen)
    if label not in seen:
        report["error"] = "no such button"
        print(json.dumps(report))
        return 1
    button = seen[label]
    action = button.queryAction()
    report["actions"] = [action.getName(i) for i in range(action.nActions)]
    report["states"] = {name: sorted(pyatspi.stateToString(state).lower()
                                     for state in node.getState().getStates())
                        for name, node in seen.items()}
    other = seen.get(FOCUS)
    if other is not None:  # the screen reader moves its focus: the game's ring follows
        report["focus_granted"] = bool(other.queryComponent().grabFocus())
        deadline = time.time() + 5
        while time.time() < deadline:
            now = buttons().get(FOCUS)
            if now is not None and now.getState().contains(pyatspi.STATE_FOCUSED):
                report["focused"] = FOCUS
                break
            time.sleep(0.2)
    time.sleep(1.0)  # as a person would: a new page ignores presses for 0.4 s (play.py)
    action.doAction(0)
    deadline = time.time() + 8
    after = seen
    while time.time() < deadline and label in after:
        time.sleep(0.2)
        after = buttons()
    report["after"] = sorted(after)
    report["advanced"] = label not in after
    print(json.dumps(report))
    return 0 if report["advanced"] else 1


if __name__ == "__main__":
    sys.exit(main())
