//! Draws the demo content's two pictures (`public/content/images/`), so that nothing in the
//! repository is a downloaded photo: `cargo run --example draw_pictures`. A clinic puts its own
//! photos there instead.

#[cfg(not(target_arch = "wasm32"))]
mod draw {
    use image::{imageops, Rgb, RgbImage};

    /// Drawn at twice the size and scaled down, which smooths the edges.
    const SCALE: u32 = 2;

    pub struct Canvas(RgbImage);

    impl Canvas {
        pub fn new(width: u32, height: u32) -> Canvas {
            Canvas(RgbImage::new(width * SCALE, height * SCALE))
        }

        /// Fills the points (in output pixels) for which `inside` holds.
        fn fill(&mut self, color: [u8; 3], inside: impl Fn(f32, f32) -> bool) {
            for (x, y, px) in self.0.enumerate_pixels_mut() {
                let (fx, fy) = (x as f32 / SCALE as f32, y as f32 / SCALE as f32);
                if inside(fx, fy) {
                    *px = Rgb(color);
                }
            }
        }

        /// A band from `top` to `bottom` shading from one colour to another.
        pub fn gradient(&mut self, top: f32, bottom: f32, from: [u8; 3], to: [u8; 3]) {
            for (_, y, px) in self.0.enumerate_pixels_mut() {
                let fy = y as f32 / SCALE as f32;
                if (top..bottom).contains(&fy) {
                    let t = (fy - top) / (bottom - top);
                    let mix = |a: u8, b: u8| (a as f32 + (b as f32 - a as f32) * t).round() as u8;
                    *px = Rgb([
                        mix(from[0], to[0]),
                        mix(from[1], to[1]),
                        mix(from[2], to[2]),
                    ]);
                }
            }
        }

        /// A rectangle with corners rounded by `r`.
        pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, r: f32, color: [u8; 3]) {
            self.fill(color, |px, py| {
                let dx = (x + r - px).max(px - (x + w - r)).max(0.0);
                let dy = (y + r - py).max(py - (y + h - r)).max(0.0);
                px >= x && px <= x + w && py >= y && py <= y + h && dx * dx + dy * dy <= r * r
            });
        }

        /// An ellipse centred on (cx, cy).
        pub fn ellipse(&mut self, cx: f32, cy: f32, rx: f32, ry: f32, color: [u8; 3]) {
            self.fill(color, |px, py| {
                let (dx, dy) = ((px - cx) / rx, (py - cy) / ry);
                dx * dx + dy * dy <= 1.0
            });
        }

        pub fn save(self, path: &str) {
            let (w, h) = self.0.dimensions();
            let out = imageops::resize(
                &self.0,
                w / SCALE,
                h / SCALE,
                imageops::FilterType::Triangle,
            );
            out.save(path).expect("the images folder is writable");
            println!("wrote {path}");
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use draw::Canvas;
    const TEAL: [u8; 3] = [27, 107, 92];
    const LINEN: [u8; 3] = [244, 238, 228];
    const WOOD: [u8; 3] = [150, 104, 70];
    const STONE: [u8; 3] = [70, 74, 78];
    const LEAF: [u8; 3] = [74, 128, 88];
    std::fs::create_dir_all("public/content/images").expect("the content folder is writable");

    // The treatment room: a window's light on the wall, the table with towels, a plant.
    let mut room = Canvas::new(1200, 800);
    room.gradient(0.0, 560.0, [236, 226, 212], [222, 206, 186]);
    room.gradient(560.0, 800.0, [196, 160, 122], [170, 132, 98]);
    room.rect(760.0, 90.0, 300.0, 320.0, 10.0, [250, 246, 236]);
    room.rect(772.0, 102.0, 132.0, 296.0, 4.0, [205, 226, 230]);
    room.rect(916.0, 102.0, 132.0, 296.0, 4.0, [205, 226, 230]);
    room.rect(200.0, 430.0, 640.0, 56.0, 26.0, TEAL);
    room.rect(220.0, 412.0, 600.0, 30.0, 14.0, LINEN);
    room.rect(250.0, 486.0, 22.0, 190.0, 6.0, WOOD);
    room.rect(768.0, 486.0, 22.0, 190.0, 6.0, WOOD);
    room.rect(240.0, 600.0, 560.0, 16.0, 6.0, WOOD);
    room.rect(560.0, 372.0, 150.0, 44.0, 18.0, [250, 250, 247]);
    room.rect(572.0, 340.0, 126.0, 36.0, 16.0, [226, 214, 196]);
    room.rect(250.0, 386.0, 110.0, 36.0, 18.0, [250, 250, 247]);
    room.rect(960.0, 560.0, 110.0, 130.0, 14.0, [190, 120, 90]);
    for (cx, cy, rx, ry) in [
        (1015.0, 470.0, 40.0, 100.0),
        (975.0, 500.0, 30.0, 80.0),
        (1058.0, 505.0, 30.0, 78.0),
    ] {
        room.ellipse(cx, cy, rx, ry, LEAF);
    }
    room.rect(80.0, 600.0, 90.0, 120.0, 8.0, WOOD);
    room.ellipse(125.0, 585.0, 34.0, 14.0, STONE);
    room.ellipse(125.0, 563.0, 26.0, 11.0, [96, 100, 104]);
    room.ellipse(125.0, 545.0, 18.0, 8.0, [120, 124, 128]);
    room.save("public/content/images/treatment-room.png");

    // After the race: a foam roller, a towel and a water bottle on the floor.
    let mut kit = Canvas::new(1200, 800);
    kit.gradient(0.0, 800.0, [214, 232, 226], [178, 210, 200]);
    kit.rect(120.0, 520.0, 960.0, 170.0, 30.0, [150, 190, 178]);
    kit.rect(180.0, 430.0, 420.0, 130.0, 65.0, TEAL);
    kit.ellipse(600.0, 495.0, 40.0, 65.0, [20, 80, 70]);
    kit.ellipse(600.0, 495.0, 16.0, 26.0, [14, 56, 49]);
    kit.rect(660.0, 500.0, 320.0, 80.0, 18.0, LINEN);
    kit.rect(680.0, 470.0, 280.0, 40.0, 16.0, [230, 220, 204]);
    kit.rect(860.0, 250.0, 86.0, 230.0, 30.0, [90, 150, 200]);
    kit.rect(880.0, 220.0, 46.0, 40.0, 8.0, [40, 60, 80]);
    kit.rect(860.0, 330.0, 86.0, 60.0, 0.0, [240, 244, 246]);
    kit.save("public/content/images/recovery-kit.png");
}

/// A build helper: nothing to do in the browser.
#[cfg(target_arch = "wasm32")]
fn main() {}
