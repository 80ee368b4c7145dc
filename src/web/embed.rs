//! Options for embedding, from URL parameters (`?start=scan&compact=1&accent=%23aa3300`) or
//! `data-` attributes on the element the app is mounted into (`data-start="scan"`). Every
//! value is checked: anything that is not a plain colour, font list or known page is
//! ignored, so a host page cannot inject CSS or markup through them.
//!
//! ```
//! use ontwikkelkaarten::web::embed::EmbedOptions;
//! let o = EmbedOptions::from_pairs([("start", "scan"), ("accent", "#aa3300"), ("compact", "1")]);
//! assert_eq!(o.start_hash().as_deref(), Some("#/scan"));
//! assert_eq!(o.accent.as_deref(), Some("#aa3300"));
//! assert!(o.compact);
//! ```

use crate::domain::content::card_by_id;
use crate::domain::route::Route;

/// Where the app opens when the URL has no page of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartPage {
    /// The overview of the cards.
    Home,
    /// The self-scan.
    Scan,
    /// The journey planner.
    Planner,
    /// Search.
    Search,
    /// One card, by id.
    Card(String),
}

/// Validated embedding options.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Start page.
    pub start: Option<StartPage>,
    /// Hide the app's own header and footer.
    pub compact: bool,
    /// Accent colour, `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
    /// Font family list.
    pub font: Option<String>,
    /// The language asked for (`en`, `nl-BE`). The page or `embed.js` has already loaded
    /// the build of the language chosen (`public/shell.js`); a tag of that language, such
    /// as `nl-BE`, becomes the document's `lang`.
    pub lang: Option<String>,
}

fn is_colour(v: &str) -> bool {
    v.len() <= 7
        && v.starts_with('#')
        && matches!(v.len(), 4 | 7)
        && v[1..].chars().all(|c| c.is_ascii_hexdigit())
}

fn is_font(v: &str) -> bool {
    !v.trim().is_empty()
        && v.len() <= 120
        && v.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | ',' | '-' | '"' | '\''))
}

fn is_lang(v: &str) -> bool {
    let mut parts = v.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
        && v.len() <= 35
}

impl EmbedOptions {
    /// Reads options from name/value pairs; later pairs win; invalid values are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> EmbedOptions {
        let mut o = EmbedOptions::default();
        for (name, value) in pairs {
            let value = value.trim();
            match name {
                "start" => {
                    o.start = match value {
                        "kaarten" | "home" => Some(StartPage::Home),
                        "scan" | "zelfscan" => Some(StartPage::Scan),
                        "planner" | "reisplanner" | "plannen" => Some(StartPage::Planner),
                        "zoeken" => Some(StartPage::Search),
                        v => v
                            .strip_prefix("kaart:")
                            .filter(|id| card_by_id(id).is_some())
                            .map(|id| StartPage::Card(id.to_owned()))
                            .or(o.start.take()),
                    }
                }
                "compact" => o.compact = matches!(value, "" | "1" | "true" | "ja"),
                "accent" if is_colour(value) => o.accent = Some(value.to_owned()),
                "font" if is_font(value) => o.font = Some(value.to_owned()),
                "lang" if is_lang(value) => o.lang = Some(value.to_owned()),
                _ => {}
            }
        }
        o
    }

    /// Reads a URL query string (`?a=b&c=d`, percent-encoded).
    pub fn from_query(query: &str) -> EmbedOptions {
        let decoded: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (
                    crate::domain::route::decode(&k.replace('+', " ")),
                    crate::domain::route::decode(&v.replace('+', " ")),
                )
            })
            .collect();
        EmbedOptions::from_pairs(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// Options from both sources: the URL wins over the host element's attributes.
    pub fn merged(attributes: EmbedOptions, url: EmbedOptions) -> EmbedOptions {
        EmbedOptions {
            start: url.start.or(attributes.start),
            compact: url.compact || attributes.compact,
            accent: url.accent.or(attributes.accent),
            font: url.font.or(attributes.font),
            lang: url.lang.or(attributes.lang),
        }
    }

    /// The hash to open when the URL has none.
    pub fn start_hash(&self) -> Option<String> {
        let route = match self.start.as_ref()? {
            StartPage::Home => Route::Home,
            StartPage::Scan => Route::ScanStart,
            StartPage::Planner => Route::Plans,
            StartPage::Search => Route::Search {
                query: String::new(),
            },
            StartPage::Card(id) => Route::card(id),
        };
        Some(route.href())
    }
}

/// The element the app is mounted into: `#app` on its own page, else the host page's
/// first element with a `data-ontwikkelkaarten` attribute.
pub fn mount_element(document: &web_sys::Document) -> Option<web_sys::Element> {
    document.get_element_by_id("app").or_else(|| {
        document
            .query_selector("[data-ontwikkelkaarten]")
            .ok()
            .flatten()
    })
}

/// Whether `v` may be the page a team session's links open: an absolute `http(s)` address
/// without a fragment, spaces, quotes or angle brackets.
pub fn is_share_url(v: &str) -> bool {
    (v.starts_with("https://") || v.starts_with("http://"))
        && v.len() <= 300
        && !v
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '#' | '"' | '\'' | '<' | '>' | '\\'))
}

/// The address a team session's invitation and result links open: the host's
/// `share-url` option (`data-share-url` on the element the app is mounted into, or
/// `?share-url=` in the address) when it is a plain `http(s)` address, else this page.
/// Read only by the session's pages, so the first download does not carry it.
pub fn share_page() -> String {
    let window = web_sys::window();
    let this_page = || {
        window
            .as_ref()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default()
    };
    let option = window.as_ref().and_then(|window| {
        let document = window.document()?;
        let from_element =
            mount_element(&document).and_then(|el| el.get_attribute("data-share-url"));
        let from_query = window.location().search().ok().and_then(|query| {
            query.trim_start_matches('?').split('&').find_map(|pair| {
                let value = pair.strip_prefix("share-url=")?;
                Some(crate::domain::route::decode(value))
            })
        });
        from_query
            .or(from_element)
            .filter(|v| is_share_url(v.trim()))
    });
    option.map_or_else(this_page, |v| v.trim().to_owned())
}

/// Reads the embedding options from the URL and the element's `data-` attributes and
/// applies them before the first render.
pub fn apply_embed_options(document: &web_sys::Document, el: &web_sys::HtmlElement) {
    let window = web_sys::window();
    let query = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let names = ["start", "compact", "accent", "font", "lang"];
    let attributes: Vec<(&str, String)> = names
        .iter()
        .filter_map(|n| Some((*n, el.get_attribute(&format!("data-{n}"))?)))
        .collect();
    let options = EmbedOptions::merged(
        EmbedOptions::from_pairs(attributes.iter().map(|(k, v)| (*k, v.as_str()))),
        EmbedOptions::from_query(&query),
    );
    let classes = el.class_list();
    let _ = classes.add_1("ok-app");
    if el.id() != "app" {
        let _ = classes.add_1("embedded");
    }
    if options.compact {
        let _ = classes.add_1("compact");
    }
    let style = el.style();
    if let Some(accent) = &options.accent {
        let _ = style.set_property("--accent", accent);
        let _ = style.set_property("--accent-strong", accent);
    }
    if let Some(font) = &options.font {
        let _ = style.set_property("--font", font);
    }
    let lang = options
        .lang
        .as_deref()
        .filter(|tag| tag.get(..2) == Some(crate::i18n::LANG))
        .unwrap_or(crate::i18n::LANG);
    if el.id() != "app" || options.lang.is_some() {
        let _ = el.set_attribute("lang", lang);
        if el.id() == "app" {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang);
            }
        }
    }
    if let (Some(hash), Some(window)) = (options.start_hash(), window) {
        let current = window.location().hash().unwrap_or_default();
        if current
            .trim_start_matches('#')
            .trim_start_matches('/')
            .is_empty()
        {
            let _ = window.location().set_hash(&hash);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_plain_web_address_is_a_share_url() {
        assert!(is_share_url("https://adviesbureau.nl/teamsessie/"));
        assert!(is_share_url("http://localhost:8080/app/?lang=nl"));
        for bad in [
            "javascript:alert(1)",
            "https://a.nl/#/x",
            "https://a.nl/\"><script>",
            "ftp://a.nl/",
            "https://a .nl/",
        ] {
            assert!(!is_share_url(bad), "{bad}");
        }
        assert!(!is_share_url(&format!("https://a.nl/{}", "x".repeat(300))));
    }

    #[test]
    fn start_pages() {
        let start = |v: &str| EmbedOptions::from_pairs([("start", v)]).start_hash();
        assert_eq!(start("scan").as_deref(), Some("#/scan"));
        assert_eq!(start("planner").as_deref(), Some("#/plannen"));
        assert_eq!(
            start("kaart:feedbackprocessen").as_deref(),
            Some("#/kaart/feedbackprocessen")
        );
        assert_eq!(start("kaart:bestaat-niet"), None);
        assert_eq!(start("<script>"), None);
    }

    #[test]
    fn only_plain_values_pass() {
        let o = EmbedOptions::from_pairs([
            ("accent", "red; background:url(//evil)"),
            ("font", "x}body{display:none"),
            ("lang", "nl\" onload=\"x"),
        ]);
        assert_eq!(o, EmbedOptions::default());
        let o = EmbedOptions::from_pairs([
            ("accent", "#0a7"),
            ("font", "\"Source Sans\", Arial, sans-serif"),
            ("lang", "nl-BE"),
        ]);
        assert_eq!(o.accent.as_deref(), Some("#0a7"));
        assert_eq!(
            o.font.as_deref(),
            Some("\"Source Sans\", Arial, sans-serif")
        );
        assert_eq!(o.lang.as_deref(), Some("nl-BE"));
        assert!(EmbedOptions::from_pairs([("accent", "#12345")])
            .accent
            .is_none());
    }

    #[test]
    fn query_and_attributes_merge_with_the_url_winning() {
        let url = EmbedOptions::from_query("?start=scan&accent=%23aa3300&compact");
        assert!(url.compact);
        let attrs = EmbedOptions::from_pairs([("start", "planner"), ("font", "Georgia, serif")]);
        let o = EmbedOptions::merged(attrs, url);
        assert_eq!(o.start, Some(StartPage::Scan));
        assert_eq!(o.font.as_deref(), Some("Georgia, serif"));
        assert_eq!(o.accent.as_deref(), Some("#aa3300"));
        assert!(!EmbedOptions::from_query("compact=0").compact);
    }
}
