//! Hash-based routes: `#/`, `#/kaart/<id>`, `#/kaart/<id>/<anchor>`, `#/werken-met-de-kaarten`,
//! `#/plan/<id>/<anchor>`, `#/zoeken?q=<query>`. Routing by hash needs no server rewrite, so the app works under any
//! sub-path of any static host and inside an iframe.
//!
//! ```
//! use ontwikkelkaarten::domain::route::Route;
//! let route = Route::parse("#/kaart/feedbackprocessen");
//! assert_eq!(route, Route::Card { id: "feedbackprocessen".into(), anchor: None });
//! assert_eq!(route.href(), "#/kaart/feedbackprocessen");
//! ```

/// A page of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The start page.
    Home,
    /// One card, optionally scrolled to an element on it.
    Card {
        /// The card's stable id.
        id: String,
        /// Element id to scroll to.
        anchor: Option<String>,
    },
    /// "Werken met de kaarten": the deck's guidance.
    Guide,
    /// Start (or resume) a self-scan.
    ScanStart,
    /// Filling in the scan: the current statement or the summary.
    ScanFill,
    /// The result of a finished scan.
    ScanResult {
        /// The scan's id.
        id: String,
    },
    /// The list of finished scans.
    Scans,
    /// Two scans side by side.
    Compare {
        /// The earlier scan.
        a: String,
        /// The later scan.
        b: String,
    },
    /// The list of plans and a new-plan form.
    Plans,
    /// One plan.
    Plan {
        /// The plan's id.
        id: String,
    },
    /// One plan, scrolled to one of its sections (`sessies`, `acties`, …). A variant of
    /// its own rather than a field of [`Route::Plan`], so every link to a plan stays as it is.
    PlanPart {
        /// The plan's id.
        id: String,
        /// Element id to scroll to.
        anchor: String,
    },
    /// One session of a plan.
    PlanSession {
        /// The plan's id.
        plan: String,
        /// The session's id.
        session: String,
    },
    /// Export and import.
    Files,
    /// The team view over members' scan files.
    Team,
    /// A scan shared by link, read-only.
    Shared {
        /// The encoded scan.
        payload: String,
    },
    /// The facilitator's team sessions: start one, the ones kept, reading a session file.
    Sessions,
    /// One team session: collecting the members' results and the team picture.
    Session {
        /// The session's id (its code without the dash).
        id: String,
    },
    /// A session's invitation for the projector: a large QR code, the link and the code.
    SessionInvite {
        /// The session's id.
        id: String,
    },
    /// A session on the big screen, one dimension at a time.
    Presenter {
        /// The session's id.
        id: String,
    },
    /// A member opens an invitation: straight into the scan.
    Join {
        /// The encoded invitation, or a typed code.
        payload: String,
    },
    /// A member's result link, opened in a browser.
    Answer {
        /// The encoded result.
        payload: String,
    },
    /// Every session of a team over time, and one's own scans over time.
    Trends,
    /// Search, with the query as typed.
    Search {
        /// The query.
        query: String,
    },
    /// Anything else.
    NotFound,
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["kaart", id] => Route::Card {
                id: decode(id),
                anchor: None,
            },
            ["kaart", id, anchor] => Route::Card {
                id: decode(id),
                anchor: Some(decode(anchor)),
            },
            ["werken-met-de-kaarten"] => Route::Guide,
            ["scan"] => Route::ScanStart,
            ["scan", "invullen"] => Route::ScanFill,
            ["scan", "resultaat", id] => Route::ScanResult { id: decode(id) },
            ["scans"] => Route::Scans,
            ["plannen"] => Route::Plans,
            ["bestanden"] => Route::Files,
            ["team"] => Route::Team,
            ["gedeeld", payload] => Route::Shared {
                payload: (*payload).to_owned(),
            },
            ["teamsessie"] => Route::Sessions,
            ["teamsessie", id] => Route::Session { id: decode(id) },
            ["teamsessie", id, "uitnodiging"] => Route::SessionInvite { id: decode(id) },
            ["teamsessie", id, "presenteren"] => Route::Presenter { id: decode(id) },
            ["meedoen", payload] => Route::Join {
                payload: (*payload).to_owned(),
            },
            ["antwoord", payload] => Route::Answer {
                payload: (*payload).to_owned(),
            },
            ["trends"] => Route::Trends,
            ["plan", id] => Route::Plan { id: decode(id) },
            ["plan", id, anchor] => Route::PlanPart {
                id: decode(id),
                anchor: decode(anchor),
            },
            ["plan", plan, "sessie", session] => Route::PlanSession {
                plan: decode(plan),
                session: decode(session),
            },
            ["scans", "vergelijk", a, b] => Route::Compare {
                a: decode(a),
                b: decode(b),
            },
            ["zoeken"] => Route::Search {
                query: query
                    .split('&')
                    .find_map(|pair| pair.strip_prefix("q="))
                    .map(|q| decode(&q.replace('+', " ")))
                    .unwrap_or_default(),
            },
            _ => Route::NotFound,
        }
    }

    /// The hash link for this route.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Card { id, anchor: None } => format!("#/kaart/{}", encode(id)),
            Route::Card {
                id,
                anchor: Some(anchor),
            } => format!("#/kaart/{}/{}", encode(id), encode(anchor)),
            Route::Guide => "#/werken-met-de-kaarten".into(),
            Route::ScanStart => "#/scan".into(),
            Route::ScanFill => "#/scan/invullen".into(),
            Route::ScanResult { id } => format!("#/scan/resultaat/{}", encode(id)),
            Route::Scans => "#/scans".into(),
            Route::Plans => "#/plannen".into(),
            Route::Files => "#/bestanden".into(),
            Route::Team => "#/team".into(),
            Route::Shared { payload } => format!("#/gedeeld/{payload}"),
            Route::Sessions => "#/teamsessie".into(),
            Route::Session { id } => format!("#/teamsessie/{}", encode(id)),
            Route::SessionInvite { id } => format!("#/teamsessie/{}/uitnodiging", encode(id)),
            Route::Presenter { id } => format!("#/teamsessie/{}/presenteren", encode(id)),
            Route::Join { payload } => format!("#/meedoen/{payload}"),
            Route::Answer { payload } => format!("#/antwoord/{payload}"),
            Route::Trends => "#/trends".into(),
            Route::Plan { id } => format!("#/plan/{}", encode(id)),
            Route::PlanPart { id, anchor } => format!("#/plan/{}/{}", encode(id), encode(anchor)),
            Route::PlanSession { plan, session } => {
                format!("#/plan/{}/sessie/{}", encode(plan), encode(session))
            }
            Route::Compare { a, b } => format!("#/scans/vergelijk/{}/{}", encode(a), encode(b)),
            Route::Search { query } if query.is_empty() => "#/zoeken".into(),
            Route::Search { query } => format!("#/zoeken?q={}", encode(query)),
            Route::NotFound => "#/niet-gevonden".into(),
        }
    }

    /// Whether the page fills the screen without the site's header and footer: the scan's
    /// questions, and a session's invitation and presenter view on the big screen.
    pub fn full_screen(&self) -> bool {
        matches!(
            self,
            Route::ScanFill | Route::SessionInvite { .. } | Route::Presenter { .. }
        )
    }

    /// The element a link to a spot on a page scrolls to.
    pub fn anchor(&self) -> Option<&str> {
        match self {
            Route::Card { anchor, .. } => anchor.as_deref(),
            Route::PlanPart { anchor, .. } => Some(anchor),
            _ => None,
        }
    }

    /// The link to a card.
    pub fn card(id: &str) -> Route {
        Route::Card {
            id: id.into(),
            anchor: None,
        }
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Decodes percent-encoding; malformed escapes are kept as they are, invalid UTF-8 is
/// replaced, so any hash a user types yields some string rather than an error.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(value) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(value);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The sections of the main navigation; the menu marks the one a page belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Section {
    Scan,
    Scans,
    Plans,
    Team,
    Guide,
    Files,
    Search,
}

/// The main navigation, in order: section, link and text.
pub const MENU: [(Section, &str, &str); 7] = [
    (Section::Scan, "#/scan", tr!("Zelfscan", "Self-scan")),
    (Section::Scans, "#/scans", tr!("Jullie scans", "Your scans")),
    (
        Section::Plans,
        "#/plannen",
        tr!("Reisplanner", "Journey planner"),
    ),
    (
        Section::Team,
        "#/teamsessie",
        tr!("Teamsessie", "Team session"),
    ),
    (
        Section::Guide,
        "#/werken-met-de-kaarten",
        tr!("Werken met de kaarten", "Working with the cards"),
    ),
    (Section::Files, "#/bestanden", tr!("Bestanden", "Files")),
    (Section::Search, "#/zoeken", tr!("Zoeken", "Search")),
];

/// The title of a page in the browser's tab and history: its heading and the app's name,
/// so that every page has a title of its own.
///
/// ```
/// use ontwikkelkaarten::domain::route::page_title;
/// assert_eq!(page_title("Feedbackprocessen stimuleren"), "Feedbackprocessen stimuleren — Ontwikkelkaarten");
/// assert_eq!(page_title("  "), "Ontwikkelkaarten");
/// ```
pub fn page_title(heading: &str) -> String {
    use crate::domain::content::manifest::SHORT_NAME;
    match heading.split_whitespace().collect::<Vec<_>>().join(" ") {
        heading if heading.is_empty() => SHORT_NAME.to_owned(),
        heading => format!("{heading} — {SHORT_NAME}"),
    }
}

impl Route {
    /// The section of the main navigation this page belongs to; `None` for the home page
    /// and the cards, which the menu does not list.
    pub fn section(&self) -> Option<Section> {
        Some(match self {
            Route::ScanStart | Route::ScanFill => Section::Scan,
            Route::ScanResult { .. }
            | Route::Scans
            | Route::Compare { .. }
            | Route::Shared { .. } => Section::Scans,
            Route::Plans
            | Route::Plan { .. }
            | Route::PlanPart { .. }
            | Route::PlanSession { .. } => Section::Plans,
            Route::Team
            | Route::Sessions
            | Route::Session { .. }
            | Route::SessionInvite { .. }
            | Route::Presenter { .. }
            | Route::Answer { .. }
            | Route::Trends => Section::Team,
            Route::Join { .. } => Section::Scan,
            Route::Guide => Section::Guide,
            Route::Files => Section::Files,
            Route::Search { .. } => Section::Search,
            Route::Home | Route::Card { .. } | Route::NotFound => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_page() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/"), Route::Home);
        assert_eq!(Route::parse("#/werken-met-de-kaarten"), Route::Guide);
        assert_eq!(
            Route::parse("#/kaart/teamleren/suggestie-teamleren.03"),
            Route::Card {
                id: "teamleren".into(),
                anchor: Some("suggestie-teamleren.03".into())
            }
        );
        assert_eq!(
            Route::parse("#/zoeken?q=cre%C3%ABren+samen"),
            Route::Search {
                query: "creëren samen".into()
            }
        );
        assert_eq!(Route::parse("#/zoeken"), Route::Search { query: "".into() });
        assert_eq!(Route::parse("#/bestaat/niet/echt"), Route::NotFound);
        assert_eq!(Route::parse("#/kaart"), Route::NotFound);
    }

    #[test]
    fn href_round_trips() {
        for route in [
            Route::Home,
            Route::Guide,
            Route::card("feedbackprocessen"),
            Route::Card {
                id: "partners".into(),
                anchor: Some("citaat-2".into()),
            },
            Route::Search {
                query: "visie & ambitie / 100%".into(),
            },
            Route::Search { query: "".into() },
            Route::ScanStart,
            Route::ScanFill,
            Route::ScanResult {
                id: "scan-lq2x9k-4f7a".into(),
            },
            Route::Scans,
            Route::Plans,
            Route::Files,
            Route::Team,
            Route::Shared {
                payload: "eyJmb3JtYXQiOjF9".into(),
            },
            Route::Plan {
                id: "plan-1".into(),
            },
            Route::PlanPart {
                id: "plan 1".into(),
                anchor: "sessies".into(),
            },
            Route::PlanSession {
                plan: "plan-1".into(),
                session: "s/2".into(),
            },
            Route::Compare {
                a: "scan-a".into(),
                b: "scan b".into(),
            },
            Route::Sessions,
            Route::Session {
                id: "K7M2QX".into(),
            },
            Route::SessionInvite {
                id: "K7M2QX".into(),
            },
            Route::Presenter {
                id: "K7M2QX".into(),
            },
            Route::Join {
                payload: "AQFAQ-_x".into(),
            },
            Route::Answer {
                payload: "AQNAQ-_x".into(),
            },
            Route::Trends,
        ] {
            assert_eq!(Route::parse(&route.href()), route, "{}", route.href());
        }
    }

    #[test]
    fn a_plan_opens_at_one_of_its_sections() {
        assert_eq!(
            Route::parse("#/plan/p1/acties"),
            Route::PlanPart {
                id: "p1".into(),
                anchor: "acties".into()
            }
        );
        assert_eq!(Route::parse("#/plan/p1/acties").anchor(), Some("acties"));
        assert_eq!(
            Route::parse("#/plan/p1/sessie/s2"),
            Route::PlanSession {
                plan: "p1".into(),
                session: "s2".into()
            },
            "a session is not a section"
        );
        assert_eq!(
            Route::parse("#/plan/p1/acties").section(),
            Some(Section::Plans)
        );
        assert_eq!(Route::parse("#/plan/p1").anchor(), None);
        assert_eq!(
            Route::parse("#/kaart/partners/citaat-2").anchor(),
            Some("citaat-2")
        );
        assert_eq!(Route::parse("#/kaart/partners").anchor(), None);
    }

    #[test]
    fn decode_survives_garbage() {
        assert_eq!(decode("%"), "%");
        assert_eq!(decode("%4"), "%4");
        assert_eq!(decode("%zz"), "%zz");
        assert_eq!(decode("%FF"), "\u{FFFD}");
        assert_eq!(decode("a%20b"), "a b");
    }

    #[test]
    fn every_menu_link_opens_a_page_of_its_own_section() {
        for (section, href, _) in MENU {
            assert_eq!(Route::parse(href).section(), Some(section), "{href}");
        }
    }

    #[test]
    fn every_page_but_home_and_cards_belongs_to_a_menu_section() {
        assert_eq!(
            Route::parse("#/scan/invullen").section(),
            Some(Section::Scan)
        );
        assert_eq!(Route::parse("#/scans").section(), Some(Section::Scans));
        assert_eq!(
            Route::parse("#/scans/vergelijk/a/b").section(),
            Some(Section::Scans)
        );
        assert_eq!(
            Route::parse("#/scan/resultaat/s1").section(),
            Some(Section::Scans)
        );
        assert_eq!(Route::parse("#/plan/p1").section(), Some(Section::Plans));
        assert_eq!(Route::parse("#/team").section(), Some(Section::Team));
        assert_eq!(
            Route::parse("#/zoeken?q=x").section(),
            Some(Section::Search)
        );
        assert_eq!(Route::parse("#/kaart/teamleren").section(), None);
        assert_eq!(Route::parse("#/").section(), None);
    }
}
