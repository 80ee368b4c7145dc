//! Writes the site files of a deck into a folder, for Trunk to build `dist/` from:
//! `index.html` with the deck's static page, name and colour, `style/` with its brand
//! colours, and `public/` with its web manifest and, when the content folder has an
//! `icons/` folder, its own icons. `scripts/build-deck.sh` runs it with
//! `ONTWIKKELKAARTEN_CONTENT` set, so the deck compiled in is that folder's.
//!
//! Usage: `cargo run --bin deck-site -- <folder>`

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use ontwikkelkaarten::domain::content::manifest::LANGUAGES;
use ontwikkelkaarten::domain::site::{brand_css, index_html, web_manifest, MissingPart, MANIFEST};

/// The icons a deck may bring, in `<content folder>/icons/`.
const ICONS: [&str; 3] = ["favicon.svg", "icon-192.png", "icon-512.png"];

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: deck-site <folder>");
        return ExitCode::FAILURE;
    };
    match write_site(Path::new(env!("CARGO_MANIFEST_DIR")), &out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("deck-site: {message}");
            ExitCode::FAILURE
        }
    }
}

fn write_site(root: &Path, out: &Path) -> Result<(), String> {
    let read = |path: &Path| {
        fs::read_to_string(path).map_err(|e| format!("{} cannot be read: {e}", path.display()))
    };
    let write = |path: PathBuf, text: &[u8]| {
        fs::write(&path, text).map_err(|e| format!("{} cannot be written: {e}", path.display()))
    };
    let template = read(&root.join("index.html"))?;
    if ontwikkelkaarten::i18n::ENGLISH {
        // The English build writes the deck's English page beside its index.html, which
        // scripts/post-build.mjs finds and builds (src/i18n.rs).
        let html = index_html(&template).map_err(|e| missing("index.html", e))?;
        write(out.join("en.html"), html.as_bytes())?;
        return write(out.join("public").join(MANIFEST), web_manifest().as_bytes());
    }
    copy_dir(&root.join("style"), &out.join("style"))?;
    copy_dir(&root.join("public"), &out.join("public"))?;
    let html = index_html(&template).map_err(|e| missing("index.html", e))?;
    // Trunk reads the crate's metadata next to the page it builds, unless told where.
    const RUST: &str = "<link data-trunk rel=\"rust\" data-trunk-skip>";
    if !html.contains(RUST) {
        return Err(format!("index.html has no {RUST}"));
    }
    // Trunk joins the path to the page's folder, so it is relative: the folder is inside
    // the repository (target/deck-site in scripts/build-deck.sh).
    let inside = fs::canonicalize(out)
        .ok()
        .and_then(|o| {
            Some(
                o.strip_prefix(fs::canonicalize(root).ok()?)
                    .ok()?
                    .components()
                    .count(),
            )
        })
        .ok_or_else(|| format!("{} is not inside {}", out.display(), root.display()))?;
    let html = html.replace(
        RUST,
        &format!(
            "<link data-trunk rel=\"rust\" href=\"{}Cargo.toml\" data-trunk-skip>",
            "../".repeat(inside)
        ),
    );
    // A deck without an English edition has no English page, so no English manifest either
    // (the standard deck's must not end up in its dist/).
    const ENGLISH_MANIFEST: &str =
        "\n  <link data-trunk rel=\"copy-file\" href=\"public/manifest-en.webmanifest\">";
    let html = if LANGUAGES.contains(&"en") {
        html
    } else {
        let _ = fs::remove_file(out.join("public/manifest-en.webmanifest"));
        html.replace(ENGLISH_MANIFEST, "")
    };
    write(out.join("index.html"), html.as_bytes())?;
    let css = brand_css(&read(&root.join("style/main.css"))?)
        .map_err(|e| missing("style/main.css", e))?;
    write(out.join("style/main.css"), css.as_bytes())?;
    write(
        out.join("public/manifest.webmanifest"),
        web_manifest().as_bytes(),
    )?;
    if let Some(content) = std::env::var_os("ONTWIKKELKAARTEN_CONTENT") {
        let icons = root.join(content).join("icons");
        for icon in ICONS {
            let from = icons.join(icon);
            if from.exists() {
                fs::copy(&from, out.join("public").join(icon))
                    .map_err(|e| format!("{} cannot be copied: {e}", from.display()))?;
            }
        }
    }
    Ok(())
}

fn missing(file: &str, MissingPart(part): MissingPart) -> String {
    format!("{file} has no {part}")
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|e| format!("{} cannot be made: {e}", to.display()))?;
    let entries =
        fs::read_dir(from).map_err(|e| format!("{} cannot be read: {e}", from.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_dir(&path, &to.join(entry.file_name()))?;
        } else {
            fs::copy(&path, to.join(entry.file_name()))
                .map_err(|e| format!("{} cannot be copied: {e}", path.display()))?;
        }
    }
    Ok(())
}
