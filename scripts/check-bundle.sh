#!/usr/bin/env bash
# Starts a built bundle as an officer would, without the project's Python on the path:
# the command line's version and a seeded plan, then the window offscreen with a picture of it.
set -euo pipefail
bundle=${1:-dist/planner}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
clean_env=(env -i HOME="$work" PATH=/usr/bin:/bin XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen)
"${clean_env[@]}" "$bundle/planner" --version
"${clean_env[@]}" "$bundle/planner" --db "$work/plan.sqlite" list | grep -q "Q4 2020"
"${clean_env[@]}" "$bundle/planner-app" --db "$work/plan.sqlite" --screenshot "$work/window.png"
test "$(stat -c %s "$work/window.png")" -gt 10000
echo "The bundle in $bundle starts: command line, seed plan and window."
