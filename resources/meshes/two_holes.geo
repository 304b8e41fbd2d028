// Rectangle [0,2]x[0,1] with two circular holes of radius 0.2 at (0.5,0.5) and (1.5,0.5).
// Deliberately incomplete tagging, to exercise the reader's fallbacks:
//   "outer"      named physical curve   -> boundary "outer"
//   group 7      unnamed physical curve (left hole)  -> boundary "group7"
//   right hole   in no physical group   -> boundary "boundary"
// Mesh: gmsh -2 -format msh22|msh41 two_holes.geo
h = 0.1;
hc = 0.05;
r = 0.2;
Point(1) = {0, 0, 0, h};
Point(2) = {2, 0, 0, h};
Point(3) = {2, 1, 0, h};
Point(4) = {0, 1, 0, h};
Line(1) = {1, 2};
Line(2) = {2, 3};
Line(3) = {3, 4};
Line(4) = {4, 1};
Curve Loop(1) = {1, 2, 3, 4};
cx[] = {0.5, 1.5};
For k In {0:1}
  c = newp; Point(c) = {cx[k], 0.5, 0, hc};
  p1 = newp; Point(p1) = {cx[k] + r, 0.5, 0, hc};
  p2 = newp; Point(p2) = {cx[k], 0.5 + r, 0, hc};
  p3 = newp; Point(p3) = {cx[k] - r, 0.5, 0, hc};
  p4 = newp; Point(p4) = {cx[k], 0.5 - r, 0, hc};
  a1 = newl; Circle(a1) = {p1, c, p2};
  a2 = newl; Circle(a2) = {p2, c, p3};
  a3 = newl; Circle(a3) = {p3, c, p4};
  a4 = newl; Circle(a4) = {p4, c, p1};
  loop[k] = newll; Curve Loop(loop[k]) = {a1, a2, a3, a4};
  arcs~{k}[] = {a1, a2, a3, a4};
EndFor
Plane Surface(1) = {1, loop[0], loop[1]};
Physical Curve("outer", 1) = {1, 2, 3, 4};
Physical Curve(7) = {arcs~{0}[]};
Physical Surface("domain", 2) = {1};
