//! The content's pictures at build time: each file's size, and its smaller copies for `srcset`
//! (`content::picture::WIDTHS`) in its own format and in WebP, next to it in `dist/content/`.
//! WebP here is lossless (the `image` crate's encoder): it is kept only when it is smaller than
//! the original format, as for drawings and screenshots; photos keep their JPEG copies alone.

use crate::content::picture::{copy_name, Picture, WIDTHS};
use image::{codecs::jpeg::JpegEncoder, imageops::FilterType, DynamicImage, ImageFormat};
use std::collections::BTreeMap;
use std::path::Path;

/// Makes the copies of every picture in `srcs` (paths relative to the content folder), reading
/// from `content` and writing to `out` (the content folder in `dist/`). A copy already there and
/// newer than its original is kept, so a rebuild after a text edit costs next to nothing.
pub fn make(
    content: &Path,
    out: &Path,
    srcs: &[String],
) -> Result<BTreeMap<String, Picture>, String> {
    let mut made = BTreeMap::new();
    for src in srcs {
        if made.contains_key(src) {
            continue;
        }
        let from = content.join(src);
        let fail = |e: &dyn std::fmt::Display| format!("{}: {e}", from.display());
        let (width, height) = image::image_dimensions(&from).map_err(|e| fail(&e))?;
        // A copy close to the original's width saves little and, resampled, may be larger.
        let copies: Vec<u32> = WIDTHS.into_iter().filter(|w| w * 5 <= width * 4).collect();
        let format = ImageFormat::from_path(&from).map_err(|e| fail(&e))?;
        let widths: Vec<u32> = copies.iter().copied().chain([width]).collect();
        let names = |ext| widths.iter().map(move |w| copy_name(src, *w, ext));
        let own: Vec<String> = names(None).take(copies.len()).collect();
        let webp_names: Vec<String> = names(Some("webp")).collect();
        // Copies newer than the original are kept (a photo without WebP is made again).
        let original = std::fs::metadata(&from).and_then(|m| m.modified()).ok();
        let fresh = |name: &String| {
            let made = std::fs::metadata(out.join(name)).and_then(|m| m.modified());
            made.is_ok_and(|t| Some(t) >= original)
        };
        let webp = if own.iter().chain(&webp_names).all(fresh) {
            true
        } else {
            let image = image::open(&from).map_err(|e| fail(&e))?;
            let mut own_bytes = std::fs::metadata(&from).map_or(0, |m| m.len());
            let mut webp = Vec::new();
            for (w, name) in widths.iter().zip(own.iter().map(Some).chain([None])) {
                let scaled = match name {
                    Some(name) => {
                        let h = (u64::from(height) * u64::from(*w) / u64::from(width)).max(1);
                        let scaled = image.resize_exact(*w, h as u32, FilterType::Lanczos3);
                        let bytes = encode(&scaled, format).map_err(|e| fail(&e))?;
                        own_bytes += bytes.len() as u64;
                        write(out, name, &bytes)?;
                        scaled
                    }
                    None => image.clone(),
                };
                webp.push(encode(&scaled, ImageFormat::WebP).map_err(|e| fail(&e))?);
            }
            let keep = webp.iter().map(|b| b.len() as u64).sum::<u64>() < own_bytes;
            for (name, bytes) in webp_names.iter().zip(&webp) {
                if keep {
                    write(out, name, bytes)?;
                } else {
                    std::fs::remove_file(out.join(name)).ok();
                }
            }
            keep
        };
        let picture = Picture {
            width,
            height,
            copies,
            webp,
        };
        made.insert(src.clone(), picture);
    }
    Ok(made)
}

/// The picture in `format`; JPEG at quality 82, which photos on the web commonly use.
fn encode(image: &DynamicImage, format: ImageFormat) -> Result<Vec<u8>, image::ImageError> {
    let mut out = std::io::Cursor::new(Vec::new());
    if format == ImageFormat::Jpeg {
        JpegEncoder::new_with_quality(&mut out, 82).encode_image(&image.to_rgb8())?;
    } else {
        image.write_to(&mut out, format)?;
    }
    Ok(out.into_inner())
}

fn write(out: &Path, name: &str, bytes: &[u8]) -> Result<(), String> {
    let to = out.join(name);
    if let Some(dir) = to.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&to, bytes).map_err(|e| format!("{}: {e}", to.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawing_gets_smaller_copies_and_webp() {
        let dir = std::env::temp_dir().join(format!("mg-pictures-{}", std::process::id()));
        let (content, out) = (dir.join("content"), dir.join("out"));
        std::fs::create_dir_all(content.join("images")).unwrap();
        let drawing = image::RgbImage::from_fn(1000, 500, |x, _| {
            image::Rgb(if x < 400 {
                [27, 107, 92]
            } else {
                [244, 238, 228]
            })
        });
        drawing.save(content.join("images/d.png")).unwrap();
        let made = make(&content, &out, &["images/d.png".into()]).unwrap();
        let picture = &made["images/d.png"];
        assert_eq!((picture.width, picture.height), (1000, 500));
        assert_eq!(picture.copies, [360, 720]);
        assert!(
            picture.webp,
            "lossless WebP of flat colours is smaller than PNG"
        );
        for name in [
            "images/d.360.png",
            "images/d.720.png",
            "images/d.360.webp",
            "images/d.1000.webp",
        ] {
            assert!(out.join(name).exists(), "{name}");
        }
        assert_eq!(
            image::image_dimensions(out.join("images/d.360.png")).unwrap(),
            (360, 180)
        );
        // Made again with nothing changed: the same answer, from the copies already there.
        assert_eq!(
            make(&content, &out, &["images/d.png".into()]).unwrap(),
            made
        );
        std::fs::remove_dir_all(dir).ok();
    }
}
