#!/usr/bin/env bash
# The whole test suite. Installs the independent checkers the tests call (Debian's python3-meshio
# and python3-vtk9, read with /usr/bin/python3; gmsh for the mesh fixtures) when they are missing.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

missing=()
/usr/bin/python3 -c 'import meshio' 2>/dev/null || missing+=(python3-meshio)
/usr/bin/python3 -c 'import vtk' 2>/dev/null || missing+=(python3-vtk9)
if [ ${#missing[@]} -gt 0 ]; then
    echo "test.sh: installing ${missing[*]} (independent readers used by the tests)" >&2
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi
python3 -c 'import numpy, scipy' 2>/dev/null || { echo "test.sh: python3 with numpy and scipy is required" >&2; exit 1; }

exec mvn -B verify "$@"
