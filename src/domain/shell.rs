//! The static page in `index.html`: what a first visit paints and can use before the wasm
//! has arrived, with the same markup the app renders, so nothing moves when the app takes
//! over. Besides the home page it holds the scan (its start, the sixteen statements) and
//! the planner's new-plan form, which `public/shell.js` works until the app takes over
//! what was done in them ([`StaticScan`]). Generated from the deck; a test fails when
//! `index.html` is out of date (`UPDATE_SHELL=1 cargo test site` rewrites it, see
//! [`site`](super::site)).

use chrono::NaiveDateTime;

use crate::domain::content::{card_by_id, cards};
use crate::domain::journey::edit::NewPlan;
use crate::domain::journey::templates::{Template, EMPTY, TEMPLATES};
use crate::domain::route::{Route, MENU};
use crate::domain::scan::{Answer, DONT_KNOW, SCALE, STATEMENTS};
use crate::domain::session::{Invitation, Membership};
use crate::domain::state::{AppState, ScanInfo};
use crate::domain::text::card_title;

/// The home page's title (from the content).
pub const HERO_TITLE: &str = crate::domain::content::HOME_TITLE;
/// The home page's two sentences (from the content).
pub const HERO_LEAD: &str = crate::domain::content::HOME_LEAD;
/// The invitation to the scan on a first visit.
pub fn scan_invite() -> String {
    trf!("Welke dimensie is bij jullie het minst ontwikkeld? Beantwoord {} korte stellingen ({}) en zie met welke kaart je het best begint.", "Which dimension is least developed in your organisation? Answer {} short statements ({}) and see which card is best to start with.", STATEMENTS.len(), scan_duration())
}
/// "De acht dimensies": above the cards on the home page.
pub fn dimensions_title() -> String {
    match cards().len() {
        1 => tr!("De dimensie", "The dimension").to_owned(),
        n => trf!(
            "De {} dimensies",
            "The {} dimensions",
            crate::domain::text::number_word(n)
        ),
    }
}

/// How long the scan takes, at about 20 seconds a statement: "ongeveer vijf minuten".
pub fn scan_duration() -> String {
    match ((STATEMENTS.len() * 20 + 30) / 60).max(1) {
        1 => tr!("ongeveer een minuut", "about a minute").to_owned(),
        minutes => trf!(
            "ongeveer {} minuten",
            "about {} minutes",
            crate::domain::text::number_word(minutes)
        ),
    }
}

/// The invitation to the planner.
pub const PLANNER_INVITE: &str = tr!("Plan een ontwikkeltraject voor het MT met echte datums: offsites, werksessies, Action Learning, reflectie en beloften.", "Plan a development journey for the management team with real dates: offsites, working sessions, action learning, reflection and promises.");
/// The search field's placeholder.
pub const SEARCH_PLACEHOLDER: &str = tr!(
    "Zoek in alle kaarten, bijvoorbeeld “feedback”",
    "Search all the cards, for example “feedback”"
);

/// The scan's start page.
pub const SCAN_TITLE: &str = tr!(
    "Zelfscan: hoe lerend is jullie organisatie?",
    "Self-scan: how well does your organisation learn?"
);
/// What the scan does, under its title.
pub fn scan_lead() -> String {
    trf!("Geef bij {} korte stellingen aan hoe goed ze bij jullie organisatie passen. Je ziet daarna per dimensie waar jullie staan en met welke kaart je het best kunt beginnen.", "Say for each of {} short statements how well it fits your organisation. You then see where you stand on each dimension and which card is best to start with.", STATEMENTS.len())
}
/// The privacy line of the scan's start form.
pub const SCAN_PRIVACY: &str = tr!(
    "Je antwoorden blijven op dit apparaat; er gaat niets naar een server.",
    "Your answers stay on this device; nothing is sent to a server."
);
/// The scan's optional details: id, label, hint.
pub const SCAN_FIELDS: [(&str, &str, &str); 4] = [
    (
        "scan-label",
        tr!("Naam van deze scan", "Name of this scan"),
        tr!(
            "Bijvoorbeeld “Nulmeting” of “Na 4 maanden”. Leeg laten kan: dan wordt het de datum.",
            "For example “Baseline” or “After 4 months”. You can leave it empty: then the date is used."
        ),
    ),
    (
        "scan-org",
        tr!("Team of organisatie (optioneel)", "Team or organisation (optional)"),
        "",
    ),
    ("scan-name", tr!("Jouw naam (optioneel)", "Your name (optional)"), ""),
    (
        "scan-role",
        tr!("Jouw rol (optioneel)", "Your role (optional)"),
        tr!(
            "Bijvoorbeeld directeur, teamleider of HR-manager.",
            "For example director, team leader or HR manager."
        ),
    ),
];
/// How the keyboard answers, for screen-reader users.
pub const SCAN_KEYS: &str = tr!("Toetsen: 1 tot en met 5 om te antwoorden, 0 voor weet ik niet, pijltjes om terug te gaan of over te slaan.", "Keys: 1 to 5 to answer, 0 for don't know, arrows to go back or skip.");
/// The question every statement asks.
pub const SCAN_QUESTION: &str = tr!(
    "Hoe goed past deze stelling bij jullie organisatie?",
    "How well does this statement fit your organisation?"
);
/// The planner's page.
pub const PLANS_TITLE: &str = tr!("Reisplanner", "Journey planner");
/// What the planner does, under its title.
pub const PLANS_LEAD: &str = tr!("Plan een ontwikkeltraject voor jullie managementteam met echte datums: offsites, werksessies, Action Learning ertussen, reflectie, beloften en resultaten.", "Plan a development journey for your management team with real dates: offsites, working sessions, action learning in between, reflection, promises and results.");
/// The hint under the template choice for an empty plan.
pub const EMPTY_PLAN_HINT: &str = tr!("Je voegt zelf sessies toe.", "You add sessions yourself.");

use crate::domain::text::escape_markup as esc;

/// The home page as static HTML, for a first visit.
pub fn home_html() -> String {
    let mut out = String::new();
    let (self_scan, take_scan) = (
        tr!("Zelfscan", "Self-scan"),
        tr!("Doe de zelfscan", "Take the self-scan"),
    );
    let (planner, plan_journey) = (
        tr!("Reisplanner", "Journey planner"),
        tr!("Plan een traject", "Plan a journey"),
    );
    let (search_label, search) = (
        tr!("Zoeken in de kaarten", "Search the cards"),
        tr!("Zoeken", "Search"),
    );
    out.push_str(&format!(
        "<section class=\"page shell-view shell-home\">\n<div class=\"hero\"><h1>{}</h1><p class=\"lead\">{}</p></div>\n",
        esc(HERO_TITLE),
        esc(HERO_LEAD)
    ));
    out.push_str(&format!(
        "<div class=\"entries\"><aside class=\"panel scan-entry\"><h2>{self_scan}</h2><p>{}</p><a class=\"button\" href=\"{}\">{take_scan}</a></aside><aside class=\"panel scan-entry\"><h2>{planner}</h2><p>{}</p><a class=\"button\" href=\"{}\">{plan_journey}</a></aside></div>\n",
        esc(&scan_invite()),
        Route::ScanStart.href(),
        esc(PLANNER_INVITE),
        Route::Plans.href()
    ));
    out.push_str(&format!(
        "<form class=\"search-form\" role=\"search\"><label for=\"shell-zoeken\" class=\"visually-hidden\">{search_label}</label><input id=\"shell-zoeken\" type=\"search\" placeholder=\"{}\" disabled><button type=\"submit\" class=\"button\" disabled>{search}</button></form>\n<h2 class=\"section-title\">{}</h2>\n<ol class=\"dimensions\">\n",
        esc(SEARCH_PLACEHOLDER),
        esc(&dimensions_title())
    ));
    for card in cards() {
        let count = card.suggestion_count;
        let tally = trf!(
            "{count} suggesties, nog niets gemarkeerd",
            "{count} suggestions, none marked yet"
        );
        out.push_str(&format!(
            "<li class=\"dimension\"><a class=\"dimension-link\" href=\"{}\"><span class=\"card-number\" aria-hidden=\"true\">{}</span><h3>{}</h3></a><ul class=\"challenges-short\"><li>{}</li><li>{}</li></ul><p class=\"tally-line\">{tally}</p></li>\n",
            Route::card(card.id).href(),
            card.number,
            esc(card.title),
            esc(card.challenges[0].question),
            esc(card.challenges[1].question)
        ));
    }
    let more = tr!(
        "Meer over werken met de kaarten",
        "More about working with the cards"
    );
    out.push_str(&format!(
        "</ol>\n<p class=\"more\"><a href=\"#/werken-met-de-kaarten\">{more}</a></p>\n</section>"
    ));
    out
}

/// The site header, with the menu `shell.js` opens until the app takes over.
pub fn header_html() -> String {
    let (menu, main_menu) = (tr!("Menu", "Menu"), tr!("Hoofdmenu", "Main menu"));
    let mut out = format!("<header class=\"site-header\"><a class=\"brand\" href=\"#/\">{}</a><button type=\"button\" class=\"menu-button\" aria-expanded=\"false\" aria-controls=\"hoofdmenu\">{menu}<span class=\"menu-arrow\" aria-hidden=\"true\"></span></button><nav id=\"hoofdmenu\" class=\"site-nav\" aria-label=\"{main_menu}\">", esc(crate::domain::content::manifest::SHORT_NAME));
    for (_, href, text) in MENU {
        out.push_str(&format!("<a href=\"{href}\">{}</a>", esc(text)));
    }
    if let Some(other) = other_language() {
        out.push_str(&format!(
            "<a class=\"language-switch\" href=\"{}\" hreflang=\"{lang}\" lang=\"{lang}\" data-switch-lang=\"{lang}\">{}</a>",
            other.href,
            other.name,
            lang = other.lang
        ));
    }
    out.push_str("</nav></header>");
    out
}

/// The other language the deck is available in, for the switch in the header.
pub struct OtherLanguage {
    /// Its code, as in `<html lang>`.
    pub lang: &'static str,
    /// Its page, relative to this one.
    pub href: &'static str,
    /// Its name in itself: "English", "Nederlands".
    pub name: &'static str,
}

/// The language the switch in the header goes to: English in the Dutch build and Dutch in
/// the English one, when the deck has both (`languages` in its deck.toml).
pub fn other_language() -> Option<OtherLanguage> {
    let other = if crate::i18n::ENGLISH {
        OtherLanguage {
            lang: "nl",
            href: "./",
            name: "Nederlands",
        }
    } else {
        OtherLanguage {
            lang: "en",
            href: "en.html",
            name: "English",
        }
    };
    crate::domain::content::manifest::LANGUAGES
        .contains(&other.lang)
        .then_some(other)
}

/// The scan's start page with its form, as the app shows it to someone without a draft.
pub fn scan_start_html() -> String {
    let before = tr!("Voordat je begint", "Before you start");
    // For public/shell.js: the scan's default name, "Scan van 27-11-2026" or "Scan from
    // 27 Nov 2026" (as `text::format_date` writes the date).
    let label = tr!("Scan van ", "Scan from ");
    let months = if crate::domain::text::LOCALE.numeric_dates {
        String::new()
    } else {
        format!(
            " data-months=\"{}\"",
            crate::domain::text::LOCALE.months.join(" ")
        )
    };
    let mut out = format!(
        "<section class=\"page narrow shell-view shell-scan\"><h1 tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p><form class=\"panel scan-form\" data-label=\"{label}\"{months}><h2>{before}</h2><p class=\"privacy\">{}</p>",
        esc(SCAN_TITLE),
        esc(&scan_lead()),
        esc(SCAN_PRIVACY)
    );
    for (id, label, hint) in SCAN_FIELDS {
        out.push_str(&format!(
            "<div class=\"field\"><label for=\"{id}\">{}</label><input id=\"{id}\" type=\"text\" maxlength=\"80\" aria-describedby=\"{id}-hint\"><p class=\"field-hint\" id=\"{id}-hint\">{}</p></div>",
            esc(label),
            esc(hint)
        ));
    }
    let start = tr!("Start de scan", "Start the scan");
    out.push_str(&format!(
        "<button type=\"submit\" class=\"button button-large\">{start}</button></form></section>\n"
    ));
    out
}

/// The way out of the focused scan screen.
pub const EXIT_LINK: (&str, &str) = (
    tr!("Pauzeren", "Pause"),
    tr!(": je antwoorden blijven bewaard", ": your answers are kept"),
);

fn exit_html() -> String {
    format!(
        "<a class=\"scan-exit\" href=\"{}\"><span aria-hidden=\"true\">← </span>{}<span class=\"visually-hidden\">{}</span></a>",
        Route::ScanStart.href(),
        EXIT_LINK.0,
        esc(EXIT_LINK.1)
    )
}

/// "Dimensie 1 · Een gedeelde visie en ambitie realiseren": above a statement.
pub fn statement_dimension(index: usize) -> String {
    card_by_id(STATEMENTS[index].dimension)
        .map(|c| trf!("Dimensie {} · {}", "Dimension {} · {}", c.number, c.title))
        .unwrap_or_default()
}

/// The scan's questions, one at a time, as the app shows them (the first one filled in;
/// `shell.js` shows the others from the hidden list), and its summary.
pub fn scan_fill_html() -> String {
    let total = STATEMENTS.len();
    let session = tr!("Teamsessie: ", "Team session: ");
    let position = trf!("1 van {total}", "1 of {total}");
    let progress = tr!("Voortgang", "Progress");
    // For public/shell.js, which words "2 van 16", the button after an answer and the name
    // of a session that has only its code.
    let of = tr!("van", "of");
    let next = tr!("Volgende →", "Next →");
    let skip = tr!("Overslaan →", "Skip →");
    let code = tr!("Teamsessie ", "Team session ");
    let mut out = format!(
        "<section class=\"page narrow scan-fill shell-view shell-fill\" data-of=\"{of}\" data-next=\"{next}\" data-skip=\"{skip}\" data-code=\"{code}\"><div class=\"shell-question\"><p class=\"scan-session shell-session\">{session}<strong></strong></p><div class=\"scan-top\">{}<div class=\"progress-line\"><p class=\"progress-text\">{position}</p><div class=\"progress\" role=\"progressbar\" aria-label=\"{progress}\" aria-valuemin=\"0\" aria-valuemax=\"{total}\" aria-valuenow=\"0\"><div class=\"progress-bar\"></div></div></div></div><p class=\"scan-dimension\">{}</p><h1 class=\"statement\" tabindex=\"-1\" aria-live=\"polite\">{}</h1><p class=\"visually-hidden\">{}</p><ol class=\"answers\" aria-label=\"{}\">",
        exit_html(),
        esc(&statement_dimension(0)),
        esc(STATEMENTS[0].text()),
        esc(SCAN_KEYS),
        esc(SCAN_QUESTION)
    );
    let choices = SCALE
        .iter()
        .map(|&(n, text)| (n, text))
        .chain([(0, DONT_KNOW)]);
    for (n, text) in choices {
        out.push_str(&format!(
            "<li><button type=\"button\" class=\"answer\" aria-pressed=\"false\" data-answer=\"{n}\"><span class=\"answer-key\" aria-hidden=\"true\">{n}</span><span class=\"answer-text\">{}</span></button></li>",
            esc(text)
        ));
    }
    let previous = tr!("← Vorige", "← Previous");
    out.push_str(&format!(
        "</ol><div class=\"scan-nav\"><button type=\"button\" class=\"button button-quiet\" data-go=\"-1\" disabled>{previous}</button><button type=\"button\" class=\"button button-quiet\" data-go=\"1\">{skip}</button></div></div>"
    ));
    let (almost, preparing) = (
        tr!("Bijna klaar", "Almost done"),
        tr!(
            "Je antwoorden zijn er; de uitslag wordt klaargezet…",
            "Your answers are in; the result is being prepared…"
        ),
    );
    out.push_str(&format!(
        "<div class=\"shell-summary\" hidden><div class=\"scan-top\">{}</div><h1 tabindex=\"-1\">{almost}</h1><p class=\"loading\" role=\"status\">{preparing}</p></div>",
        exit_html()
    ));
    out.push_str("<ol class=\"shell-statements\" hidden>");
    for (index, statement) in STATEMENTS.iter().enumerate() {
        out.push_str(&format!(
            "<li data-dimension=\"{}\">{}</li>",
            esc(&statement_dimension(index)),
            esc(statement.text())
        ));
    }
    out.push_str("</ol></section>\n");
    out
}

/// The planner with the new-plan form as a first visit sees it (no plans, no scan). Each
/// template option carries what choosing it does to the form, for `shell.js`; the start
/// date is filled in there (next Monday), since it depends on the day.
pub fn plans_html() -> String {
    let (new_plan, begin_with) = (
        tr!("Nieuw plan", "New plan"),
        tr!("Begin met", "Start from"),
    );
    let mut out = format!(
        "<section class=\"page narrow shell-view shell-plans\"><h1 tabindex=\"-1\">{}</h1><p class=\"lead\">{}</p><form class=\"panel new-plan\"><h2>{new_plan}</h2><div class=\"field\"><label for=\"plan-sjabloon\">{begin_with}</label><select id=\"plan-sjabloon\">",
        esc(PLANS_TITLE),
        esc(PLANS_LEAD)
    );
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let form = |template| {
        let mut form = NewPlan::new(day, Vec::new());
        form.choose_template(template);
        form
    };
    let default = form(TEMPLATES.first());
    for t in TEMPLATES {
        let f = form(Some(t));
        let (min, max) = f.weeks_range();
        out.push_str(&format!(
            "<option value=\"{}\"{} data-summary=\"{}\" data-weeks=\"{}\" data-min=\"{min}\" data-max=\"{max}\" data-weeks-hint=\"{}\" data-monthly=\"{}\" data-dimensions=\"{}\">{}</option>",
            t.id,
            if default.template.is_some_and(|d| d.id == t.id) { " selected" } else { "" },
            esc(t.summary),
            f.weeks,
            weeks_hint(Some(t)),
            t.monthly,
            f.dimensions.join(" "),
            esc(t.name)
        ));
    }
    let (min, max) = form(None).weeks_range();
    let empty_plan = tr!("Een leeg plan", "An empty plan");
    let new_plan = tr!("Nieuw plan", "New plan");
    out.push_str(&format!(
        "<option value=\"{EMPTY}\" data-summary=\"{}\" data-min=\"{min}\" data-max=\"{max}\" data-monthly=\"false\" data-name=\"{new_plan}\">{empty_plan}</option></select><p class=\"field-hint\">{}</p></div>",
        esc(EMPTY_PLAN_HINT),
        esc(default.template.map_or(EMPTY_PLAN_HINT, |t| t.summary))
    ));
    let (min, max) = default.weeks_range();
    let plan_name = tr!("Naam van het plan", "Plan name");
    out.push_str(&format!(
        "<div class=\"field\"><label for=\"plan-naam\">{plan_name}</label><input id=\"plan-naam\" type=\"text\" maxlength=\"120\" placeholder=\"{}\"></div>",
        esc(default.template.map_or(tr!("Nieuw plan", "New plan"), |t| t.name))
    ));
    let start_date = tr!("Startdatum", "Start date");
    out.push_str(&format!(
        "<div class=\"field\"><label for=\"plan-start\">{start_date}</label><input id=\"plan-start\" type=\"date\" min=\"2000-01-01\" max=\"2100-12-31\" aria-invalid=\"false\" aria-describedby=\"plan-start-fout\"><p class=\"field-error\" id=\"plan-start-fout\" role=\"alert\"></p></div>"
    ));
    let duration = tr!("Duur in weken", "Duration in weeks");
    out.push_str(&format!(
        "<div class=\"field\" data-shell=\"weeks\"{}><label for=\"plan-weken\">{duration}</label><input id=\"plan-weken\" type=\"number\" inputmode=\"numeric\" min=\"{min}\" max=\"{max}\" value=\"{}\"><p class=\"field-hint\">{}</p></div>",
        if default.template.is_some_and(|t| t.monthly) { " hidden" } else { "" },
        default.weeks,
        weeks_hint(default.template)
    ));
    let (participants, which) = (
        tr!("Deelnemers (één per regel)", "Participants (one per line)"),
        tr!(
            "Aan welke dimensies werkt het plan?",
            "Which dimensions does the plan work on?"
        ),
    );
    out.push_str(&format!(
        "<div class=\"field\"><label for=\"plan-team\">{participants}</label><textarea id=\"plan-team\" rows=\"4\"></textarea><p class=\"field-hint\">{}</p></div><fieldset class=\"field dimensions-pick\"><legend>{which}</legend>",
        esc(&crate::domain::journey::team_size_hint(0, None))
    ));
    for card in cards() {
        out.push_str(&format!(
            "<label class=\"check\"><input type=\"checkbox\" id=\"{}\"{}>{}</label>",
            dimension_checkbox_id(card.id),
            if default.dimensions.iter().any(|d| d == card.id) {
                " checked"
            } else {
                ""
            },
            esc(&card_title(card))
        ));
    }
    let (create, busy) = (
        tr!("Plan maken", "Create plan"),
        tr!("Plan wordt gemaakt…", "Creating the plan…"),
    );
    out.push_str(&format!(
        "</fieldset><button type=\"submit\" class=\"button button-large\" data-busy=\"{busy}\">{create}</button></form></section>\n"
    ));
    out
}

/// The hint under the duration: how long the template's track may take.
pub fn weeks_hint(template: Option<&Template>) -> String {
    template
        .and_then(|t| t.weeks_range)
        .map(|(a, b)| {
            trf!(
                "Dit traject duurt {a} tot {b} weken.",
                "This journey takes {a} to {b} weeks."
            )
        })
        .unwrap_or_default()
}

/// The id of the new-plan form's checkbox for a dimension.
pub fn dimension_checkbox_id(card: &str) -> String {
    format!("plan-dimensie-{card}")
}

/// Everything inside `#app` in `index.html`: the header, and in `<main>` every static page
/// (`shell.js` shows the one the address asks for), "laden" for the others, and what
/// shows without JavaScript.
pub fn page_html() -> String {
    let loading = tr!("De pagina wordt geladen…", "Loading the page…");
    let no_script = tr!(
        "Deze app heeft JavaScript en WebAssembly nodig. Zet JavaScript aan of gebruik een recente browser.",
        "This app needs JavaScript and WebAssembly. Turn on JavaScript or use a recent browser."
    );
    format!(
        "{}\n<div class=\"notices\"></div>\n<main id=\"inhoud\">\n{}\n{}{}{}<section class=\"page shell-view shell-loading\"><p class=\"loading\" aria-live=\"polite\">{loading}</p></section>\n<noscript><p class=\"notice notice-warning\">{no_script}</p></noscript>\n</main>",
        header_html(),
        home_html(),
        scan_start_html(),
        scan_fill_html(),
        plans_html()
    )
}

/// Reads `2026-11-28T09:30:05` (written out rather than with chrono's parser, which would
/// otherwise be in the first download).
fn local_date_time(text: &str) -> Option<NaiveDateTime> {
    let (date, time) = text.split_once('T')?;
    let numbers = |text: &str, sep: char| -> Option<Vec<u32>> {
        text.split(sep).map(|n| n.parse().ok()).collect()
    };
    let (d, t) = (numbers(date, '-')?, numbers(time, ':')?);
    let (&[y, m, day], &[h, min, sec]) = (d.as_slice(), t.as_slice()) else {
        return None;
    };
    chrono::NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, day)?.and_hms_opt(h, min, sec)
}

/// A scan begun on the static page before the app arrived, as `shell.js` left it (see
/// [`StaticScanRecord`]): the answers per statement ("" unanswered, "0" weet ik niet,
/// "1"–"5"), the statement it is at, and when it started.
#[derive(Debug, Clone, PartialEq)]
pub struct StaticScan {
    /// The details typed in the start form.
    pub info: ScanInfo,
    /// When "Start de scan" was pressed (the device's local time).
    pub started: Option<NaiveDateTime>,
    /// The answer per statement, in order.
    pub answers: Vec<Option<Answer>>,
    /// The statement shown, or the summary at `STATEMENTS.len()`.
    pub position: usize,
    /// The team session whose invitation opened it (one that asks no names).
    pub session: Option<Invitation>,
}

/// What `shell.js` wrote about a scan begun on the static page, as text (`data-` attributes
/// on the app's root element): the details typed in its start form, when it started, the
/// answers, the statement it is at, and the invitation it was opened on (else empty).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StaticScanRecord {
    pub info: ScanInfo,
    pub started: String,
    pub answers: String,
    pub position: String,
    pub session: String,
}

impl StaticScan {
    /// Reads what `shell.js` wrote; anything it does not recognise counts as unanswered.
    pub fn read(record: StaticScanRecord) -> StaticScan {
        let StaticScanRecord {
            info,
            started,
            answers,
            position,
            session,
        } = record;
        let (started, answers, position) = (started.as_str(), answers.as_str(), position.as_str());
        let answers = answers
            .split(',')
            .take(STATEMENTS.len())
            .map(|a| a.parse::<u8>().ok().and_then(|n| Answer::try_from(n).ok()))
            .collect();
        StaticScan {
            info,
            started: local_date_time(started),
            answers,
            position: position
                .parse::<usize>()
                .map_or(0, |p| p.min(STATEMENTS.len())),
            session: Some(session.as_str())
                .filter(|s| !s.is_empty())
                .and_then(|s| Invitation::decode(s).ok()),
        }
    }

    /// Makes it the draft, exactly where the person was: the app takes over from here. A
    /// session's scan is named after the session and joins it, with `result` as the
    /// random id of its result (see [`Membership::of`]).
    pub fn take_over(self, state: &mut AppState, id: String, now: NaiveDateTime, result: u32) {
        let mut info = self.info;
        if let Some(invitation) = &self.session {
            info.label = invitation.title();
        }
        state.start_scan(id, info, self.started.unwrap_or(now));
        if let (Some(invitation), Some(draft)) = (&self.session, state.draft.as_mut()) {
            Membership::of(invitation, result).put_on(&mut draft.scan);
        }
        for (index, answer) in self.answers.into_iter().enumerate() {
            if let Some(answer) = answer {
                state.go_to(index);
                state.answer_current(Some(answer));
            }
        }
        state.go_to(self.position);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn the_shell_lists_every_card_and_escapes_text() {
        let html = home_html();
        assert_eq!(html.matches("<li class=\"dimension\">").count(), 8);
        assert!(html.contains("href=\"#/kaart/feedbackprocessen\""));
        assert_eq!(esc("a<b>&\"c\""), "a&lt;b&gt;&amp;&quot;c&quot;");
    }

    #[test]
    fn the_static_scan_has_every_statement_and_the_whole_scale() {
        let html = scan_fill_html();
        assert_eq!(
            html.matches("<li data-dimension=").count(),
            STATEMENTS.len()
        );
        assert_eq!(html.matches("class=\"answer\"").count(), 6);
        assert!(html.contains("data-answer=\"0\""));
        assert!(html.contains("Dimensie 1 · Een gedeelde visie en ambitie realiseren"));
        assert_eq!(scan_start_html().matches("<input id=\"scan-").count(), 4);
    }

    #[test]
    fn the_static_plan_form_knows_what_each_template_does() {
        let html = plans_html();
        for t in TEMPLATES {
            assert!(
                html.contains(&format!("<option value=\"{}\"", t.id)),
                "{}",
                t.id
            );
        }
        assert_eq!(html.matches(" selected ").count(), 1);
        assert_eq!(html.matches("type=\"checkbox\"").count(), 8);
        assert!(html.contains("id=\"plan-dimensie-teamleren\""));
    }

    fn record(info: ScanInfo, started: &str, answers: &str, position: &str) -> StaticScanRecord {
        StaticScanRecord {
            info,
            started: started.into(),
            answers: answers.into(),
            position: position.into(),
            session: String::new(),
        }
    }

    #[test]
    fn a_static_scan_becomes_the_draft_where_it_was() {
        let info = ScanInfo {
            label: "Nulmeting".into(),
            ..ScanInfo::default()
        };
        let scan = StaticScan::read(record(info, "2026-11-28T09:30:05", "4,,0,9,x", "3"));
        assert_eq!(scan.answers.len(), 5);
        assert_eq!(scan.answers[0], Some(Answer::Score(4)));
        assert_eq!(scan.answers[1], None);
        assert_eq!(scan.answers[2], Some(Answer::DontKnow));
        assert_eq!(scan.answers[3], None, "9 is not an answer");
        let mut state = AppState::default();
        let now =
            NaiveDateTime::parse_from_str("2026-11-28T09:31:00", "%Y-%m-%dT%H:%M:%S").unwrap();
        scan.take_over(&mut state, "scan-1".into(), now, 7);
        let draft = state.draft.expect("a draft");
        assert_eq!(Membership::of_scan(&draft.scan), None);
        assert_eq!(draft.position, 3);
        assert_eq!(draft.scan.label, "Nulmeting");
        assert_eq!(draft.scan.started.to_string(), "2026-11-28 09:30:05");
        assert_eq!(draft.scan.answers.len(), 2);
        assert_eq!(
            draft.scan.answers.get(STATEMENTS[0].id),
            Some(&Answer::Score(4))
        );
    }

    #[test]
    fn a_static_scan_with_a_strange_record_starts_now_at_the_first_statement() {
        let scan = StaticScan::read(record(ScanInfo::default(), "gisteren", "", "-1"));
        assert_eq!((scan.started, scan.position), (None, 0));
        let scan = StaticScan::read(record(ScanInfo::default(), "2026-13-01T25:00:00", "", "99"));
        assert_eq!(scan.started, None);
        assert_eq!(scan.position, STATEMENTS.len());
    }

    #[test]
    fn a_static_scan_opened_on_an_invitation_joins_that_session() {
        let invitation = Invitation {
            code: crate::domain::session::SessionCode::parse("K7M-2QX").unwrap(),
            name: "MT Zuid — nulmeting".into(),
            names_allowed: false,
        };
        let mut record = record(ScanInfo::default(), "2026-11-29T10:00:00", "5,4", "2");
        record.session = invitation.encode();
        let scan = StaticScan::read(record);
        let mut state = AppState::default();
        let now =
            NaiveDateTime::parse_from_str("2026-11-29T10:01:00", "%Y-%m-%dT%H:%M:%S").unwrap();
        scan.take_over(&mut state, "scan-1".into(), now, 0x0123_4567);
        let draft = state.draft.expect("a draft");
        assert_eq!(draft.scan.label, "MT Zuid — nulmeting");
        assert_eq!((draft.position, draft.scan.answers.len()), (2, 2));
        assert_eq!(
            Membership::of_scan(&draft.scan),
            Some(Membership::of(&invitation, 0x0123_4567))
        );
        // A typed code joins too; a damaged invitation leaves an ordinary scan.
        let mut typed = self::record(ScanInfo::default(), "", "", "0");
        typed.session = "k7m2qx".into();
        assert_eq!(
            StaticScan::read(typed).session.map(|i| i.code),
            Some(invitation.code)
        );
        let mut damaged = self::record(ScanInfo::default(), "", "", "0");
        damaged.session = invitation.encode().replace('A', "B") + "x";
        assert_eq!(StaticScan::read(damaged).session, None);
    }
}
