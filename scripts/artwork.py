#!/usr/bin/env python3
# Draws the picker's body figure:
#   python3 scripts/artwork.py > src/components/picker/artwork.rs && cargo fmt
# Original artwork for this project: rounded rectangles and ellipses placed by hand below, no
# path data copied from anywhere. Edit the coordinates here, never the generated file.
def f(v):
    s = ("%.1f" % v).rstrip('0').rstrip('.')
    return s
def rrect(x, y, w, h, r):
    r = min(r, w/2, h/2)
    return (f"M{f(x+r)} {f(y)}H{f(x+w-r)}A{f(r)} {f(r)} 0 0 1 {f(x+w)} {f(y+r)}V{f(y+h-r)}"
            f"A{f(r)} {f(r)} 0 0 1 {f(x+w-r)} {f(y+h)}H{f(x+r)}A{f(r)} {f(r)} 0 0 1 {f(x)} {f(y+h-r)}"
            f"V{f(y+r)}A{f(r)} {f(r)} 0 0 1 {f(x+r)} {f(y)}Z")
def ell(cx, cy, rx, ry):
    return (f"M{f(cx-rx)} {f(cy)}A{f(rx)} {f(ry)} 0 1 0 {f(cx+rx)} {f(cy)}"
            f"A{f(rx)} {f(ry)} 0 1 0 {f(cx-rx)} {f(cy)}Z")
def mirror_x(x): return 240 - x

# Each entry: (region id, path, hit circle or None). Front view: the person's right is on the
# viewer's left. Back view: the person's left is on the viewer's left.
front = [
    ("head", ell(120, 40, 27, 32), None),
    ("face", ell(120, 50, 18, 19), None),
]
for side, sx in (("right", 1), ("left", -1)):
    X = (lambda x: x) if side == "right" else mirror_x
    def RR(x, y, w, h, r): return rrect(X(x) if side == "right" else mirror_x(x + w), y, w, h, r)
    def E(cx, cy, rx, ry): return ell(X(cx), cy, rx, ry)
    front += [
        (f"jaw-{side}", E(104, 64, 7, 10), (X(104), 64, 12)),
    ]
front += [("neck-front", rrect(107, 72, 26, 20, 6), (120, 82, 14)),
          ("chest", rrect(92, 92, 56, 58, 12), None),
          ("abdomen", rrect(94, 152, 52, 46, 12), None)]
for side in ("right", "left"):
    X = (lambda x: x) if side == "right" else mirror_x
    def RR(x, y, w, h, r): return rrect(x if side == "right" else mirror_x(x + w), y, w, h, r)
    def E(cx, cy, rx, ry): return ell(X(cx), cy, rx, ry)
    front += [
        (f"shoulder-{side}", E(78, 104, 15, 14), None),
        (f"upper-arm-{side}", RR(60, 120, 20, 56, 10), None),
        (f"elbow-{side}", E(68, 186, 11, 10), (X(68), 186, 14)),
        (f"forearm-{side}", RR(57, 198, 20, 52, 10), None),
        (f"hand-{side}", E(66, 268, 11, 16), (X(66), 268, 16)),
        (f"hip-{side}", RR(82, 198, 16, 36, 8), (X(90), 216, 13)),
        (f"thigh-front-{side}", RR(87, 238, 21, 88, 10), None),
        (f"thigh-inner-{side}", RR(109, 240, 10, 64, 5), (X(114), 270, 12)),
        (f"knee-{side}", E(100, 338, 12, 11), (X(100), 338, 14)),
        (f"shin-{side}", RR(90, 352, 21, 74, 10), None),
        (f"ankle-{side}", E(100, 434, 9, 7), (X(100), 434, 12)),
        (f"foot-top-{side}", E(96, 452, 12, 9), (X(96), 452, 13)),
    ]
back = [("head", ell(120, 40, 27, 32), None), ("neck-back", rrect(107, 72, 26, 20, 6), (120, 82, 14))]
for side in ("left", "right"):
    X = (lambda x: x) if side == "left" else mirror_x
    def RR(x, y, w, h, r): return rrect(x if side == "left" else mirror_x(x + w), y, w, h, r)
    def E(cx, cy, rx, ry): return ell(X(cx), cy, rx, ry)
    trap = f"M{f(X(107))} 80Q{f(X(92))} 86 {f(X(84))} 93Q{f(X(94))} 101 {f(X(107))} 100Z"
    back += [
        (f"trapezius-{side}", trap, (X(98), 93, 12)),
        (f"shoulder-{side}", E(76, 106, 15, 14), None),
    ]
back += [("upper-back", rrect(94, 102, 52, 36, 10), None),
         ("mid-back", rrect(94, 140, 52, 30, 8), None),
         ("lower-back", rrect(94, 172, 52, 28, 8), None)]
for side in ("left", "right"):
    X = (lambda x: x) if side == "left" else mirror_x
    def RR(x, y, w, h, r): return rrect(x if side == "left" else mirror_x(x + w), y, w, h, r)
    def E(cx, cy, rx, ry): return ell(X(cx), cy, rx, ry)
    back += [
        (f"upper-arm-{side}", RR(60, 122, 20, 54, 10), None),
        (f"elbow-{side}", E(68, 186, 11, 10), (X(68), 186, 14)),
        (f"forearm-{side}", RR(57, 198, 20, 52, 10), None),
        (f"hand-{side}", E(66, 268, 11, 16), (X(66), 268, 16)),
        (f"buttock-{side}", E(102, 228, 18, 18), None),
        (f"thigh-back-{side}", RR(88, 248, 28, 80, 12), None),
        (f"knee-back-{side}", E(102, 338, 12, 10), (X(102), 338, 14)),
        (f"calf-{side}", RR(91, 350, 22, 76, 11), None),
        (f"ankle-{side}", E(102, 434, 9, 7), (X(102), 434, 12)),
        (f"sole-{side}", E(102, 453, 10, 10), (X(102), 453, 13)),
    ]
back += [("sacrum", "M108 202H132L120 222Z", (120, 208, 12))]

# Document order is focus order, so shapes go head to feet, the person's right before left, as
# in `picker::regions::all()`; the shapes are placed so that this paint order never hides one.
PAIRS = ["jaw", "trapezius", "shoulder", "upper-arm", "elbow", "forearm", "hand", "hip", "buttock",
         "thigh-front", "thigh-inner", "thigh-back", "knee", "knee-back", "shin", "calf", "ankle",
         "foot-top", "sole"]
ORDER = ["head", "face", "neck-front", "neck-back"]
for part in PAIRS:
    if part == "upper-arm":
        ORDER += ["chest", "abdomen", "upper-back", "mid-back", "lower-back", "sacrum"]
    ORDER += [f"{part}-right", f"{part}-left"]
front.sort(key=lambda shape: ORDER.index(shape[0]))
back.sort(key=lambda shape: ORDER.index(shape[0]))

def rust(name, items):
    out = [f"pub const {name}: &[Shape] = &["]
    for rid, d, hit in items:
        h = "None" if hit is None else f"Some(({f(hit[0])}, {f(hit[1])}, {f(hit[2])}))"
        out.append(f'    Shape {{ region: "{rid}", d: "{d}", hit: {h} }},')
    out.append("];")
    return "\n".join(out)
HEADER = '''//! The body figure's artwork, generated by `scripts/artwork.py` (edit that, not this file):
//! original shapes drawn for this project from rounded rectangles and ellipses, no path data
//! copied from anywhere. viewBox 0 0 240 470. In the front view the person's right is on the
//! viewer's left; in the back view their left is on the viewer's left. Small regions carry a
//! larger invisible hit circle so that they can be tapped on a phone.

/// One region's shape in one view.
pub struct Shape {
    /// Region id, as in `picker::regions`.
    pub region: &'static str,
    /// SVG path data.
    pub d: &'static str,
    /// A larger invisible circle (cx, cy, r) that also toggles the region. Whole numbers:
    /// formatting floats would add their formatting code to the wasm.
    pub hit: Option<(u16, u16, u16)>,
}
'''
print(HEADER)
print("/// Front view, head to feet (this is also the focus order).")
print(rust("FRONT", front))
print()
print("/// Back view, head to feet (this is also the focus order).")
print(rust("BACK", back))
