//! The static home page in `index.html`: what a first visit paints before the wasm has
//! arrived, with the same markup the app renders, so nothing moves when the app takes over.
//! Generated from the deck; a test fails when `index.html` is out of date
//! (`UPDATE_SHELL=1 cargo test shell` rewrites it).

use crate::domain::content::cards;
use crate::domain::route::Route;

/// The home page's title.
pub const HERO_TITLE: &str = "Werken aan een lerende organisatie";
/// The home page's two sentences.
pub const HERO_LEAD: &str = "Acht ontwikkelkaarten voor leidinggevenden, één per dimensie van een lerende organisatie. Kies een dimensie die bij jullie nog minder sterk is, lees de uitdagingen en markeer welke suggesties jullie al doen en welke jullie willen oppakken.";
/// The invitation to the scan on a first visit.
pub const SCAN_INVITE: &str = "Welke dimensie is bij jullie het minst ontwikkeld? Beantwoord 16 korte stellingen (ongeveer vijf minuten) en zie met welke kaart je het best begint.";
/// The invitation to the planner.
pub const PLANNER_INVITE: &str = "Plan een ontwikkeltraject voor het MT op echte data: offsites, werksessies, Action Learning, reflectie en beloften.";
/// The search field's placeholder.
pub const SEARCH_PLACEHOLDER: &str = "Zoek in alle kaarten, bijvoorbeeld “feedback”";

fn esc(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The home page as static HTML, for a first visit.
pub fn home_html() -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "<section class=\"page shell-home\">\n<div class=\"hero\"><h1>{}</h1><p class=\"lead\">{}</p></div>\n",
        esc(HERO_TITLE),
        esc(HERO_LEAD)
    ));
    out.push_str(&format!(
        "<div class=\"entries\"><aside class=\"panel scan-entry\"><h2>Zelfscan</h2><p>{}</p><a class=\"button\" href=\"{}\">Doe de zelfscan</a></aside><aside class=\"panel scan-entry\"><h2>Reisplanner</h2><p>{}</p><a class=\"button\" href=\"{}\">Plan een traject</a></aside></div>\n",
        esc(SCAN_INVITE),
        Route::ScanStart.href(),
        esc(PLANNER_INVITE),
        Route::Plans.href()
    ));
    out.push_str(&format!(
        "<form class=\"search-form\" role=\"search\"><label for=\"shell-zoeken\" class=\"visually-hidden\">Zoeken in de kaarten</label><input id=\"shell-zoeken\" type=\"search\" placeholder=\"{}\" disabled><button type=\"submit\" class=\"button\" disabled>Zoeken</button></form>\n<h2 class=\"section-title\">De acht dimensies</h2>\n<ol class=\"dimensions\">\n",
        esc(SEARCH_PLACEHOLDER)
    ));
    for card in cards() {
        out.push_str(&format!(
            "<li class=\"dimension\"><a class=\"dimension-link\" href=\"{}\"><span class=\"card-number\" aria-hidden=\"true\">{}</span><h3>{}</h3></a><ul class=\"challenges-short\"><li>{}</li><li>{}</li></ul><p class=\"tally-line\">{} suggesties, nog niets gemarkeerd</p></li>\n",
            Route::card(card.id).href(),
            card.number,
            esc(card.title),
            esc(card.challenges[0].question),
            esc(card.challenges[1].question),
            card.suggestion_count
        ));
    }
    out.push_str("</ol>\n<p class=\"more\"><a href=\"#/werken-met-de-kaarten\">Meer over werken met de kaarten</a></p>\n</section>");
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const BEGIN: &str = "<!-- shell:begin -->";
    const END: &str = "<!-- shell:end -->";

    #[test]
    fn shell_in_index_html_matches_the_deck() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
        let html = std::fs::read_to_string(path).unwrap();
        let (head, rest) = html.split_once(BEGIN).expect("shell markers in index.html");
        let (_, tail) = rest.split_once(END).expect("shell end marker");
        let expected = format!("{head}{BEGIN}\n{}\n{END}{tail}", home_html());
        if std::env::var_os("UPDATE_SHELL").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        assert!(
            std::fs::read_to_string(path).unwrap() == expected,
            "index.html's static shell is out of date: run UPDATE_SHELL=1 cargo test shell"
        );
    }

    #[test]
    fn the_shell_lists_every_card_and_escapes_text() {
        let html = home_html();
        assert_eq!(html.matches("<li class=\"dimension\">").count(), 8);
        assert!(html.contains("href=\"#/kaart/feedbackprocessen\""));
        assert_eq!(esc("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
    }
}
