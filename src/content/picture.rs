//! Pictures in the content: the limits a file must keep, what the build learns of each one, the
//! names of its smaller copies, and whether it shows on a phone's first screen.

use super::model::Block;
use std::collections::BTreeMap;

/// The largest picture file accepted: a photo exported for the web fits.
pub const MAX_BYTES: u64 = 2 * 1024 * 1024;
/// The longest side accepted, in pixels.
pub const MAX_SIDE: u32 = 4000;
/// Widths of the smaller copies made for `srcset`: a phone's column at 1x, 2x and 3x (each only
/// when at most 80 % of the original's width).
pub const WIDTHS: [u32; 3] = [360, 720, 1080];
/// How the page's column is wide, for `sizes`: the prose measure, or the screen less its margins.
pub const SIZES: &str = "(min-width: 42rem) 38rem, calc(100vw - 2.5rem)";

/// A picture file as the validator sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileFacts {
    /// Size in bytes.
    pub bytes: u64,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// What the build made of one picture: its size and its smaller copies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Width in pixels of the original.
    pub width: u32,
    /// Height in pixels of the original.
    pub height: u32,
    /// Widths of the copies made in the original's format (smaller than the original).
    pub copies: Vec<u32>,
    /// Whether WebP copies exist for every width, the original's too (only made when smaller).
    pub webp: bool,
}

/// Every picture of the site by its `src`; the prerenderer provides it as context. The widget has
/// none and shows the original file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Pictures {
    /// The content folder's URL as the pages link it, e.g. `/clinic/content/`.
    pub base: String,
    /// What the build made of each picture.
    pub made: BTreeMap<String, Picture>,
}

/// Every picture's `src` in these blocks.
pub fn sources(blocks: &[Block]) -> impl Iterator<Item = &str> {
    blocks.iter().filter_map(|b| match b {
        Block::Image { src, .. } => Some(src.as_str()),
        _ => None,
    })
}

/// The file of a copy: `images/room.png` at 720 px is `images/room.720.png`, or with `ext`
/// `images/room.720.webp`.
pub fn copy_name(src: &str, width: u32, ext: Option<&str>) -> String {
    let (stem, original) = src.rsplit_once('.').unwrap_or((src, ""));
    format!("{stem}.{width}.{}", ext.unwrap_or(original))
}

/// Whether the picture at `index` of `blocks` probably starts on the first screen of a phone
/// (360 x 740 px), so it is fetched first instead of lazily. Estimates each block's height at
/// 40 characters a line of 26 px, below about 300 px of header, title and lead.
pub fn on_first_screen(blocks: &[Block], index: usize) -> bool {
    let lines = |text: &str| (text.chars().count() as u32).div_ceil(40).max(1);
    let mut top = 300;
    for block in &blocks[..index.min(blocks.len())] {
        top += match block {
            Block::Heading { text } => 26 * lines(text) + 40,
            Block::Paragraph { text } => 26 * lines(text) + 16,
            Block::List { items, .. } => items.iter().map(|i| 26 * lines(i) + 8).sum::<u32>() + 16,
            Block::Quote { text, .. } => 26 * lines(text) + 60,
            Block::Image { caption, .. } => 220 + caption.as_deref().map_or(0, lines) * 26,
        };
    }
    top < 740
}

/// Reads the size of every PNG and JPEG file under `dir`, by `/`-separated path relative to it;
/// a file that is not a readable picture maps to the reason.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_folder(dir: &std::path::Path) -> BTreeMap<String, Result<FileFacts, String>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(at) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&at) else {
            continue;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if !matches!(ext.to_ascii_lowercase().as_str(), "png" | "jpg" | "jpeg") {
                continue;
            }
            let rel = path.strip_prefix(dir).expect("below dir");
            let key = rel.to_string_lossy().replace('\\', "/");
            let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
            let facts = image::image_dimensions(&path)
                .map(|(width, height)| FileFacts {
                    bytes,
                    width,
                    height,
                })
                .map_err(|e| format!("is not a readable picture ({e})"));
            out.insert(key, facts);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_are_named_after_the_original() {
        assert_eq!(
            copy_name("images/room.png", 720, None),
            "images/room.720.png"
        );
        assert_eq!(
            copy_name("images/room.png", 360, Some("webp")),
            "images/room.360.webp"
        );
    }

    #[test]
    fn only_a_picture_near_the_top_is_on_the_first_screen() {
        let picture = Block::Image {
            src: "a.png".into(),
            alt: "a".into(),
            decorative: false,
            caption: None,
            width: None,
            height: None,
        };
        let paragraph = Block::Paragraph {
            text: "word ".repeat(40),
        };
        assert!(on_first_screen(std::slice::from_ref(&picture), 0));
        assert!(on_first_screen(&[paragraph.clone(), picture.clone()], 1));
        let long = vec![paragraph; 4];
        let mut blocks = long.clone();
        blocks.push(picture);
        assert!(!on_first_screen(&blocks, 4));
    }
}
