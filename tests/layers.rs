//! The layers of `src/`, enforced: the pure core (`domain`) imports neither the browser nor
//! a view, the browser edges (`web`) import no view, and no two modules that sit side by
//! side import each other, directly or in a ring. Run with `--nocapture` to see the graph.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

/// Crates that reach the browser or render views.
const BROWSER_CRATES: [&str; 6] = [
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "wasm_bindgen_futures",
    "wasm_split_helpers",
];

type Module = Vec<String>;

/// Imports between sibling modules (`from`, `to`), by the module they sit in.
type Levels = BTreeMap<Module, BTreeSet<(String, String)>>;

/// What one source file refers to.
#[derive(Default)]
struct Refs {
    /// Modules of this crate, resolved to the longest known module path.
    modules: BTreeSet<Module>,
    /// Browser crates named anywhere in the code (doc comments do not count).
    browser: BTreeSet<String>,
}

fn module_of(relative: &Path) -> Option<Module> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let file = parts.pop()?;
    match file.as_str() {
        "lib.rs" if parts.is_empty() => Some(parts),
        "main.rs" if parts.is_empty() => None,
        "mod.rs" => Some(parts),
        name => {
            parts.push(name.strip_suffix(".rs")?.to_owned());
            Some(parts)
        }
    }
}

/// Reads every `.rs` file under `src/` into (module path, text).
fn sources(root: &Path) -> Vec<(Module, String)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(Module, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                if let Some(module) = module_of(path.strip_prefix(root).unwrap()) {
                    out.push((module, std::fs::read_to_string(&path).unwrap()));
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out
}

/// Walks a file's tokens, following inline `mod x { … }` blocks so that `super` resolves.
fn collect(
    tokens: TokenStream,
    here: &Module,
    refs: &mut Vec<(Module, Module)>,
    browser: &mut BTreeSet<String>,
) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < tokens.len() {
        match &tokens[i] {
            TokenTree::Ident(ident) => {
                let name = ident.to_string();
                if BROWSER_CRATES.contains(&name.as_str()) {
                    browser.insert(name.clone());
                }
                if name == "mod" {
                    if let (Some(TokenTree::Ident(inner)), Some(TokenTree::Group(body))) =
                        (tokens.get(i + 1), tokens.get(i + 2))
                    {
                        if body.delimiter() == Delimiter::Brace {
                            let mut nested = here.clone();
                            nested.push(inner.to_string());
                            collect(body.stream(), &nested, refs, browser);
                            i += 3;
                            continue;
                        }
                    }
                }
                let preceded_by_path = i >= 1 && is_colon(&tokens[i - 1]);
                if !preceded_by_path && matches!(name.as_str(), "crate" | "super" | "self") {
                    let (paths, used) = path_at(&tokens[i..]);
                    for path in paths {
                        if let Some(target) = resolve(here, &path) {
                            refs.push((here.clone(), target));
                        }
                    }
                    i += used.max(1);
                    continue;
                }
            }
            TokenTree::Group(group) => collect(group.stream(), here, refs, browser),
            _ => {}
        }
        i += 1;
    }
}

fn is_colon(token: &TokenTree) -> bool {
    matches!(token, TokenTree::Punct(p) if p.as_char() == ':')
}

/// The paths starting at `tokens` (one, or several for `crate::{a, b::c}`), and how many
/// tokens they take.
fn path_at(tokens: &[TokenTree]) -> (Vec<Vec<String>>, usize) {
    let mut path = Vec::new();
    let mut i = 0;
    loop {
        match tokens.get(i) {
            Some(TokenTree::Ident(ident)) => {
                path.push(ident.to_string());
                i += 1;
            }
            _ => return (vec![path], i),
        }
        if !(tokens.get(i).is_some_and(is_colon) && tokens.get(i + 1).is_some_and(is_colon)) {
            return (vec![path], i);
        }
        i += 2;
        if let Some(TokenTree::Group(group)) = tokens.get(i) {
            if group.delimiter() == Delimiter::Brace {
                let inner: Vec<TokenTree> = group.stream().into_iter().collect();
                let mut paths = Vec::new();
                for item in inner.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ','))
                {
                    for sub in path_at(item).0 {
                        let mut full = path.clone();
                        full.extend(sub);
                        paths.push(full);
                    }
                }
                return (paths, i + 1);
            }
        }
    }
}

/// The module a path starts in, with `crate`, `super` and `self` resolved; `None` for
/// paths that do not start at the crate.
fn resolve(here: &Module, path: &[String]) -> Option<Module> {
    let mut module = here.clone();
    let mut rest = path;
    match rest.first()?.as_str() {
        "crate" => {
            module.clear();
            rest = &rest[1..];
        }
        "self" => rest = &rest[1..],
        "super" => {
            while rest.first().map(String::as_str) == Some("super") {
                module.pop()?;
                rest = &rest[1..];
            }
        }
        _ => return None,
    }
    module.extend(rest.iter().cloned());
    Some(module)
}

/// Every file's references, each cut back to the longest module that exists.
fn analyse(files: &[(Module, String)]) -> BTreeMap<Module, Refs> {
    let known: BTreeSet<Module> = files.iter().map(|(m, _)| m.clone()).collect();
    let mut out = BTreeMap::new();
    for (module, text) in files {
        let tokens =
            TokenStream::from_str(text).unwrap_or_else(|e| panic!("{}: {e}", module.join("::")));
        let mut raw = Vec::new();
        let mut browser = BTreeSet::new();
        collect(tokens, module, &mut raw, &mut browser);
        let modules = raw
            .into_iter()
            .filter_map(|(_, mut target)| {
                while !known.contains(&target) {
                    target.pop();
                }
                (!target.is_empty() && !module.starts_with(&target) && !target.starts_with(module))
                    .then_some(target)
            })
            .collect();
        out.insert(module.clone(), Refs { modules, browser });
    }
    out
}

/// What breaks the layering, in words; empty when all is well.
fn violations(files: &[(Module, String)]) -> (Vec<String>, Levels) {
    let analysed = analyse(files);
    let mut problems = Vec::new();
    // Edges between siblings, by parent module.
    let mut levels: Levels = BTreeMap::new();
    for (module, refs) in &analysed {
        let name = if module.is_empty() {
            "crate".to_owned()
        } else {
            module.join("::")
        };
        let layer = module.first().map(String::as_str);
        if layer == Some("domain") && !refs.browser.is_empty() {
            problems.push(format!(
                "{name} (core) uses the browser: {:?}",
                refs.browser
            ));
        }
        for target in &refs.modules {
            let to = target.join("::");
            match (layer, target[0].as_str()) {
                (Some("domain"), "web" | "ui") => {
                    problems.push(format!("{name} (core) imports {to}"))
                }
                (Some("web"), "ui") => {
                    problems.push(format!("{name} (browser edge) imports the view {to}"))
                }
                _ => {}
            }
            if module.is_empty() {
                continue; // the crate root wires the layers together
            }
            let common = module
                .iter()
                .zip(target)
                .take_while(|(a, b)| a == b)
                .count();
            levels
                .entry(module[..common].to_vec())
                .or_default()
                .insert((module[common].clone(), target[common].clone()));
        }
    }
    for (parent, edges) in &levels {
        for cycle in cycles(edges) {
            let at = if parent.is_empty() {
                "crate".to_owned()
            } else {
                parent.join("::")
            };
            problems.push(format!("cycle in {at}: {}", cycle.join(" → ")));
        }
    }
    (problems, levels)
}

/// The rings in a directed graph, each as a path that returns to its start.
fn cycles(edges: &BTreeSet<(String, String)>) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut seen_rings = BTreeSet::new();
    let nodes: BTreeSet<&String> = edges.iter().map(|(a, _)| a).collect();
    for start in nodes {
        // Depth-first search for a path from `start` back to itself.
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((node, path)) = stack.pop() {
            for (_, next) in edges.iter().filter(|(a, _)| *a == node) {
                if next == start {
                    let mut ring: Vec<String> = path.clone();
                    let key: BTreeSet<String> = ring.iter().cloned().collect();
                    if seen_rings.insert(key) {
                        ring.push(start.clone());
                        found.push(ring);
                    }
                } else if !path.contains(next) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
    found
}

#[test]
fn layers_hold_and_nothing_imports_in_a_ring() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let files = sources(&root);
    assert!(files.len() > 40, "found only {} source files", files.len());
    let (problems, levels) = violations(&files);
    for (parent, edges) in &levels {
        let at = if parent.is_empty() {
            "crate".to_owned()
        } else {
            parent.join("::")
        };
        let list: Vec<String> = edges.iter().map(|(a, b)| format!("{a} → {b}")).collect();
        println!("{at}: {}", list.join(", "));
    }
    assert!(
        problems.is_empty(),
        "layering broken:\n{}",
        problems.join("\n")
    );
    println!("no cycles, no core file reaching the browser or a view");
}

fn file(module: &str, text: &str) -> (Module, String) {
    let module = if module.is_empty() {
        Vec::new()
    } else {
        module.split("::").map(str::to_owned).collect()
    };
    (module, text.to_owned())
}

#[test]
fn the_check_catches_a_browser_import_in_the_core() {
    let files = [
        file("", "pub mod domain; pub mod ui;"),
        file("domain", "pub mod scan;"),
        file(
            "domain::scan",
            "use leptos::prelude::*; /// `web_sys` in a comment is fine\nfn f() {}",
        ),
        file("ui", "use crate::domain::scan;"),
    ];
    let (problems, _) = violations(&files);
    assert_eq!(
        problems,
        ["domain::scan (core) uses the browser: {\"leptos\"}"]
    );
}

#[test]
fn the_check_catches_the_core_importing_a_view_through_a_group_or_super() {
    let files = [
        file("", ""),
        file("domain", "use crate::{ui::app, domain::scan};"),
        file(
            "domain::scan",
            "fn f() { super::super::web::clock::now(); }",
        ),
        file("ui", ""),
        file("ui::app", ""),
        file("web", ""),
        file("web::clock", "use crate::ui::app::x;"),
    ];
    let (problems, _) = violations(&files);
    assert!(
        problems.contains(&"domain (core) imports ui::app".to_owned()),
        "{problems:?}"
    );
    assert!(
        problems.contains(&"domain::scan (core) imports web::clock".to_owned()),
        "{problems:?}"
    );
    assert!(
        problems.contains(&"web::clock (browser edge) imports the view ui::app".to_owned()),
        "{problems:?}"
    );
}

#[test]
fn the_check_catches_rings_between_siblings_but_not_parent_and_child() {
    let files = [
        file("", ""),
        file("ui", "pub fn use_store() {}"),
        file(
            "ui::app",
            "use crate::ui::on_demand::render; use super::use_store;",
        ),
        file(
            "ui::on_demand",
            "use crate::ui::components::notices::Notice;",
        ),
        file("ui::components", ""),
        file(
            "ui::components::notices",
            "use crate::ui::app::navigate; mod tests { use super::*; }",
        ),
    ];
    let (problems, _) = violations(&files);
    assert_eq!(
        problems,
        ["cycle in ui: app → on_demand → components → app"]
    );
}
