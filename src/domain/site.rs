//! The static files that depend on the deck: `index.html` (its language, title,
//! description, theme colour and the static page of [`shell`](super::shell)), the web
//! manifest and the brand colours in the stylesheet. For the standard deck they are the
//! committed files (a test fails when one is out of date; `UPDATE_SHELL=1 cargo test
//! site` rewrites them); for a consultancy's own deck `src/bin/deck-site.rs` writes them
//! from its content folder (`scripts/build-deck.sh`).
//!
//! ```
//! use ontwikkelkaarten::domain::site::web_manifest;
//! assert!(web_manifest().contains("\"theme_color\": \"#1d5c63\""));
//! ```

use crate::domain::content::manifest::{
    ACCENT_SOFT, ACCENT_STRONG, BACKGROUND_COLOR, LANGUAGES, NAME, SHORT_NAME, STORAGE_KEYS,
    THEME_COLOR,
};
use crate::domain::content::DESCRIPTION;
use crate::domain::shell::page_html;
use crate::domain::text::escape_markup as esc;

/// The web manifest of the built language's page: `en.html` links its own, in English, so
/// that the app installed from it is named and described in English and opens in English.
pub const MANIFEST: &str = if crate::i18n::ENGLISH {
    "manifest-en.webmanifest"
} else {
    "manifest.webmanifest"
};

/// Where the static page starts and ends in `index.html`.
pub const SHELL_MARKERS: (&str, &str) = ("<!-- shell:begin -->", "<!-- shell:end -->");

/// What is wrong with a template `index.html`: the part it lacks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingPart(pub &'static str);

/// Replaces what lies between `start` and the next `end` (both kept) by `new`.
fn replace_between(
    text: &str,
    start: &'static str,
    end: &'static str,
    new: &str,
) -> Result<String, MissingPart> {
    let at = text.find(start).ok_or(MissingPart(start))? + start.len();
    let len = text[at..].find(end).ok_or(MissingPart(end))?;
    Ok(format!("{}{new}{}", &text[..at], &text[at + len..]))
}

/// `template` (the repository's `index.html`) for this build's deck.
pub fn index_html(template: &str) -> Result<String, MissingPart> {
    // The built language's page (index.html, en.html: src/i18n.rs), and the languages
    // there are pages for (public/shell.js).
    let html = replace_between(
        template,
        "<html",
        ">",
        &format!(
            " lang=\"{}\" data-languages=\"{}\" data-store=\"{}\"",
            crate::i18n::LANG,
            LANGUAGES.join(" "),
            esc(STORAGE_KEYS[0])
        ),
    )?;
    let html = replace_between(&html, "<title>", "</title>", &esc(&page_title()))?;
    let html = replace_between(&html, "<link rel=\"manifest\" href=\"", "\">", MANIFEST)?;
    let html = replace_between(
        &html,
        "<meta name=\"description\" content=\"",
        "\">",
        &esc(DESCRIPTION),
    )?;
    let html = replace_between(
        &html,
        "<meta name=\"theme-color\" content=\"",
        "\">",
        THEME_COLOR,
    )?;
    let (begin, end) = SHELL_MARKERS;
    replace_between(&html, begin, end, &format!("\n{}\n", page_html()))
}

/// The page's title: the deck's name; in a translation (a language after the deck's first)
/// its short name and the home page's title in that language, "Ontwikkelkaarten – working
/// on a learning organisation".
fn page_title() -> String {
    if crate::i18n::LANG == LANGUAGES[0] {
        return NAME.to_owned();
    }
    let mut title = crate::domain::content::HOME_TITLE.chars();
    let first = title.next().map(|c| c.to_lowercase().collect::<String>());
    format!(
        "{SHORT_NAME} – {}{}",
        first.unwrap_or_default(),
        title.as_str()
    )
}

/// `manifest.webmanifest` (or, in English, `manifest-en.webmanifest`) for this build's deck.
pub fn web_manifest() -> String {
    let text = |s: &str| serde_json::to_string(s).unwrap_or_default();
    format!(
        r#"{{
  "name": {},
  "short_name": {},
  "description": {},
  "lang": {},
  "start_url": {},
  "scope": "./",
  "display": "standalone",
  "background_color": {},
  "theme_color": {},
  "icons": [
    {{ "src": "icon-192.png", "sizes": "192x192", "type": "image/png", "purpose": "any maskable" }},
    {{ "src": "icon-512.png", "sizes": "512x512", "type": "image/png", "purpose": "any maskable" }},
    {{ "src": "favicon.svg", "sizes": "any", "type": "image/svg+xml" }}
  ]
}}
"#,
        text(&page_title()),
        text(SHORT_NAME),
        text(DESCRIPTION),
        text(crate::i18n::LANG),
        text(if crate::i18n::ENGLISH {
            "./en.html"
        } else {
            "./"
        }),
        text(BACKGROUND_COLOR),
        text(THEME_COLOR)
    )
}

/// `css` (the repository's `style/main.css`) with this deck's colours in its custom
/// properties.
pub fn brand_css(css: &str) -> Result<String, MissingPart> {
    let mut css = css.to_owned();
    for (property, value) in [
        ("--accent: ", THEME_COLOR),
        ("--accent-strong: ", ACCENT_STRONG),
        ("--accent-soft: ", ACCENT_SOFT),
        ("--page: ", BACKGROUND_COLOR),
        // The standalone page around the app, outside the element the properties are on.
        (".ok-page { margin: 0; background: ", BACKGROUND_COLOR),
    ] {
        css = replace_between(&css, property, ";", value)?;
    }
    Ok(css)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The committed file at `path` against what this deck makes of it.
    fn check(path: &str, expected: impl FnOnce(&str) -> String) {
        let path = format!("{}/{path}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        let expected = expected(&text);
        if std::env::var_os("UPDATE_SHELL").is_some() {
            std::fs::write(&path, &expected).unwrap();
        }
        assert!(
            std::fs::read_to_string(&path).unwrap() == expected,
            "{path} is out of date with the content: run UPDATE_SHELL=1 cargo test site \\\n             (and with --features en for en.html)"
        );
    }

    #[test]
    #[cfg(not(feature = "en"))]
    fn index_html_matches_the_deck() {
        check("index.html", |t| index_html(t).unwrap());
    }

    /// The English page is index.html in English (`UPDATE_SHELL=1 cargo test --features en
    /// site` rewrites it); scripts/post-build.mjs takes its language, title, description and
    /// static page into the built en.html.
    #[test]
    #[cfg(feature = "en")]
    fn en_html_matches_the_deck() {
        let template = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"));
        check("en.html", |_| index_html(&template.unwrap()).unwrap());
        check("public/manifest-en.webmanifest", |_| web_manifest());
        let parsed: serde_json::Value = serde_json::from_str(&web_manifest()).unwrap();
        assert_eq!(parsed["lang"], "en");
        assert_eq!(parsed["start_url"], "./en.html");
    }

    #[test]
    #[cfg(not(feature = "en"))]
    fn the_web_manifest_matches_the_deck() {
        check("public/manifest.webmanifest", |_| web_manifest());
        let parsed: serde_json::Value = serde_json::from_str(&web_manifest()).unwrap();
        assert_eq!(parsed["short_name"], SHORT_NAME);
    }

    #[test]
    #[cfg(not(feature = "en"))]
    fn the_stylesheet_has_the_decks_colours() {
        check("style/main.css", |t| brand_css(t).unwrap());
    }

    #[test]
    fn text_is_escaped_and_missing_parts_are_named() {
        let html = "<html lang=\"x\"><head><title>t</title></head></html>";
        assert_eq!(
            index_html(html),
            Err(MissingPart("<link rel=\"manifest\" href=\""))
        );
        let html = "<html><title>t</title><link rel=\"manifest\" href=\"m\"></html>";
        assert_eq!(
            index_html(html),
            Err(MissingPart("<meta name=\"description\" content=\""))
        );
        assert_eq!(
            replace_between("a[b]c", "[", "]", "<&>"),
            Ok("a[<&>]c".to_owned())
        );
        assert_eq!(brand_css(":root {}"), Err(MissingPart("--accent: ")));
    }
}
