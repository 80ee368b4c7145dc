//! QR codes: drawing one as an SVG path (with the `qrcode` crate's encoder) and reading
//! them from a camera frame (with `rqrr`, where the browser has no `BarcodeDetector`).
//! Both are only reached from the parts of the app that load on demand.

use qrcode::{EcLevel, QrCode};

/// A QR code as one SVG path of unit squares, inside a quiet zone of four modules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrPath {
    /// Width and height in modules, quiet zone included: the SVG's `viewBox` is `0 0 size size`.
    pub size: usize,
    /// The dark modules, as path data.
    pub d: String,
    /// The QR version (1–40): how many modules wide the code is, `17 + 4 × version`.
    pub version: i16,
}

/// The quiet zone around a code, in modules, as the standard asks.
const QUIET: usize = 4;

/// The QR code for `text` with medium error correction (a phone held up to a camera,
/// a projector's glare), or `None` when the text is too long for any QR code.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let mut d = String::with_capacity(width * width * 3);
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if colors[y * width + x] == qrcode::Color::Dark {
                // One horizontal run of dark modules as one rectangle.
                let start = x;
                while x < width && colors[y * width + x] == qrcode::Color::Dark {
                    x += 1;
                }
                d.push_str(&format!(
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                ));
            } else {
                x += 1;
            }
        }
    }
    let version = match code.version() {
        qrcode::Version::Normal(v) | qrcode::Version::Micro(v) => v,
    };
    Some(QrPath {
        size: width + 2 * QUIET,
        d,
        version,
    })
}

/// Every QR code's text found in a grey image (one byte per pixel, rows top to bottom).
/// Codes that cannot be read, or are not text, are left out.
pub fn read_codes(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || luma.len() < width * height {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// The grey value of an RGBA pixel (ITU-R BT.601 weights), for [`read_codes`].
pub fn luma_of_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            ((299 * u32::from(p[0]) + 587 * u32::from(p[1]) + 114 * u32::from(p[2])) / 1000) as u8
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draws a path of `M x yhNv1h-Nz` rectangles into a grey image, `scale` pixels per module.
    fn render(path: &QrPath, scale: usize) -> (usize, Vec<u8>) {
        let side = path.size * scale;
        let mut pixels = vec![255u8; side * side];
        for part in path.d.split('M').filter(|p| !p.is_empty()) {
            let (xy, rest) = part.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let run: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            for py in y * scale..(y + 1) * scale {
                for px in x * scale..(x + run) * scale {
                    pixels[py * side + px] = 0;
                }
            }
        }
        (side, pixels)
    }

    #[test]
    fn a_drawn_code_reads_back_as_its_text() {
        let text = "https://example.nl/app/#/antwoord/AQMoqxBN6AElkklJJCUgVPU";
        let path = qr_path(text).unwrap();
        assert_eq!(path.size, 17 + 4 * path.version as usize + 2 * QUIET);
        let (side, pixels) = render(&path, 4);
        assert_eq!(read_codes(side, side, &pixels), vec![text.to_owned()]);
    }

    #[test]
    fn a_result_link_fits_a_small_code() {
        let text = format!(
            "https://www.adviesbureau-voorbeeld.nl/ontwikkelkaarten/#/antwoord/{}",
            "A".repeat(26)
        );
        assert!(qr_path(&text).unwrap().version <= 6);
    }

    #[test]
    fn no_code_for_text_too_long_and_nothing_read_from_an_empty_image() {
        assert_eq!(qr_path(&"x".repeat(5000)), None);
        assert!(read_codes(40, 40, &[255; 1600]).is_empty());
        assert!(read_codes(40, 40, &[255; 10]).is_empty());
    }

    #[test]
    fn rgba_becomes_grey() {
        assert_eq!(
            luma_of_rgba(&[255, 255, 255, 255, 0, 0, 0, 255]),
            vec![255, 0]
        );
    }
}
