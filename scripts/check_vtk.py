#!/usr/bin/env python3
"""Independent check of OperatorLab's VTK files: reads them with meshio and with VTK's own readers.

Usage: /usr/bin/python3 scripts/check_vtk.py manifest.json

The manifest lists expected contents:
  {"files": [
     {"path": "out/mesh.vtu",            # .vtu, .vti, .vtk or .pvd; relative paths are relative to the manifest
      "points": 4, "cells": 2,
      "coordinates": [x0, y0, z0, ...],   # optional, 3 per point
      "connectivity": [a, b, c, ...],     # optional, 3 per triangle (unstructured files)
      "point_data": {"u": {"components": 1, "values": [...]}},   # or "sum"/"sum_squares" instead of "values"
      "cell_data":  {"k": {...}},
      "steps": [{"time": 0.0, "points": ..., ...}]               # .pvd only: one entry per data set
     }]}
Every count and value is checked after reading: a truncated file makes VTK log an error yet return
an empty data set with success, so the exit code of a reader proves nothing. Exits 1 listing every
mismatch, 2 when meshio or vtk cannot be imported.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

try:
    import numpy as np
    import meshio
    import vtk
    from vtk.util.numpy_support import vtk_to_numpy
except ImportError as e:
    print(f"check_vtk.py: {e}; needs numpy, meshio and vtk for {sys.executable}: "
          "apt-get install python3-meshio python3-vtk9", file=sys.stderr)
    sys.exit(2)

RTOL = 1e-12


class Checker:
    def __init__(self):
        self.problems = []
        self.checks = 0

    def fail(self, where, what):
        self.problems.append(f"{where}: {what}")

    def equal(self, where, what, expected, actual):
        self.checks += 1
        if expected != actual:
            self.fail(where, f"{what}: expected {expected}, got {actual}")
            return False
        return True

    def values(self, where, what, spec_values, actual):
        """Compares an array with a full list of expected values or with its sum and sum of squares."""
        self.checks += 1
        actual = np.asarray(actual, dtype=np.float64).ravel()
        if isinstance(spec_values, dict) and "values" not in spec_values:
            n = spec_values.get("count", actual.size)
            if actual.size != n:
                return self.fail(where, f"{what}: expected {n} values, got {actual.size}")
            for key, got in (("sum", actual.sum()), ("sum_squares", np.square(actual).sum())):
                if key in spec_values:
                    exp = spec_values[key]
                    if not np.isclose(got, exp, rtol=RTOL, atol=RTOL * max(1.0, abs(exp))):
                        self.fail(where, f"{what}: {key} expected {exp!r}, got {got!r}")
            return
        expected = np.asarray(spec_values["values"] if isinstance(spec_values, dict) else spec_values,
                              dtype=np.float64).ravel()
        if expected.shape != actual.shape:
            return self.fail(where, f"{what}: expected {expected.size} values, got {actual.size}")
        scale = max(1.0, float(np.abs(expected).max(initial=0.0)))
        bad = np.flatnonzero(~np.isclose(actual, expected, rtol=RTOL, atol=RTOL * scale))
        if bad.size:
            i = int(bad[0])
            self.fail(where, f"{what}: {bad.size} of {expected.size} values differ, first at index {i}: "
                             f"expected {expected[i]!r}, got {actual[i]!r}")


def read_vtk(path):
    """Reads a file with the VTK reader its extension (and, for legacy files, its DATASET line) calls for."""
    ext = os.path.splitext(path)[1].lower()
    if ext == ".vtu":
        reader = vtk.vtkXMLUnstructuredGridReader()
    elif ext == ".vti":
        reader = vtk.vtkXMLImageDataReader()
    elif ext == ".vtk":
        with open(path, "rb") as f:
            head = f.read(512).decode("latin-1")
        if "STRUCTURED_POINTS" in head:
            reader = vtk.vtkStructuredPointsReader()
        elif "UNSTRUCTURED_GRID" in head:
            reader = vtk.vtkUnstructuredGridReader()
        else:
            raise ValueError("legacy file with neither UNSTRUCTURED_GRID nor STRUCTURED_POINTS")
        reader.ReadAllScalarsOn()
    else:
        raise ValueError(f"no VTK reader for extension {ext}")
    reader.SetFileName(path)
    reader.Update()
    return reader.GetOutput()


def check_vtk(c, path, spec, label):
    where = f"{path} [vtk]"
    try:
        data = read_vtk(path)
    except Exception as e:  # a reader that cannot even start is a mismatch like any other
        return c.fail(where, f"cannot read: {e}")
    if data is None:
        return c.fail(where, "reader returned no data set")
    c.equal(where, "number of points", spec["points"], data.GetNumberOfPoints())
    c.equal(where, "number of cells", spec["cells"], data.GetNumberOfCells())
    if "coordinates" in spec and data.GetNumberOfPoints() == spec["points"]:
        n = data.GetNumberOfPoints()
        xyz = np.array([data.GetPoint(i) for i in range(n)]) if n else np.zeros((0, 3))
        c.values(where, "point coordinates", spec["coordinates"], xyz)
    if "connectivity" in spec and isinstance(data, vtk.vtkUnstructuredGrid) and data.GetCells() is not None:
        types = vtk_to_numpy(data.GetCellTypesArray()) if data.GetCellTypesArray() else np.zeros(0)
        if not np.all(types == 5):
            c.fail(where, f"cell types are not all VTK_TRIANGLE (5): {sorted(set(types.tolist()))}")
        c.values(where, "connectivity", spec["connectivity"], vtk_to_numpy(data.GetCells().GetConnectivityArray()))
    for section, attributes in (("point_data", data.GetPointData()), ("cell_data", data.GetCellData())):
        for name, field in spec.get(section, {}).items():
            array = attributes.GetArray(name)
            if array is None:
                c.fail(where, f"{section} '{name}' is missing")
                continue
            c.equal(where, f"{section} '{name}' components", field["components"], array.GetNumberOfComponents())
            c.values(where, f"{section} '{name}'", field, vtk_to_numpy(array))


def check_meshio(c, path, spec):
    where = f"{path} [meshio]"
    try:
        mesh = meshio.read(path)
    except (Exception, SystemExit) as e:  # meshio 5 calls sys.exit on some unreadable files
        return c.fail(where, f"cannot read: {type(e).__name__}: {e}")
    c.equal(where, "number of points", spec["points"], len(mesh.points))
    triangles = [block for block in mesh.cells if block.type == "triangle"]
    cells = sum(len(block.data) for block in mesh.cells)
    c.equal(where, "number of cells", spec["cells"], cells)
    if "coordinates" in spec and len(mesh.points) == spec["points"]:
        xyz = np.zeros((len(mesh.points), 3))
        xyz[:, :mesh.points.shape[1]] = mesh.points
        c.values(where, "point coordinates", spec["coordinates"], xyz)
    if "connectivity" in spec:
        conn = np.concatenate([b.data for b in triangles]) if triangles else np.zeros((0, 3))
        c.values(where, "connectivity", spec["connectivity"], conn)
    for section, arrays in (("point_data", mesh.point_data), ("cell_data", mesh.cell_data)):
        for name, field in spec.get(section, {}).items():
            if name not in arrays:
                c.fail(where, f"{section} '{name}' is missing (has {sorted(arrays)})")
                continue
            value = arrays[name]
            if section == "cell_data":
                value = np.concatenate([np.asarray(v) for v in value])
            value = np.asarray(value)
            comps = 1 if value.ndim == 1 else value.shape[1]
            c.equal(where, f"{section} '{name}' components", field["components"], comps)
            c.values(where, f"{section} '{name}'", field, value)


def check_pvd(c, path, spec):
    where = f"{path} [pvd]"
    try:
        datasets = ET.parse(path).getroot().findall("./Collection/DataSet")
    except (ET.ParseError, OSError) as e:
        return c.fail(where, f"cannot parse: {e}")
    steps = spec.get("steps", [])
    if not c.equal(where, "number of data sets", len(steps), len(datasets)):
        return
    for k, (ds, step) in enumerate(zip(datasets, steps)):
        c.values(where, f"timestep of data set {k}", [step["time"]], [float(ds.get("timestep"))])
        file = os.path.join(os.path.dirname(path), ds.get("file"))
        check_file(c, file, step)


def check_file(c, path, spec):
    if not os.path.isfile(path):
        return c.fail(path, "file does not exist")
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pvd":
        return check_pvd(c, path, spec)
    check_vtk(c, path, spec, "vtk")
    if ext in (".vtu", ".vtk") and spec.get("meshio", True):
        check_meshio(c, path, spec)


def main(argv):
    if len(argv) != 2:
        print("usage: check_vtk.py manifest.json", file=sys.stderr)
        return 2
    manifest_path = argv[1]
    with open(manifest_path) as f:
        manifest = json.load(f)
    base = os.path.dirname(os.path.abspath(manifest_path))
    c = Checker()
    for spec in manifest["files"]:
        check_file(c, os.path.join(base, spec["path"]), spec)
    if c.problems:
        for p in c.problems:
            print("MISMATCH " + p, file=sys.stderr)
        print(f"check_vtk.py: {len(c.problems)} mismatches in {len(manifest['files'])} files", file=sys.stderr)
        return 1
    print(f"check_vtk.py: {len(manifest['files'])} files agree ({c.checks} checks)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
