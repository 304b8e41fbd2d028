#!/usr/bin/env bash
# The main job: opens the OperatorLab desktop app when a display is available, otherwise runs the
# headless demo (every shipped example problem: validate, mesh, solve, export VTK to out/demo/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -n "${DISPLAY:-}" ]; then
    exec "$root/bin/operatorlab" gui "$@"
else
    exec "$root/bin/operatorlab" demo --out "$root/out/demo" "$@"
fi
