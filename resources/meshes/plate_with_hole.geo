// Unit square plate with a circular hole of radius 0.2 at (0.5, 0.5).
// Boundaries "outer" (the four sides) and "hole". The circle centre is a geometry point that no
// triangle uses. Mesh: gmsh -2 -format msh22|msh41 plate_with_hole.geo
h = 0.1;
hc = 0.05;
r = 0.2;
Point(1) = {0, 0, 0, h};
Point(2) = {1, 0, 0, h};
Point(3) = {1, 1, 0, h};
Point(4) = {0, 1, 0, h};
Point(5) = {0.5, 0.5, 0, hc};
Point(6) = {0.5 + r, 0.5, 0, hc};
Point(7) = {0.5, 0.5 + r, 0, hc};
Point(8) = {0.5 - r, 0.5, 0, hc};
Point(9) = {0.5, 0.5 - r, 0, hc};
Line(1) = {1, 2};
Line(2) = {2, 3};
Line(3) = {3, 4};
Line(4) = {4, 1};
Circle(5) = {6, 5, 7};
Circle(6) = {7, 5, 8};
Circle(7) = {8, 5, 9};
Circle(8) = {9, 5, 6};
Curve Loop(1) = {1, 2, 3, 4};
Curve Loop(2) = {5, 6, 7, 8};
Plane Surface(1) = {1, 2};
Physical Curve("outer", 1) = {1, 2, 3, 4};
Physical Curve("hole", 2) = {5, 6, 7, 8};
Physical Surface("plate", 3) = {1};
